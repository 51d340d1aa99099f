package event

import "testing"

// TestRepairTimeRoot checks that an opening time phrase the parse took for
// the root gives the root back to the verb after its comma, with the
// phrase's place, and that a time root with a noun before it, a verb
// with no subject of its own and a subject with no comma before it stay
// as parsed.
func TestRepairTimeRoot(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"later weekday in a place, a parataxis",
			"Later/ADV/RBR/2/advmod Friday/PROPN/NNP/0/root in/ADP/IN/4/case Lagos/PROPN/NNP/2/nmod ,/PUNCT/,/7/punct rebels/NOUN/NNS/7/nsubj burned/VERB/VBD/2/parataxis a/DET/DT/9/det bus/NOUN/NN/7/obj",
			"2/advmod 7/obl:unmarked 4/case 7/obl 7/punct 7/nsubj 0/root 9/det 7/obj"},
		{"on a weekday morning, a passive relative clause",
			"On/ADP/IN/3/case Friday/PROPN/NNP/3/compound morning/NOUN/NN/0/root ,/PUNCT/,/8/punct two/NUM/CD/6/nummod men/NOUN/NNS/8/nsubj:pass were/AUX/VBD/8/aux:pass arrested/VERB/VBN/3/acl:relcl",
			"3/case 3/compound 8/obl 8/punct 6/nummod 8/nsubj:pass 8/aux:pass 0/root"},
		{"a noun before the time root",
			"Rallies/NOUN/NNS/2/nsubj Friday/PROPN/NNP/0/root ,/PUNCT/,/5/punct crowds/NOUN/NNS/5/nsubj marched/VERB/VBD/2/parataxis",
			""},
		{"a verb with no subject of its own",
			"Friday/PROPN/NNP/0/root ,/PUNCT/,/3/punct greeting/VERB/VBG/1/acl guests/NOUN/NNS/3/obj",
			""},
		{"a subject with no comma before it",
			"Friday/PROPN/NNP/0/root envoy/NOUN/NN/3/nsubj left/VERB/VBD/1/acl:relcl",
			""},
	} {
		checkRepair(t, repairTimeRoot, c.name, c.spec, c.want)
	}
}
