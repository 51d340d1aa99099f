package event

import "testing"

// TestStandsAccused: a past participle after the verb with a "by" agent
// ("stands accused by the report") tells what the subject underwent: the
// subject is the target, not the accuser.
func TestStandsAccused(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Vladimir Putin stood accused by an inquiry of hiding the costs of the war.", "accused", "target=person:putin"},
		{"Arrested in Moscow on Monday, Shoigu denied the charges.", "Arrested", "location=place:moscow target=person:shoigu"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}
