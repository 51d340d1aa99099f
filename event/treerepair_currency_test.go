package event

import "testing"

// TestRepairCurrencyWon: "won" after an amount read as the past of "win"
// becomes the currency, in the amount's place, the amount its number and
// its case word the currency's, each of two in a sentence; a year before
// a win with an object, an amount hung below the win, and a win after a
// name, stay.
func TestRepairCurrencyWon(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"an amount closed at",
			"Acme/PROPN/NNP/2/nsubj closed/VERB/VBD/0/root at/ADP/IN/4/case 900/NUM/CD/2/obl won/VERB/VBD/2/advcl",
			"2/nsubj 0/root 5/case 5/nummod 2/obl"},
		{"an amount against another currency",
			"it/PRON/PRP/2/nsubj ended/VERB/VBD/0/root at/ADP/IN/4/case 930.5/NUM/CD/2/obl won/VERB/VBD/2/xcomp against/ADP/IN/7/case dollar/NOUN/NN/5/obl",
			"2/nsubj 0/root 5/case 5/nummod 2/obl 7/case 5/nmod"},
		{"two amounts, each its own currency",
			"Acme/PROPN/NNP/2/nsubj closed/VERB/VBD/0/root at/ADP/IN/4/case 900/NUM/CD/2/obl won/VERB/VBD/2/advcl ,/PUNCT/,/8/punct up/ADV/RB/8/advmod 30/NUM/CD/2/obl won/VERB/VBD/2/advcl",
			"2/nsubj 0/root 5/case 5/nummod 2/obl 9/punct 9/advmod 9/nummod 2/obl"},
		{"an amount hung below the win",
			"Acme/PROPN/NNP/2/nsubj closed/VERB/VBD/0/root at/ADP/IN/6/case 900/NUM/CD/6/nummod won/VERB/VBD/2/advcl points/NOUN/NNS/5/obl",
			""},
		{"a year before a win with its object",
			"who/PRON/WP/4/nsubj in/ADP/IN/3/case 2000/NUM/CD/4/obl won/VERB/VBD/0/root Ardena/PROPN/NNP/4/obj",
			""},
		{"a name before a win",
			"Ardena/PROPN/NNP/2/nsubj won/VERB/VBD/0/root",
			""},
	} {
		checkRepair(t, repairCurrencyWon, c.name, c.spec, c.want)
	}
}
