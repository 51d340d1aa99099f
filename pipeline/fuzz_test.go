package pipeline

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// FuzzInferDCT feeds arbitrary text (the weekday scan is the part of
// InferDCT that reads raw input) and checks that an inferred DCT is a
// whole day with a confidence in (0,1] and a reason.
func FuzzInferDCT(f *testing.F) {
	f.Add("Shoigu departed Pyongyang later on Friday.", "2025-02-27")
	f.Add("Mondays and Tuesdays", "")
	f.Add("\xff\xfeFriday\x00Sunday", "1999-12-31")
	f.Fuzz(func(t *testing.T, text, bound string) {
		var tx []timex.Timex
		if d, err := time.Parse(time.DateOnly, bound); err == nil {
			tx = append(tx, dayTimex(d.Format(time.DateOnly)))
		}
		inf, ok := InferDCT(text, tx, nil, nil)
		if !ok {
			return
		}
		if inf.DCT != day(inf.DCT) || inf.Confidence <= 0 || inf.Confidence > 1 || inf.Reason == "" {
			t.Errorf("bad inference %+v", inf)
		}
	})
}
