package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestHeldOnOfPhrase checks that a verb telling an event happen, which
// the parse hangs as a participle on the event noun's "of" phrase ("a
// meeting of the union's board held in Lyon on Monday"), dates the noun,
// while another participle there keeps its time to itself (the test DCT,
// 2024-06-20, is a Thursday).
func TestHeldOnOfPhrase(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	checkDating(t, []datingCase{
		{"A meeting of the union's executive board held in Lyon on Monday also approved the strike plan.",
			[]tx{d("Monday", "2024-06-17")}, "meeting", "2024-06-17", Relative},
		{"The rebels demanded talks on the return of the bodies of soldiers killed during the war of 1999.",
			[]tx{{"1999", timex.Date, "1999", false}}, "talks", "", Publication},
	})
}
