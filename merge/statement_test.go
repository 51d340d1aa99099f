package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestStatementsApart checks that two articles' statements of one speaker
// on one day are one event only when what is said is the same (a wire
// copy or a rewrite shares most of its words), and that one article's
// statements are judged by the rest of the rule as before.
func TestStatementsApart(t *testing.T) {
	o := guardOpts()
	said := func(doc string, sent int, agent, quote string) event.Mention {
		m := mention(doc, sent, event.Statement, "2025-03-21", agent)
		m.Quote = quote
		return m
	}
	tests := []mergeCase{
		{
			"two things said on one day, two articles",
			[]event.Mention{
				said("a", 0, "person:putin", "Putin said on Friday that grain exports would rise sharply this summer."),
				said("b", 0, "person:putin", "The border talks with Finland remain frozen, Putin said on Friday."),
			},
			[]string{"2025-03-21 statement a", "2025-03-21 statement b"},
		},
		{
			"the same statement rewritten by another article",
			[]event.Mention{
				said("a", 0, "person:putin", "Putin said on Friday that grain exports would rise sharply this summer."),
				said("b", 2, "person:putin", "Grain exports would rise sharply this summer, President Putin said on Friday."),
			},
			[]string{"2025-03-21 statement a,b"},
		},
		{
			"one article's sentences on one statement",
			[]event.Mention{
				said("a", 0, "person:putin", "Putin said on Friday that grain exports would rise sharply this summer."),
				said("a", 1, "person:putin", "He made the remarks at a meeting with farmers in Kursk on Friday."),
			},
			[]string{"2025-03-21 statement a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestStatementWords checks the content words a statement's quote is
// compared by, and that other types have none.
func TestStatementWords(t *testing.T) {
	m := event.Mention{Type: event.Statement, Quote: "He said the talks were over."}
	got := statementWords(&m)
	if len(got) != 1 || !got["talks"] {
		t.Errorf("statementWords(%q) = %v, want [talks]", m.Quote, got)
	}
	m.Type = event.Attack
	if got := statementWords(&m); got != nil {
		t.Errorf("statementWords of an attack = %v, want nil", got)
	}
}

// TestOtherSaying checks that a saying which names no speaker joins a
// speaker's statement of its article only when told within
// anaphoraWindow sentences of it ("He added ..."), not farther away by
// the day alone, nor as the day's most reported statement (attachSalient).
func TestOtherSaying(t *testing.T) {
	o := guardOpts()
	said := func(doc string, sent int, agent, value, quote string) event.Mention {
		m := mention(doc, sent, event.Statement, value, agent)
		m.Quote = quote
		return m
	}
	lead := "Putin said on Friday that grain exports would rise sharply this summer."
	copyB := "Grain exports would rise sharply this summer, Putin said on Friday."
	tests := []struct {
		name    string
		sent    int
		sources int // of the speaker's statement in article a
	}{
		{"told just after the statement", 1, 2},
		{"told far below it", 1 + anaphoraWindow + 3, 1},
	}
	for _, tt := range tests {
		ms := []event.Mention{
			said("a", 0, "person:putin", "2025-03-21", lead),
			said("b", 0, "person:putin", "2025-03-21", copyB),
			said("a", tt.sent, "", "", "Analysts have warned that freight costs could climb."),
		}
		n := -1
		for _, e := range Merge(ms, o) {
			if len(e.Participants) > 0 {
				n = 0
				for _, s := range e.Sources {
					if s.Doc == "a" {
						n++
					}
				}
			}
		}
		if n != tt.sources {
			t.Errorf("%s: the statement has %d sources of article a, want %d", tt.name, n, tt.sources)
		}
	}
}
