package event

import "testing"

// TestAppositionRelative: a relative clause hung on a common noun set in
// apposition to a name ("Turkey, the country which signed") is said of
// that name; a noun with no such name gives no subject.
func TestAppositionRelative(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Lavrov praised Turkey, the country which signed the treaty in 1999.", "signed", "agent=country:TUR"},
		{"Lavrov thanked Tass, the agency that signed the deal in May.", "signed", "agent=org:tass"},
		{"Lavrov praised the country which signed the treaty in 1999.", "signed", ""},
	} {
		if got := triggerRoles(parsed(t, tc.text), tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}
