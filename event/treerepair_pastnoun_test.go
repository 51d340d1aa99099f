package event

import "testing"

// TestRepairPastNoun checks that an irregular past read as a noun right
// after its subject and before an amount or a preposition ("the composite
// average rose 40 points") becomes the verb, its subject's words the
// subject, and the number it was read as the subject of its object (its
// oblique with a case word, the amount before it then the object); and
// that a noun before another noun, after a determiner or with no verb
// reading stays.
func TestRepairPastNoun(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"the subject of the amount",
			"The/DET/DT/4/det composite/NOUN/NN/4/compound average/ADJ/JJ/4/amod rose/NOUN/NN/6/nsubj 40/NUM/CD/6/nummod points/NOUN/NNS/0/root",
			"3/det 3/compound 4/nsubj 0/root 6/nummod 4/obj"},
		{"the level reached, the amount before it",
			"the/DET/DT/4/det bourse/NOUN/NN/4/compound index/NOUN/NN/4/compound rose/NOUN/NN/7/nsubj 1.5/NUM/CD/7/nummod to/ADP/IN/7/case 900/NUM/CD/0/root",
			"3/det 3/compound 4/nsubj 0/root 4/obj 7/case 4/obl"},
		{"an amount with its case word",
			"the/DET/DT/3/det output/NOUN/NN/3/compound rose/NOUN/NN/6/nsubj by/ADP/IN/6/case 5/NUM/CD/6/nummod percent/NOUN/NN/0/root",
			"2/det 3/nsubj 0/root 6/case 6/nummod 3/obl"},
		{"the sentence's head",
			"the/DET/DT/4/det share/NOUN/NN/4/compound index/NOUN/NN/4/compound fell/NOUN/NN/0/root by/ADP/IN/6/case 3/NUM/CD/4/obl",
			"3/det 3/compound 4/nsubj 0/root 6/case 4/obl"},
		{"a noun before another noun",
			"his/PRON/PRP$/3/nmod:poss rose/NOUN/NN/3/compound garden/NOUN/NN/0/root",
			""},
		{"a determiner right before",
			"she/PRON/PRP/2/nsubj planted/VERB/VBD/0/root a/DET/DT/4/det rose/NOUN/NN/2/obj by/ADP/IN/6/case gates/NOUN/NNS/4/nmod",
			""},
		{"no verb reading",
			"the/DET/DT/3/det city/NOUN/NN/3/compound wall/NOUN/NN/0/root by/ADP/IN/5/case 3/NUM/CD/3/nmod",
			""},
	} {
		checkRepair(t, repairPastNoun, c.name, c.spec, c.want)
	}
}
