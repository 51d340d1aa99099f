package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// TestParseOnce checks that each sentence of a document is parsed once,
// however many rules read its tree: the rules of a sentence reading the
// trees of the sentences before it (the pair "the two leaders" stands for,
// the topic a pronoun continues) take the trees already made
// (treecache.go).
func TestParseOnce(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Putin met Erdogan in Moscow on Tuesday. The two leaders signed a gas accord.",
		"Macron visited Beijing on Monday. He met Xi and the two men signed a trade deal.",
		"Rebels attacked a convoy near Kursk on Sunday. They killed four soldiers, Lavrov said.",
		"Shoigu arrived in Pyongyang on Friday. Kim received him and they held talks on arms.",
	} {
		seen := map[[2]int]int{}
		in := input(text)
		in.Parse = func(text string, start, end int) conllu.Sentence {
			seen[[2]int{start, end}]++
			return p.Sentence(text, start, end)
		}
		Extract(in)
		for span, n := range seen {
			if n > 1 {
				t.Errorf("%q: %q parsed %d times; want once", text, text[span[0]:span[1]], n)
			}
		}
	}
}
