package event

import "testing"

// TestMayHoldLemma checks that mayHoldLemma never says no where lemmas
// gives the lemma (the parse would then be skipped wrongly), and says no
// where no word of the text can have it.
func TestMayHoldLemma(t *testing.T) {
	forms := []string{"bodies", "tied", "dying", "making", "stopped", "signs", "charges",
		"released", "passes", "went", "held", "flies", "taken", "opening", "hoped", "studies"}
	for f := range irregular {
		forms = append(forms, f)
	}
	for _, f := range forms {
		text := "the council " + f + " on monday"
		for _, l := range lemmas(f) {
			if !mayHoldLemma(text, l) {
				t.Errorf("mayHoldLemma(%q, %q) = false; lemmas(%q) gives it", text, l, f)
			}
		}
	}
	for _, c := range []struct{ text, lemma string }{
		{"the minister spoke to reporters", "bill"},
		{"troops entered the town", "die"},
		{"rebels shelled the port", "hold"},
	} {
		if mayHoldLemma(c.text, c.lemma) {
			t.Errorf("mayHoldLemma(%q, %q) = true; no word has it", c.text, c.lemma)
		}
	}
}
