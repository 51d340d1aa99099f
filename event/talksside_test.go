package event

import "testing"

// TestTalksSide: a meeting noun with one side in its "with" phrase has
// for its other side the active subject of the verb it is an oblique of;
// an object of a verb ("welcomed talks with Iran") gives no side; a
// present participle of meeting has for agent the name it tells of.
func TestTalksSide(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Vladimir Putin spoke to reporters on Monday before heading into talks with Xi.", "talks", "agent=person:putin counterpart=person:xi"},
		{"Erdogan was in Moscow on Monday for talks with Putin.", "talks", "agent=person:erdogan counterpart=person:putin"},
		{"France welcomed talks with Iran on Monday.", "talks", "counterpart=country:IRN"},
		{"Vladimir Putin, meeting with Kim Jong Un in Pyongyang on Monday, said ties were good.", "meeting", "agent=person:putin counterpart=person:kim"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
