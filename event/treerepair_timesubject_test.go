package event

import "testing"

// TestRepairTimeSubject: a relative time read as the verb's subject gives
// the subject back to the compound before the time words; an apposition
// after a comma, a time with no relative word, a noun of time hung on it,
// and another word between stay.
func TestRepairTimeSubject(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a body before 'last month'",
			"the/DET/DT/2/det Council/PROPN/NNP/4/compound last/ADJ/JJ/4/amod month/NOUN/NN/5/nsubj voted/VERB/VBD/0/root",
			"2/det 5/nsubj 4/amod 5/obl:tmod 0/root"},
		{"a body in apposition after a comma (the headline reads it)",
			"Late/ADJ/JJ/3/amod last/ADJ/JJ/3/amod week/NOUN/NN/6/nsubj ,/PUNCT/,/5/punct parliament/NOUN/NN/3/appos passed/VERB/VBD/0/root",
			""},
		{"no relative word on the time",
			"the/DET/DT/2/det Council/PROPN/NNP/3/compound month/NOUN/NN/4/nsubj ended/VERB/VBD/0/root",
			""},
		{"a noun of time hung on it",
			"Monday/PROPN/NNP/3/compound last/ADJ/JJ/3/amod week/NOUN/NN/4/nsubj ended/VERB/VBD/0/root",
			""},
		{"another word between the noun and the time",
			"Council/PROPN/NNP/4/compound budget/NOUN/NN/4/compound last/ADJ/JJ/4/amod month/NOUN/NN/5/nsubj rose/VERB/VBD/0/root",
			""},
	} {
		checkRepair(t, repairTimeSubject, c.name, c.spec, c.want)
	}
}
