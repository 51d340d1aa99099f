package event

import "testing"

// TestMisfortunePlace: a place the verb after a disaster's or an
// accident's noun takes as its object is where it struck, even when that
// verb is a trigger of its own ("a typhoon hit Ukraine"); a violent act's
// noun keeps no such object.
func TestMisfortunePlace(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"A strong earthquake rattled Kursk early on Sunday.", "earthquake", "location=place:kursk"},
		{"A powerful typhoon hit Ukraine on Sunday.", "typhoon", "location=country:UKR"},
		{"A strong storm lashed Kursk on Sunday.", "storm", "location=place:kursk"},
	} {
		got := triggerRoles(parsed(t, tc.text), tc.trigger)
		if got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
