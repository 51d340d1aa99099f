package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestConcurring checks concur.go on made-up sentences read with a real
// parse: an agreement verb telling a shared opinion is no agreement, one
// telling parties agreeing on a matter still is.
func TestConcurring(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want       Type
	}{
		{"an aside", "The summit in Lima turned into a diplomatic success on Monday, most observers agreed, but some remained cautious.", ""},
		{"after a quotation", "The speech \"opened a new chapter for the region,\" agreed Peruvian historian Carlos Medina on Monday.", ""},
		{"a that-clause judging the past", "Most economists agreed on Monday that the reform had failed.", ""},
		{"a matter agreed on", "Peru and Chile agreed on a new border treaty on Monday.", Agreement},
		{"a that-clause with a modal", "Peru and Chile agreed on Monday that the border would reopen in June.", Agreement},
		{"an open complement", "Peru and Chile agreed on Monday to reopen the border.", Agreement},
		{"a that-clause in the present", "Dr. Lin Hao, a fellow at the water institute, agreed that households need clearer bills.", ""},
		{"a present copula clause", "Both envoys agreed on Monday that the truce is holding.", ""},
		{"bare under a verb of saying", "Karl Otto said he agreed.", ""},
		{"a matter agreed on under a verb of saying", "The envoy said the two sides agreed on a truce.", Agreement},
		{"a that-clause with a future", "Peru and Chile agreed on Monday that talks will resume in June.", Agreement},
		{"a that-clause under a condition, past a comma", "Both analysts agreed on Monday, however, that if the minister kept his promise, it would be good news.", ""},
	} {
		in := parsed(t, tc.text)
		in.Times = timex.Tag(tc.text, dct)
		if got := toldAs(in, "agreed"); got != tc.want {
			t.Errorf("%s: %q: \"agreed\" told as %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}
