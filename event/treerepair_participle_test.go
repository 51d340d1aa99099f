package event

import "testing"

// TestRepairParticipleRoot checks that a subject's reduced relative the
// parse took for the root gives the root back to the finite verb after
// it, and that a participle with an object, a verb after a comma, the
// verb of a clause opened by a marker, and a currency read as a verb stay
// as parsed.
func TestRepairParticipleRoot(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a charged banker pleads",
			"A/DET/DT/2/det banker/NOUN/NN/3/nsubj charged/VERB/VBN/0/root with/ADP/IN/5/case fraud/NOUN/NN/3/obl pleaded/VERB/VBD/3/advcl guilty/ADJ/JJ/6/xcomp on/ADP/IN/9/case Friday/PROPN/NNP/6/obl ./PUNCT/./3/punct",
			"2/det 6/nsubj 2/acl 5/case 3/obl 0/root 6/xcomp 9/case 6/obl 6/punct"},
		{"arrested men have confessed",
			"Two/NUM/CD/2/nummod men/NOUN/NNS/3/nsubj arrested/VERB/VBN/0/root in/ADP/IN/5/case May/PROPN/NNP/3/obl have/AUX/VBP/7/aux confessed/VERB/VBN/3/conj",
			"2/nummod 7/nsubj 2/acl 5/case 3/obl 7/aux 0/root"},
		{"buried soldiers killed by rebels: the true verb as a clausal complement",
			"Two/NUM/CD/2/nummod guards/NOUN/NNS/3/nsubj shot/VERB/VBN/0/root by/ADP/IN/5/case gunmen/NOUN/NNS/3/obl:agent were/AUX/VBD/7/aux:pass buried/VERB/VBN/3/ccomp in/ADP/IN/9/case Lagos/PROPN/NNP/7/obl",
			"2/nummod 7/nsubj:pass 2/acl 5/case 3/obl:agent 7/aux:pass 0/root 9/case 7/obl"},
		{"a participle with an object is a past tense",
			"police/NOUN/NNS/2/nsubj deployed/VERB/VBN/0/root men/NOUN/NNS/2/obj fanned/VERB/VBD/2/conj out/ADP/RP/4/compound:prt",
			""},
		{"a clause opened by a marker",
			"index/NOUN/NN/2/nsubj closed/VERB/VBN/0/root higher/ADV/RBR/2/advmod after/ADP/IN/5/case officials/NOUN/NNS/2/obl eased/VERB/VBD/2/conj controls/NOUN/NNS/6/obj",
			""},
		{"a clause opened by a marker, its verb after an auxiliary",
			"envoy/NOUN/NN/2/nsubj promised/VERB/VBN/0/root help/NOUN/NN/2/obl until/ADP/IN/6/case the/DET/DT/6/det war/NOUN/NN/3/nmod was/AUX/VBD/8/aux:pass ended/VERB/VBN/2/ccomp",
			""},
		{"a verb after a comma",
			"cabinet/NOUN/NN/2/nsubj called/VERB/VBN/0/root for/ADP/IN/4/case calm/NOUN/NN/2/obl ,/PUNCT/,/6/punct warned/VERB/VBD/2/conj",
			""},
		{"a currency read as a verb",
			"shares/NOUN/NNS/2/nsubj closed/VERB/VBN/0/root at/ADP/IN/4/case 900/NUM/CD/2/obl won/VERB/VBD/2/conj",
			""},
	} {
		checkRepair(t, repairParticipleRoot, c.name, c.spec, c.want)
	}
}
