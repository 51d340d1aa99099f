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
		{"a verb tagged a proper noun right after the name stays the root",
			"Trade/PROPN/NNP/2/compound Ministry/PROPN/NNP/6/nsubj spokeswoman/PROPN/NNP/4/compound Jane/PROPN/NNP/2/compound Roe/PROPN/NNP/4/flat Says/PROPN/NNP/0/root",
			"2/compound 4/compound 4/compound 6/nsubj 4/flat 0/root"},
		{"a chief and a time hung on the body",
			"Velna/PROPN/NNP/2/compound League/PROPN/NNP/7/nsubj chief/NOUN/NN/4/nmod:desc John/PROPN/NNP/2/nmod Doe/PROPN/NNP/4/flat Monday/PROPN/NNP/2/nmod welcomed/VERB/VBD/0/root",
			"2/compound 4/compound 4/compound 7/nsubj 4/flat 4/nmod 0/root"},
		{"a post with its body's 'of' phrase",
			"the/DET/DT/2/det head/NOUN/NN/8/nsubj of/ADP/IN/5/case the/DET/DT/5/det agency/NOUN/NN/2/nmod John/PROPN/NNP/5/nmod Doe/PROPN/NNP/6/flat received/VERB/VBD/0/root",
			"2/det 6/compound 5/case 5/det 2/nmod 8/nsubj 6/flat 0/root"},
		{"a post's 'of' phrase ending in a name",
			"the/DET/DT/2/det chairman/NOUN/NN/6/nsubj of/ADP/IN/5/case the/DET/DT/5/det Reserve/PROPN/NNP/2/nmod said/VERB/VBD/0/root",
			""},
		{"an aide of a titled person",
			"aide/NOUN/NN/5/nsubj of/ADP/IN/4/case President/PROPN/NNP/4/compound Doe/PROPN/NNP/1/nmod spoke/VERB/VBD/0/root",
			""},
		{"a body's one-word name after a post's 'of' phrase",
			"leader/NOUN/NN/5/nsubj of/ADP/IN/4/case the/DET/DT/4/det movement/NOUN/NN/1/nmod Velna/PROPN/NNP/4/appos died/VERB/VBD/0/root",
			""},
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
