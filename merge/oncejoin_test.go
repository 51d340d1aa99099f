package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestJoinOnceMisdated checks joinOnce: a named person's killing told on
// its day by two articles takes the one article that dates a retelling of
// it otherwise ("over the killing of Vell", dated by the day of the
// meeting that discusses it), as a source that dates nothing, and so does
// a killing told twice by one article; not a retelling stating an amount,
// naming another target as well, told by two articles itself, nor one of
// two killings each told once.
func TestJoinOnceMisdated(t *testing.T) {
	o := guardOpts()
	killed := func(doc string, sent int, value string, victims ...string) event.Mention {
		return with(mention(doc, sent, event.Killing, value, ""), event.Target, victims...)
	}
	counted := killed("c", 2, "2024-03-20", "person:vell")
	counted.Quantities = []event.Quantity{{Min: 22, Max: 22, Unit: "people", Text: "22 others"}}
	checkMerges(t, o, []mergeCase{
		{"a third article's retelling on another day joins the killing",
			[]event.Mention{killed("a", 1, "2024-02-14", "person:vell"), killed("b", 3, "2024-02-14", "person:vell"), killed("c", 2, "2024-03-20", "person:vell")},
			[]string{"2024-02-14 killing a,b,c"}},
		{"one article telling the killing twice takes its misdated retelling",
			[]event.Mention{killed("a", 1, "2024-02-14", "person:vell"), killed("a", 4, "2024-02-14", "person:vell"), killed("a", 0, "2024-03-21", "person:vell")},
			[]string{"2024-02-14 killing a"}},
		{"a retelling stating an amount stays apart",
			[]event.Mention{killed("a", 1, "2024-02-14", "person:vell"), killed("b", 3, "2024-02-14", "person:vell"), counted},
			[]string{"2024-02-14 killing a,b", "2024-03-20 killing c"}},
		{"a retelling naming another target too stays apart",
			[]event.Mention{killed("a", 1, "2024-02-14", "person:vell"), killed("b", 3, "2024-02-14", "person:vell"), killed("c", 2, "2024-03-20", "person:vell", "person:osk")},
			[]string{"2024-02-14 killing a,b", "2024-03-20 killing c"}},
		{"a date two articles give stays apart",
			[]event.Mention{killed("a", 1, "2024-02-14", "person:vell"), killed("b", 3, "2024-02-14", "person:vell"), killed("a", 5, "2024-02-14", "person:vell"),
				killed("c", 2, "2024-03-20", "person:vell"), killed("d", 2, "2024-03-20", "person:vell")},
			[]string{"2024-02-14 killing a,b", "2024-03-20 killing c,d"}},
		{"two killings each told once stay apart",
			[]event.Mention{killed("a", 1, "2024-02-14", "person:vell"), killed("c", 2, "2024-03-20", "person:vell")},
			[]string{"2024-02-14 killing a", "2024-03-20 killing c"}},
	})
}
