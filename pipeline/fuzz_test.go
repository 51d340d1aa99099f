package pipeline

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// FuzzInferDCT feeds arbitrary text, with its own time expressions and a
// full date (the weekday scan, the dateline and the counted year read raw
// input), and checks that an inference is a whole day or an interval with
// a confidence in (0,1] and a reason.
func FuzzInferDCT(f *testing.F) {
	f.Add("Shoigu departed Pyongyang later on Friday.", "2025-02-27")
	f.Add("Mondays and Tuesdays", "")
	f.Add("\xff\xfeFriday\x00Sunday", "1999-12-31")
	f.Add("TOKYO, March 3 (Kyodo) - It marked its 50th anniversary, founded in 1975.", "")
	f.Fuzz(func(t *testing.T, text, bound string) {
		tx := timex.Tag(text, time.Time{})
		if d, err := time.Parse(time.DateOnly, bound); err == nil {
			tx = append(tx, dayTimex(d.Format(time.DateOnly)))
		}
		inf, ok := InferDCT(text, tx, nil, nil)
		if !ok {
			return
		}
		if inf.DCT != day(inf.DCT) || inf.Confidence <= 0 || inf.Confidence > 1 || inf.Reason == "" ||
			inf.Earliest.IsZero() || inf.Earliest.After(inf.Latest) || !inf.DCT.IsZero() && !inf.DCT.Equal(inf.Earliest) {
			t.Errorf("bad inference %+v", inf)
		}
	})
}
