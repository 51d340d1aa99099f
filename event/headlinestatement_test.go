package event

import (
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// TestHeadlineStatement checks that an article whose headline tells a
// statement by a speaker it names gets the statement its lead reports,
// titled by the headline (a leading tag dropped), and that no statement
// is made when the headline tells none, names no one the lead names, or
// the lead's verb is a report and not speech. The lead gives no day of the
// statement: with no headline that tells it, it is the lead's own
// statement, titled by its own words (TestLeadStatementUndated).
func TestHeadlineStatement(t *testing.T) {
	const lead = "Peace is within reach, Russian President Vladimir Putin said. The talks went on for hours."
	const own = "Putin says peace within reach" // the lead's statement in its own words
	for _, c := range []struct {
		rule, headline, text string
		want                 string // the lead statement's title, "" for none
	}{
		{"a named speaker's statement", "Peace within reach, Putin says", lead, "Peace within reach, Putin says"},
		{"a tag dropped", "URGENT: Peace within reach, Putin says", lead, "Peace within reach, Putin says"},
		{"a stance the lead tells as said", "Putin hopes peace within reach", lead, "Putin hopes peace within reach"},
		{"an inverted attribution", "Putin says peace within reach", "Peace is within reach, said Russian President Vladimir Putin. The talks went on for hours.", "Putin says peace within reach"},
		{"a headline with no statement", "Peace within reach", lead, own},
		{"a speaker the headline does not name", "Peace within reach, minister says", lead, own},
		{"no headline", "", lead, own},
		{"a report, not speech", "Peace within reach, Putin says", "Peace is within reach, Russian media reported. The talks went on for hours.", ""},
	} {
		in := parsed(t, c.text)
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

// TestHeadlineEvent checks that the lead event an article's headline tells
// (its main verb or subject shares the trigger's lemma) takes the headline
// as title, its tags, attribution, byline and closing notes dropped, and
// that a headline of an act to come, one about another act, or a lead
// event recalled from long before titles nothing.
func TestHeadlineEvent(t *testing.T) {
	const lead = "Police arrested 40 people in the capital on Thursday. The raids went on for hours."
	thursday := []tx{{"on Thursday", timex.Date, "2006-11-02", true}}
	for _, c := range []struct {
		rule, headline, text, trigger string
		want                          string // the title, "" for a title not the headline's
	}{
		{"the headline's verb", "Police arrest 40 in capital raids", lead, "arrested", "Police arrest 40 in capital raids"},
		{"a tag, an attribution", "3rd Ld: Police arrest 40 in capital raids: report", lead, "arrested", "Police arrest 40 in capital raids"},
		{"a byline", "Police arrest 40 in capital raids by John Smith", lead, "arrested", "Police arrest 40 in capital raids"},
		{"a capital byline", "Police arrest 40 in capital raids By John Smith", lead, "arrested", "Police arrest 40 in capital raids"},
		{"a closing note", "Police arrest 40 in capital raids (update 1)", lead, "arrested", "Police arrest 40 in capital raids"},
		{"an act to come", "Police to arrest 40 in capital raids", lead, "arrested", ""},
		{"another act", "Minister praises arrest of 40 in capital", lead, "arrested", ""},
		{"an event long before", "Police arrest 40 in capital raids", "Police arrested 40 people in the capital in 1999. The raids went on for hours.", "arrested", ""},
	} {
		times := thursday
		if strings.Contains(c.text, "in 1999") {
			times = []tx{{"in 1999", timex.Date, "1999", true}}
		}
		in := parsed(t, c.text, times...)
		in.DCT = time.Date(2006, 11, 3, 0, 0, 0, 0, time.UTC)
		in.Headline = c.headline
		m := mentionOf(t, in, c.trigger)
		switch {
		case c.want == "" && m.Title == headlineTitle(c.headline):
			t.Errorf("%s: %q: titled by the headline, want not", c.rule, c.headline)
		case c.want != "" && m.Title != c.want:
			t.Errorf("%s: %q: title %q, want %q", c.rule, c.headline, m.Title, c.want)
		}
	}
}

// TestHeadlineTitleByline checks that a closing byline is dropped from a
// headline after "by", and after "By" in a sentence-cased headline, never
// in a title-cased one, where "By" is a word of the headline.
func TestHeadlineTitleByline(t *testing.T) {
	for _, c := range []struct{ headline, want string }{
		{"Bank warns of fragile reforms in the east By Ann Lee", "Bank warns of fragile reforms in the east"},
		{"Bank warns of fragile reforms in the east by Ann Lee", "Bank warns of fragile reforms in the east"},
		{"Villagers Rescued By Navy Divers", "Villagers Rescued By Navy Divers"},
		{"Town Hit Hard By Night Storms", "Town Hit Hard By Night Storms"},
	} {
		if got := headlineTitle(c.headline); got != c.want {
			t.Errorf("headlineTitle(%q) = %q, want %q", c.headline, got, c.want)
		}
	}
}
