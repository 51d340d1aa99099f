package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestCrowdFlow checks crowdflow.go on made-up sentences read with a real
// parse: a disaster word told of people moving in numbers is no
// disaster, the same word told of water still is.
func TestCrowdFlow(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want       Type
	}{
		{"people flooding in, participle", "Voters in Chile feared the prospect of foreign workers flooding into the country.", ""},
		{"people flooding in, subject", "Migrants from Peru were flooding into the capital of Chile on Monday.", ""},
		{"water flooding", "Heavy flooding in southern Chile killed ten people on Monday.", Disaster},
	} {
		in := parsed(t, tc.text)
		in.Times = timex.Tag(tc.text, dct)
		if got := toldAs(in, "flooding"); got != tc.want {
			t.Errorf("%s: %q: \"flooding\" told as %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}
