package event

import "testing"

// TestPartOfSubject: an event noun in the "as part of" oblique of a verb
// is the verb's subject's act too ("landed in Ankara as part of a tour");
// a passive verb's subject does not do it.
func TestPartOfSubject(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Lavrov, who signed a grain deal in Ankara as part of a regional tour, praised Erdogan.", "tour", "agent=person:lavrov"},
		{"Lavrov, who was greeted in Ankara as part of a regional tour, praised Erdogan.", "tour", ""},
	} {
		if got := triggerRoles(parsed(t, tc.text), tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}
