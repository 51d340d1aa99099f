package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestDelayedReport checks that an undated simple-past event of an article
// whose lead dates its news days before publication (DCT 2024-06-20) is
// bounded by the publication date, and that it keeps the publication date
// when the lead is the day's news: dated within delayedReportDays, dated
// again on the day ("the agency said on Wednesday"), told as an undated
// report, or dated only by a state's start ("since").
func TestDelayedReport(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	const rest = " Turnout was low in the north. The count was slow in rural areas, observers noted." +
		" \"It was a calm day,\" one voter told us. Analysts expect a coalition." +
		" Police detained three opposition activists in Lagos."
	for _, c := range []struct {
		lead  string
		times []tx
		want  Basis
	}{
		{"Voters in Freedonia chose a new parliament on Sunday.", []tx{d("Sunday", "2024-06-16")}, PublicationBound},
		{"Voters in Freedonia chose a new parliament last week.", []tx{{"last week", timex.Date, "2024-W24", true}}, PublicationBound},
		{"Voters in Freedonia chose a new parliament on Wednesday.", []tx{d("Wednesday", "2024-06-19")}, Publication},
		{"Voters in Freedonia chose a new parliament on Sunday, the agency said on Thursday.",
			[]tx{d("Sunday", "2024-06-16"), d("Thursday", "2024-06-20")}, Publication},
		{"The agency said turnout in Sunday's vote in Freedonia was low.", []tx{d("Sunday", "2024-06-16")}, Publication},
		{"Since Sunday, voters in Freedonia have queued at the polls.", []tx{d("Sunday", "2024-06-16")}, Publication},
	} {
		in := parsed(t, c.lead+rest, c.times...)
		if len(c.times) > 0 && c.times[0].value == "2024-W24" {
			x := &in.Times[0]
			x.Granularity = timex.Week
			x.Interval = &timex.Interval{Start: dct.AddDate(0, 0, -10), End: dct.AddDate(0, 0, -4)}
		}
		m := mentionOf(t, in, "detained")
		if m.Time != nil || m.Basis != c.want {
			t.Errorf("%q: the detention dated %v basis %q, want %q", c.lead, m.Time, m.Basis, c.want)
		}
	}
}
