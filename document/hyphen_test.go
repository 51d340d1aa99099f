package document

import "testing"

func TestMendHyphens(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// a given name broken after its hyphen
		{"met Chun Dae- sik on Monday", "met Chun  Dae-sik on Monday"},
		// a compound of two names, and one at the start of the text
		{"Nordia- Westland talks", " Nordia-Westland talks"},
		// a compound word
		{"the Tarvin- based firm", "the  Tarvin-based firm"},
		// a hyphen suspended on purpose stays open
		{"pre- and post-war", "pre- and post-war"},
		{"two- to three-year terms", "two- to three-year terms"},
		// a hyphen typed for a dash stays open
		{"the rebels- who fled", "the rebels- who fled"},
		// not after a word: a dateline dash, a number, a bracket
		{"(Xinhua)- Officials said", "(Xinhua)- Officials said"},
		{"by 3- 2 in the final", "by 3- 2 in the final"},
		// a first part not after a space is left alone
		{"(Dae- sik)", "(Dae- sik)"},
		// two mends in one text
		{"Chun Dae- sik and Asia- Pacific", "Chun  Dae-sik and  Asia-Pacific"},
		{"no hyphen here", "no hyphen here"},
	} {
		got := MendHyphens(c.in)
		if got != c.want {
			t.Errorf("MendHyphens(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("MendHyphens(%q) changed the length", c.in)
		}
	}
}
