package event

import "testing"

// TestNegation checks the negating adverbs a title keeps with its verb:
// "not", "never", the contracted "n't" (as "not") and "no longer", and
// that another adverb is none.
func TestNegation(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		verb       node
		want       string
	}{
		{"contracted", "he/PRON/PRP/4/nsubj did/AUX/VBD/4/aux n't/PART/RB/4/advmod plan/VERB/VB/0/root", 3, "not "},
		{"never", "they/PRON/PRP/4/nsubj will/AUX/MD/4/aux never/ADV/RB/4/advmod yield/VERB/VB/0/root", 3, "never "},
		{"no longer", "rule/NOUN/NN/5/nsubj was/AUX/VBD/5/cop no/ADV/RB/4/advmod longer/ADV/RBR/5/advmod possible/ADJ/JJ/0/root", 4, "no longer "},
		{"longer alone", "talks/NOUN/NNS/2/nsubj lasted/VERB/VBD/0/root longer/ADV/RBR/2/advmod", 1, ""},
		{"another adverb", "they/PRON/PRP/3/nsubj quickly/ADV/RB/3/advmod left/VERB/VBD/0/root", 2, ""},
	} {
		ws := conlluWords(c.spec)
		tr := &tree{words: ws, children: make([][]node, len(ws))}
		for i, w := range ws {
			if h := w.Head - 1; h >= 0 && h != i {
				tr.children[h] = append(tr.children[h], node(i))
			}
		}
		if got := negation(tr, c.verb); got != c.want {
			t.Errorf("%s: negation %q, want %q", c.name, got, c.want)
		}
	}
}
