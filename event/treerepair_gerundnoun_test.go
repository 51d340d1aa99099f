package event

import "testing"

// TestRepairGerundNoun: a noun in -ing after its noun modifier in a
// prepositional phrase, read as a gerund clause, becomes the phrase's
// head, the modifier its compound and the modifier's case word and
// adjective its own; a gerund with an object, one after a noun with a
// determiner, one after a plural noun, and one that is no noun trigger of the lexicon stay clauses.
func TestRepairGerundNoun(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a shelling after its modifier",
			"villagers/NOUN/NNS/2/nsubj died/VERB/VBD/0/root in/ADP/IN/5/case Norlandic/ADJ/JJ/5/amod mortar/NOUN/NN/2/obl shelling/VERB/VBG/2/advcl",
			"2/nsubj 0/root 6/case 6/amod 6/compound 2/obl"},
		{"a participle of no event noun",
			"bounties/NOUN/NNS/2/nsubj remain/VERB/VBP/0/root for/ADP/IN/4/case information/NOUN/NN/2/obl leading/VERB/VBG/2/acl",
			""},
		{"a plural noun before the gerund, its subject",
			"aid/NOUN/NN/2/nsubj went/VERB/VBD/0/root to/ADP/IN/4/case troops/NOUN/NNS/2/obl fighting/VERB/VBG/2/acl",
			""},
		{"a gerund with its object",
			"two/NUM/CD/3/nsubj:pass were/AUX/VBD/3/aux:pass killed/VERB/VBN/0/root in/ADP/IN/5/case raids/NOUN/NNS/3/obl targeting/VERB/VBG/3/advcl farms/NOUN/NNS/6/obj",
			""},
		{"a noun with a determiner",
			"crowds/NOUN/NNS/2/nsubj gathered/VERB/VBD/0/root in/ADP/IN/5/case the/DET/DT/5/det streets/NOUN/NNS/2/obl chanting/VERB/VBG/2/advcl",
			""},
	} {
		checkRepair(t, repairGerundNoun, c.name, c.spec, c.want)
	}
}
