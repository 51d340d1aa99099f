package parser

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// TestLiftFromPunct checks that a word the transitions hung on
// punctuation takes the punctuation's head, keeping its relation when it
// is a clause and taking the unspecified one otherwise, that a lifted
// subordinator marks the lifted clause after it, and that punctuation at
// the root keeps its dependents.
func TestLiftFromPunct(t *testing.T) {
	// each case: words as FORM/UPOS/HEAD/DEPREL, and the heads and
	// relations wanted after
	for _, c := range []struct {
		name, in, want string
	}{
		{
			"a clause on the period goes to the verb",
			"Iran/PROPN/2/nsubj denied/VERB/0/root that/SCONJ/5/mark it/PRON/5/nsubj sent/VERB/6/ccomp ./PUNCT/2/punct",
			"2/nsubj 0/root 5/mark 5/nsubj 2/ccomp 2/punct",
		},
		{
			"a subordinator on the period marks the clause after it",
			"Iran/PROPN/2/nsubj denied/VERB/0/root that/SCONJ/6/dep it/PRON/5/nsubj sent/VERB/6/advcl ./PUNCT/2/punct",
			"2/nsubj 0/root 5/mark 5/nsubj 2/ccomp 2/punct",
		},
		{
			"a relation chosen for the period is no relation of the verb",
			"He/PRON/2/nsubj met/VERB/0/root Lee/PROPN/2/obj and/CCONJ/5/cc some/DET/6/nsubj ./PUNCT/2/punct",
			"2/nsubj 0/root 2/obj 5/cc 2/dep 2/punct",
		},
		{
			"punctuation at the root keeps its dependents",
			"!/PUNCT/0/root !/PUNCT/1/punct",
			"0/root 1/punct",
		},
	} {
		var s conllu.Sentence
		for _, w := range strings.Fields(c.in) {
			f := strings.Split(w, "/")
			head, err := strconv.Atoi(f[2])
			if err != nil {
				t.Fatal(err)
			}
			s.Tokens = append(s.Tokens, conllu.Token{Form: f[0], UPOS: f[1], Head: head, DepRel: f[3]})
		}
		liftFromPunct(&s)
		var got []string
		for _, tk := range s.Tokens {
			got = append(got, strconv.Itoa(tk.Head)+"/"+tk.DepRel)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}
