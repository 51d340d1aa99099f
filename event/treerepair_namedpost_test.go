package event

import "testing"

// TestRepairNamedPost: a name after a post, hung below the body noun the
// parse made the subject, becomes the subject's head, the body and the
// post its compounds; a name past a preposition, a coordinator or a comma,
// and a possessor, stay.
func TestRepairNamedPost(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a spokeswoman named after her ministry",
			"Trade/PROPN/NNP/2/compound Ministry/PROPN/NNP/6/nsubj spokeswoman/PROPN/NNP/4/compound Jane/PROPN/NNP/5/compound Roe/PROPN/NNP/2/flat announced/VERB/VBD/0/root",
			"2/compound 4/compound 4/compound 6/nsubj 4/flat 0/root"},
		{"a chief and a time hung on the body",
			"Velna/PROPN/NNP/2/compound League/PROPN/NNP/7/nsubj chief/NOUN/NN/4/nmod:desc John/PROPN/NNP/2/nmod Doe/PROPN/NNP/4/flat Monday/PROPN/NNP/2/nmod welcomed/VERB/VBD/0/root",
			"2/compound 4/compound 4/compound 7/nsubj 4/flat 4/nmod 0/root"},
		{"a post past a preposition",
			"trip/NOUN/NN/6/nsubj by/ADP/IN/4/case minister/NOUN/NN/4/compound John/PROPN/NNP/1/nmod Doe/PROPN/NNP/4/flat ended/VERB/VBD/0/root",
			""},
		{"a second person after a coordinator",
			"Acme/PROPN/NNP/6/nsubj and/CCONJ/CC/4/cc chief/NOUN/NN/4/compound John/PROPN/NNP/1/conj Doe/PROPN/NNP/4/flat agreed/VERB/VBD/0/root",
			""},
		{"a possessor",
			"Ministry/PROPN/NNP/6/nsubj spokesman/NOUN/NN/3/compound Doe/PROPN/NNP/1/nmod:poss 's/PART/POS/3/case aide/NOUN/NN/1/compound resigned/VERB/VBD/0/root",
			""},
	} {
		checkRepair(t, repairNamedPost, c.name, c.spec, c.want)
	}
}
