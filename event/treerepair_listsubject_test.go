package event

import "testing"

// TestRepairListSubject: a later clause's subject name of a list, hung on
// the first verb or on the object before it, becomes the subject of its
// own verb; a verb with a subject of its own, a name that is a second
// "by" agent, and a conjunct with no name before it stay.
func TestRepairListSubject(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a second company hung on the first verb",
			"Acme/PROPN/NNP/2/nsubj lost/VERB/VBD/0/root 9/NUM/CD/4/nummod yen/NOUN/NN/2/obj ,/PUNCT/,/7/punct Borvex/PROPN/NNP/7/compound Steel/PROPN/NNP/2/parataxis fell/VERB/VBD/2/conj 3/NUM/CD/10/nummod yen/NOUN/NN/8/obj",
			"2/nsubj 0/root 4/nummod 2/obj 8/punct 7/compound 8/nsubj 2/conj 10/nummod 8/obj"},
		{"a team read as a conjunct of the object",
			"Ardena/PROPN/NNP/2/nsubj beat/VERB/VBD/0/root Velna/PROPN/NNP/2/obj and/CCONJ/CC/5/cc Quellit/PROPN/NNP/3/conj drew/VERB/VBD/2/conj",
			"2/nsubj 0/root 2/obj 6/cc 6/nsubj 2/conj"},
		{"a name of two words with 'of' and a determiner",
			"Acme/PROPN/NNP/2/nsubj fell/VERB/VBD/0/root ,/PUNCT/,/5/punct the/DET/DT/5/det Bank/PROPN/NNP/2/obl of/ADP/IN/7/case Morvia/PROPN/NNP/5/nmod rose/VERB/VBD/2/conj",
			"2/nsubj 0/root 8/punct 5/det 8/nsubj 7/case 5/nmod 2/conj"},
		{"a verb with its own subject",
			"Acme/PROPN/NNP/2/nsubj fell/VERB/VBD/0/root and/CCONJ/CC/5/cc Borvex/PROPN/NNP/5/nsubj rose/VERB/VBD/2/conj",
			""},
		{"a second by-agent before the verb",
			"delegation/NOUN/NN/2/nsubj organized/VERB/VBD/0/root by/ADP/IN/4/case Velna/PROPN/NNP/2/obl:agent and/CCONJ/CC/6/cc Quellit/PROPN/NNP/4/conj released/VERB/VBD/2/conj report/NOUN/NN/7/obj",
			""},
		{"a conjunct after a coordinator",
			"Acme/PROPN/NNP/2/nsubj bought/VERB/VBD/0/root Borvex/PROPN/NNP/2/obj and/CCONJ/CC/5/cc sold/VERB/VBD/2/conj",
			""},
		{"the first verb with no subject",
			"organized/VERB/VBN/0/root by/ADP/IN/3/case Velna/PROPN/NNP/1/obl ,/PUNCT/,/5/punct Quellit/PROPN/NNP/1/conj released/VERB/VBD/1/conj",
			""},
	} {
		checkRepair(t, repairListSubject, c.name, c.spec, c.want)
	}
}
