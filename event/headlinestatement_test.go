package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestHeadlineStatement checks that an article whose headline tells a
// statement by a speaker it names gets the statement its lead reports,
// titled by the headline (a leading tag dropped), and that no statement
// is made when the headline tells none, names no one the lead names, or
// the lead's verb is a report and not speech.
func TestHeadlineStatement(t *testing.T) {
	const lead = "Peace is within reach, Russian President Vladimir Putin said on Monday. The talks went on for hours."
	monday := []tx{{"on Monday", timex.Date, "2006-11-06", true}}
	for _, c := range []struct {
		rule, headline, text string
		want                 string // the statement's title, "" for none
	}{
		{"a named speaker's statement", "Peace within reach, Putin says", lead, "Peace within reach, Putin says"},
		{"a tag dropped", "URGENT: Peace within reach, Putin says", lead, "Peace within reach, Putin says"},
		{"a stance the lead tells as said", "Putin hopes peace within reach", lead, "Putin hopes peace within reach"},
		{"an inverted attribution", "Putin says peace within reach", "Peace is within reach, said Russian President Vladimir Putin on Monday. The talks went on for hours.", "Putin says peace within reach"},
		{"a headline with no statement", "Peace within reach", lead, ""},
		{"a speaker the headline does not name", "Peace within reach, minister says", lead, ""},
		{"no headline", "", lead, ""},
		{"a report, not speech", "Peace within reach, Putin says", "Peace is within reach, Russian media reported on Monday. The talks went on for hours.", ""},
	} {
		in := parsed(t, c.text, monday...)
		in.Headline = c.headline
		var got []string
		for _, m := range Extract(in) {
			if m.Type == Statement && m.Sentence == 0 {
				got = append(got, m.Title)
			}
		}
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%s: %q: got statements %q, want none", c.rule, c.headline, got)
		case c.want != "" && (len(got) != 1 || got[0] != c.want):
			t.Errorf("%s: %q: got statements %q, want one titled %q", c.rule, c.headline, got, c.want)
		}
	}
}
