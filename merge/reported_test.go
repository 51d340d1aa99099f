package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
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
	checkMerges(t, o, tests)
}

// withAgent returns m with the agent a added.
func withAgent(m event.Mention, a string) event.Mention {
	m.Participants = append(m.Participants, event.Participant{ActorID: a, Role: event.Agent})
	return m
}
