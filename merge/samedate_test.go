package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestSameAnonymousDate checks rule 3's weakest evidence for a date
// coarser than a day: two mentions of one type and document that name no
// agent or counterpart, far apart, dated by their own expressions to the
// same year or month, tell one happening ("a massacre 23 years ago" /
// "the massacre of 163 farmers in 1982"), unless their dates, documents
// or amounts differ, or one names an agent.
func TestSameAnonymousDate(t *testing.T) {
	o := opts()
	// anon is an anonymous killing of doc at sentence, dated value,
	// with amount people killed (0: none stated).
	anon := func(doc string, sent int, value string, amount float64) event.Mention {
		m := mention(doc, sent, event.Killing, value, "")
		if amount > 0 {
			m.Quantities = []event.Quantity{{Min: amount, Max: amount, Unit: "people"}}
		}
		return m
	}
	tests := []mergeCase{
		{
			"same year, same document, far apart: one happening",
			[]event.Mention{anon("a", 0, "1982", 0), anon("a", 9, "1982", 148)},
			[]string{"1982 killing a"},
		},
		{
			"same month, same document: one happening",
			[]event.Mention{anon("a", 0, "2024-11", 0), anon("a", 9, "2024-11", 0)},
			[]string{"2024-11 killing a"},
		},
		{
			"different years: two",
			[]event.Mention{anon("a", 0, "1982", 0), anon("a", 9, "1983", 0)},
			[]string{"1982 killing a", "1983 killing a"},
		},
		{
			"same year in two documents: two (the year alone is no evidence across articles)",
			[]event.Mention{anon("a", 0, "1982", 0), anon("b", 9, "1982", 0)},
			[]string{"1982 killing a", "1982 killing b"},
		},
		{
			"same year, different amounts: two happenings of the year",
			[]event.Mention{anon("a", 0, "1994", 5000), anon("a", 9, "1994", 300)},
			[]string{"1994 killing a", "1994 killing a"},
		},
		{
			"same year, one names an agent: two",
			[]event.Mention{anon("a", 0, "1996", 0), mention("a", 9, event.Killing, "1996", "org:guerrillas")},
			[]string{"1996 killing a", "1996 killing a"},
		},
		{
			"three of the same year: each could join two, so none joins (ambiguous)",
			[]event.Mention{anon("a", 0, "1982", 0), anon("a", 9, "1982", 0), anon("a", 20, "1982", 0)},
			[]string{"1982 killing a", "1982 killing a", "1982 killing a"},
		},
	}
	checkMerges(t, o, tests)
}
