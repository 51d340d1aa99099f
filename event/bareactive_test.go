package event

import "testing"

// TestBareActive: a main verb the parse marks passive but that has no
// auxiliary and an object after it is active, so its subject is the agent;
// a real passive and a headline passive keep their subject as the target.
func TestBareActive(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Turkey's president-elect Erdogan, of the ruling Justice Party (AKP), named on Thursday the last four cabinet ministers.", "named", "agent=person:erdogan"},
		{"Iran's president-elect Xi, of the ruling National Action Party (NAP), named on Thursday the last four cabinet ministers.", "named", "agent=person:xi"},
		{"Putin was arrested in Moscow on Monday.", "arrested", "location=place:moscow target=person:putin"},
		{"Shoigu was appointed defence minister on Monday.", "appointed", "target=person:shoigu"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
