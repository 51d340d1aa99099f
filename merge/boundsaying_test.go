package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestBoundSaying checks that a speaker's saying told as done before the
// day's news ("the minister has long called for reform") joins none of
// his dated sayings of another sentence of its article ("the minister
// called on Friday for talks"), while it still joins one of its own
// sentence and a copy of its sentence in another article, and an act of
// a type told once a day (an arrest) still joins by its doer.
func TestBoundSaying(t *testing.T) {
	o := opts()
	bound := func(doc string, sent int, typ event.Type) event.Mention {
		m := mention(doc, sent, typ, "", "person:shoigu")
		m.Basis = event.PublicationBound
		return m
	}
	copied := func(m event.Mention) event.Mention {
		m.Quote = "the minister has long called for a new order in the region"
		return m
	}
	checkMerges(t, o, []mergeCase{
		{
			"a dated call and the speaker's old call some sentences below: two",
			[]event.Mention{mention("a", 0, event.Appeal, "2025-03-20", "person:shoigu"), bound("a", 4, event.Appeal)},
			[]string{"2025-03-20 appeal a", "2025-03-21 appeal a"},
		},
		{
			"the two in one sentence: one",
			[]event.Mention{mention("a", 4, event.Appeal, "2025-03-20", "person:shoigu"), bound("a", 4, event.Appeal)},
			[]string{"2025-03-20 appeal a"},
		},
		{
			"the old call told in two articles by one sentence: one",
			[]event.Mention{copied(bound("a", 2, event.Appeal)), copied(bound("b", 5, event.Appeal))},
			[]string{"2025-03-21 appeal a,b"},
		},
		{
			"an arrest and the same doer's arrest told as done before: one",
			[]event.Mention{mention("a", 0, event.Arrest, "2025-03-20", "person:shoigu"), bound("a", 4, event.Arrest)},
			[]string{"2025-03-20 arrest a"},
		},
	})
}
