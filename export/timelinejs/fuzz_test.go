package timelinejs

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timeline"
)

// FuzzDates feeds arbitrary date fields (they come from extraction of
// untrusted text) and checks that a placed event always has a valid
// TimelineJS date matching its start.
func FuzzDates(f *testing.F) {
	f.Add("2024-FA", "2024-09-01", "2024-11-30", "season", "")
	f.Add("2025-03", "2025-03-01", "2025-03-31", "month", "END")
	f.Add("2025-W10", "2025-03-03", "2025-03-01", "week", "APPROX")
	f.Add("201", "2010-01-01", "2019-12-31", "decade", "")
	f.Add("PAST_REF", "", "", "", "")
	f.Fuzz(func(t *testing.T, value, start, end, gran, mod string) {
		s, e, display, ok := dates(timeline.Date{Value: value, Start: start, End: end, Granularity: gran, Mod: mod})
		st, err := time.Parse(time.DateOnly, start)
		if ok != (err == nil) {
			t.Fatalf("placed=%v for start %q (parse error %v)", ok, start, err)
		}
		if !ok {
			return
		}
		if s == nil || s.Year != st.Year() || s.Month < 0 || s.Month > 12 || s.Day < 0 || s.Day > 31 || s.Day > 0 && s.Month == 0 {
			t.Fatalf("bad start %+v for %q", s, start)
		}
		if e != nil && (e.Month < 1 || e.Month > 12 || e.Year < s.Year) {
			t.Fatalf("bad end %+v for %q..%q", e, start, end)
		}
		if (gran == "season" || e != nil) && display == "" {
			t.Fatalf("span without display date: %+v..%+v", s, e)
		}
	})
}
