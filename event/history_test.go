package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestRecalledHistory checks that an undated simple-past event right
// after a sentence recalling a past happening (DCT 2024-06-20) is bounded
// by the publication date (a recalled day, the narrative gives it), and
// that it keeps the publication date when the recalled date is recent,
// when it lies two sentences on, and when it is done in words.
func TestRecalledHistory(t *testing.T) {
	date := func(text, value string) tx { return tx{text, timex.Date, value, false} }
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    Basis
	}{
		{"In the 1916 uprising, rebels seized the post office in Dublin. British troops detained the rebel leaders.",
			[]tx{date("1916", "1916")}, "detained", PublicationBound},
		{"In June, rebels seized the post office in Dublin. British troops detained the rebel leaders.",
			[]tx{date("June", "2024-06")}, "detained", Publication},
		{"On 2024-04-02, rebels seized the post office in Dublin. British troops detained the rebel leaders.",
			[]tx{date("2024-04-02", "2024-04-02")}, "detained", ""},
		{"In the 1916 uprising, rebels seized the post office in Dublin. The city was calm for a week. British troops detained the rebel leaders.",
			[]tx{date("1916", "1916")}, "detained", Publication},
		{"In the 1916 uprising, rebels seized the post office in Dublin. The minister condemned the rebel leaders.",
			[]tx{date("1916", "1916")}, "condemned", Publication},
		// a root no trigger tells, dated by its own expression, opens the
		// account too; one opening a state does not
		{"France and Chile deepened their ties to a new level in 2019. The French and Chilean governments signed two pacts on trade.",
			[]tx{date("2019", "2019")}, "signed", PublicationBound},
		{"France and Chile kept their ties at a low level until 2019. The French and Chilean governments signed two pacts on trade.",
			[]tx{date("2019", "2019")}, "signed", Publication},
		// a past report dated by its own expression opens the account of
		// what it told; one of the recent days does not
		{"In 2019, the auditor said in a report that the mayor took bribes. The auditor named the mayor's brother as a middleman.",
			[]tx{date("2019", "2019")}, "named", PublicationBound},
		{"In June, the auditor said in a report that the mayor took bribes. The auditor named the mayor's brother as a middleman.",
			[]tx{date("June", "2024-06")}, "named", Publication},
		// a background mention the expression dates (a participle before
		// its noun) keeps no root from opening the account
		{"In 1951, the captain ran a camp for members of the banned farmers' party. The general appointed the captain to head the army.",
			[]tx{date("1951", "1951")}, "appointed", PublicationBound},
	} {
		m := mentionOf(t, parsed(t, c.text, c.times...), c.trigger)
		if c.want == "" {
			// a recalled day: the narrative gives it (narrative.go)
			if m.Time == nil || m.Time.Value != "2024-04-02" {
				t.Errorf("%q: %q dated %v, want the recalled day", c.text, c.trigger, m.Time)
			}
			continue
		}
		if m.Time != nil || m.Basis != c.want {
			t.Errorf("%q: %q dated %v basis %q, want %q", c.text, c.trigger, m.Time, m.Basis, c.want)
		}
	}
}
