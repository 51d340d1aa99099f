package merge

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// TestDateFromReport: a mention dated only by the day of its report ("a
// soldier was killed, the army said on Friday") joins the mention of its
// type and document dated a day or two before by its own expression
// ("the soldier was killed on Thursday"), which keeps its date; not one
// dated further back, at another place, or when it has a time of its own.
func TestDateFromReport(t *testing.T) {
	o := opts()
	rep := func(doc string, sent int, value, loc string) event.Mention {
		m := mention(doc, sent, event.Killing, value, "")
		m.ReportDated, m.Location = true, loc
		return m
	}
	tests := []mergeCase{
		{
			"report of Friday, killing of Thursday: one event, Thursday's",
			[]event.Mention{rep("a", 0, "2025-03-21", ""), mention("a", 8, event.Killing, "2025-03-20", "")},
			[]string{"2025-03-20 killing a"},
		},
		{
			"own time on Friday: two",
			[]event.Mention{mention("a", 0, event.Killing, "2025-03-21", ""), mention("a", 8, event.Killing, "2025-03-20", "")},
			[]string{"2025-03-20 killing a", "2025-03-21 killing a"},
		},
		{
			"a week before the report: two",
			[]event.Mention{rep("a", 0, "2025-03-21", ""), mention("a", 8, event.Killing, "2025-03-14", "")},
			[]string{"2025-03-14 killing a", "2025-03-21 killing a"},
		},
		{
			"another place: two",
			[]event.Mention{rep("a", 0, "2025-03-21", "place:mosul"), func() event.Mention {
				m := mention("a", 8, event.Killing, "2025-03-20", "")
				m.Location = "place:basra"
				return m
			}()},
			[]string{"2025-03-20 killing a", "2025-03-21 killing a"},
		},
	}
	tests = append(tests,
		mergeCase{
			"army named in the lead, the killing's detail names no one, a sentence below: one event, Thursday's",
			[]event.Mention{withAgent(rep("a", 0, "2025-03-21", ""), "org:army"), mention("a", 1, event.Killing, "2025-03-20", "")},
			[]string{"2025-03-20 killing a"},
		},
		mergeCase{
			"the nameless detail eight sentences below: two",
			[]event.Mention{withAgent(rep("a", 0, "2025-03-21", ""), "org:army"), mention("a", 8, event.Killing, "2025-03-20", "")},
			[]string{"2025-03-20 killing a", "2025-03-21 killing a"},
		},
		mergeCase{
			"the detail names other doers: two",
			[]event.Mention{withAgent(rep("a", 0, "2025-03-21", ""), "org:army"), mention("a", 1, event.Killing, "2025-03-20", "org:rebels")},
			[]string{"2025-03-20 killing a", "2025-03-21 killing a"},
		},
		mergeCase{
			"the nameless mention told before the report: two",
			[]event.Mention{mention("a", 0, event.Killing, "2025-03-20", ""), withAgent(rep("a", 1, "2025-03-21", ""), "org:army")},
			[]string{"2025-03-20 killing a", "2025-03-21 killing a"},
		},
	)
	// week is a death of doc at sentence dated by its own expression to
	// the weekend of March 15-16, 2025.
	week := func(doc string, sent int) event.Mention {
		m := mention(doc, sent, event.Killing, "", "")
		m.Basis = event.Relative
		start := time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)
		m.Time = &timex.Timex{Type: timex.Date, Value: "2025-W11-WE", Granularity: timex.Week, Interval: &timex.Interval{Start: start, End: start.AddDate(0, 0, 1)}}
		return m
	}
	tests = append(tests,
		mergeCase{
			"a report of Monday and a weekend told by its own expression: one event, the weekend's",
			[]event.Mention{rep("a", 0, "2025-03-17", ""), week("a", 0)},
			[]string{"2025-W11-WE killing a"},
		},
		mergeCase{
			"a report of Friday, the weekend before: too far, two",
			[]event.Mention{rep("a", 0, "2025-03-21", ""), week("a", 0)},
			[]string{"2025-03-21 killing a", "2025-W11-WE killing a"},
		},
	)
	checkMerges(t, o, tests)
}

// withAgent returns m with the agent a added.
func withAgent(m event.Mention, a string) event.Mention {
	m.Participants = append(m.Participants, event.Participant{ActorID: a, Role: event.Agent})
	return m
}
