package event

import "testing"

// TestRepairPossessiveGerund: a participle after a possessive, before a
// name read as its object, becomes the name's adjective, the name taking
// the gerund's place (a clausal subject a nominal one) and the possessor
// its possessive; a gerund whose object has a determiner, and a participle
// the parse already reads as an adjective, stay.
func TestRepairPossessiveGerund(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a ruling party read as a clausal subject",
			"Norland/PROPN/NNP/7/nsubj 's/PART/POS/1/case ruling/VERB/VBG/7/csubj Unity/PROPN/NNP/5/compound Party/PROPN/NNP/3/obj has/AUX/VBZ/7/aux denied/VERB/VBN/0/root reports/NOUN/NNS/7/obj",
			"5/nmod:poss 1/case 5/amod 5/compound 7/nsubj 7/aux 0/root 7/obj"},
		{"a leading brand as an object",
			"Acme/PROPN/NNP/2/nsubj sold/VERB/VBD/0/root Norland/PROPN/NNP/5/nmod:poss 's/PART/POS/3/case leading/VERB/VBG/2/xcomp Zeta/PROPN/NNP/5/obj",
			"2/nsubj 0/root 6/nmod:poss 3/case 6/amod 2/obj"},
		{"a gerund whose object has a determiner",
			"Norland/PROPN/NNP/5/nsubj 's/PART/POS/1/case ruling/VERB/VBG/5/csubj the/DET/DT/5/det party/NOUN/NN/3/obj angered/VERB/VBD/0/root rivals/NOUN/NNS/6/obj",
			""},
		{"a participle already an adjective",
			"Norland/PROPN/NNP/4/nmod:poss 's/PART/POS/1/case ruling/VERB/VBG/4/amod party/NOUN/NN/5/nsubj denied/VERB/VBD/0/root it/PRON/PRP/5/obj",
			""},
	} {
		checkRepair(t, repairPossessiveGerund, c.name, c.spec, c.want)
	}
}
