package event

import "testing"

// TestCameoFormsEVerbs checks that a regular form shared by a verb and the
// same verb with a final e goes to the e-verb ("hoped" is "hope"'s, "hop"
// spells it "hopped"), and that the plain verb keeps its own forms.
func TestCameoFormsEVerbs(t *testing.T) {
	forms := cameoForms()
	for _, c := range []struct{ form, want string }{
		{"hoped", "hope"},
		{"hoping", "hope"},
		{"hopes", "hope"},
		{"hopped", "hop"},
		{"hops", "hop"},
		{"planned", "plan"},
	} {
		if got := forms[c.form]; got != c.want {
			t.Errorf("cameoForms()[%q] = %q, want %q", c.form, got, c.want)
		}
	}
}
