package actor

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/token"
)

// TestLexSplitSameAsLex checks that lexing a long document's sentences
// on several goroutines finds what lexing them in one does, down to the
// actors the resolver then decides (run it under -race: the parts share
// the name index).
func TestLexSplitSameAsLex(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"Russian Defense Minister Sergei Shoigu arrived in Pyongyang on Tuesday.",
		"Officials met Zorvan Telbiko of the QRV Kettle group in Upper Quennick.",
		"The minister said the talks with North Korean leader Kim Jong Un went well.",
		"Hundreds of Palestinians gathered near the border, police said.",
		"Telbiko later told reporters that the Kettle would sign nothing.",
	}
	var b strings.Builder
	for i := range 3000 {
		b.WriteString(sentences[i%len(sentences)])
		b.WriteString(" ")
	}
	text := b.String()
	toks := token.Tokenize(text)
	sents := token.Sentences(text, toks)
	// a finder that names every run of two capitalized words a person
	find := func(text string, start, end int) []Name {
		var out []Name
		ws := token.Tokenize(text[start:end])
		for i := 0; i+1 < len(ws); i += 2 {
			if isCapitalized(ws[i].Text) && isCapitalized(ws[i+1].Text) {
				out = append(out, Name{Start: start + ws[i].Start, End: start + ws[i+1].End, Kind: Person})
			}
		}
		return out
	}
	date := time.Date(2024, 9, 13, 0, 0, 0, 0, time.UTC)
	want := NewResolver(g).ResolveLexed(g.Lex(text, toks, sents, find), date)
	if len(want) < len(sentences)*100 {
		t.Fatalf("only %d actor mentions in %d sentences: the test text lost its actors", len(want), len(sents))
	}
	for _, parts := range []int{2, 3, 8} {
		x := g.LexSplit(text, toks, sents, find, parts)
		if got := NewResolver(g).ResolveLexed(x, date); !reflect.DeepEqual(got, want) {
			t.Errorf("LexSplit in %d parts: %d mentions, Lex %d, or they differ", parts, len(got), len(want))
		}
	}
}
