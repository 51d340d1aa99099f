package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/token"
)

// TestTokenRange checks the tokens a byte span overlaps, given as a range
// and as tokensIn's list, on a made-up sentence: a span inside one token,
// across two, between tokens, and past the last.
func TestTokenRange(t *testing.T) {
	text := "The mayor reopened the bridge."
	toks := token.Tokenize(text)
	cases := []struct {
		start, end int
		want       []string
	}{
		{4, 9, []string{"mayor"}},
		{5, 7, []string{"mayor"}},
		{6, 15, []string{"mayor", "reopened"}},
		{9, 10, nil}, // the space between two tokens
		{29, 30, []string{"."}},
		{30, 40, nil},
	}
	for _, c := range cases {
		i, j := tokenRange(toks, c.start, c.end)
		var got []string
		for k := i; k < j; k++ {
			got = append(got, toks[k].Text)
		}
		list := tokensIn(toks, c.start, c.end)
		if len(got) != len(c.want) || len(list) != len(c.want) {
			t.Errorf("[%d,%d): range %q, list %v; want %q", c.start, c.end, got, list, c.want)
			continue
		}
		for k := range got {
			if got[k] != c.want[k] || list[k] != i+k {
				t.Errorf("[%d,%d): range %q, list %v; want %q", c.start, c.end, got, list, c.want)
				break
			}
		}
	}
}
