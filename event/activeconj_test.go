package event

import "testing"

// TestActiveConjunct: a finite active conjunct with no subject of its own
// ("…, who was contacted by phone, rejected the claims") has the shared
// subject as its agent, though the conjunct it shares it with is passive;
// a bare participle after a passive ("was arrested and charged") stays
// passive.
func TestActiveConjunct(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Vladimir Putin, who was contacted by phone, firmly denied the rumours of a rift on Monday.", "denied", "agent=person:putin"},
		{"France was opposed to the British blockade of Cuba in 2004 and refused to send French ships to the island.", "refused", "agent=country:FRA"},
		{"Vladimir Putin was chosen as mediator in May and charged with reviving the stalled negotiations.", "charged", "target=person:putin"},
		{"Vladimir Putin was expelled from the party and sentenced to 13 years in jail.", "sentenced", "target=person:putin"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
