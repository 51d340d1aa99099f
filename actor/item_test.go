package actor

import (
	"testing"

	"github.com/chronograph-news/chronograph/token"
)

// TestIsCount checks the lexer's count-word test against its definition
// (the lexicon's counts, keyed by nameKey of the token's text) for words
// of every shape: plain, capitalized, all capitals, fused with a clitic,
// hyphenated, with digits, accents or an apostrophe.
func TestIsCount(t *testing.T) {
	g := defaultGazetteer(t)
	text := "Hundreds of villagers, DOZENS of students and two-thirds of Élèves; " +
		"cannot Gonna twenty 24 O'Brien's three-year tens Zwei dozens' Dutzende m1 hundreds"
	toks := token.Tokenize(text)
	l := newLexer(g, text, toks)
	counts := 0
	for i, tk := range toks {
		want := g.lex.counts[nameKey(tk.Text)]
		if got := l.isCount(i); got != want {
			t.Errorf("isCount(%q) = %v, want %v", tk.Text, got, want)
		}
		if want {
			counts++
		}
	}
	if counts < 4 {
		t.Errorf("%d count words in the text, want at least 4 (is the lexicon's list read?)", counts)
	}
}
