package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestGappedPassiveDate checks that a passive conjoined with its
// auxiliary left out ("was killed and two others wounded on Monday"),
// which the parse hangs on its subject as a participle, is no reduced
// relative clause: its time dates the first verb too, so the dead and the
// wounded of one attack keep one day (the test DCT, 2024-06-20, is a
// Thursday).
func TestGappedPassiveDate(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	checkDating(t, []datingCase{
		{"One of the governor's drivers was killed and one of his nephews injured in the ambush on Monday.",
			[]tx{d("Monday", "2024-06-17")}, "killed", "2024-06-17", Relative},
		{"One protester was killed and seven other marchers wounded Tuesday near the square, officials said.",
			[]tx{d("Tuesday", "2024-06-18")}, "killed", "2024-06-18", Relative},
		// a true reduced relative clause on an object keeps its time
		{"Police questioned two farmers injured in the riot on Monday.",
			[]tx{d("Monday", "2024-06-17")}, "questioned", "", Publication},
	})
}
