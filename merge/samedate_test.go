package merge

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
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

// TestHeldAnonymousDate checks the nesting case of rule 3's weakest
// evidence: a mention naming no agent or counterpart, dated by its own
// expression to a month or a week, joins the one event of its document
// and type dated by its own expression to a day inside it that names the
// act with the same word ("the March run-off" / "the March 9 run-off"),
// and no other: not with another word, another amount, an agent, another
// document, two such days, or a type told many times a day.
func TestHeldAnonymousDate(t *testing.T) {
	o := opts()
	// anon is a mention of doc at sentence with type typ and trigger
	// word, dated value, naming no actor.
	anon := func(doc string, sent int, typ event.Type, word, value string) event.Mention {
		m := mention(doc, sent, typ, value, "")
		m.Trigger, m.Basis = word, event.Relative
		return m
	}
	withAmount := func(m event.Mention, n float64) event.Mention {
		m.Quantities = []event.Quantity{{Min: n, Max: n, Unit: "people"}}
		return m
	}
	tests := []mergeCase{
		{
			"a month's run-off and the run-off of one of its days: one, dated the day",
			[]event.Mention{anon("a", 0, event.Election, "run-off", "2025-03"), anon("a", 6, event.Election, "run-off", "2025-03-09")},
			[]string{"2025-03-09 election a"},
		},
		{
			"a week's resignations and one of its days': one",
			[]event.Mention{
				func() event.Mention {
					m := anon("a", 0, event.Resignation, "resigned", "")
					m.Basis = event.Relative
					start := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
					m.Time = &timex.Timex{Type: timex.Date, Value: "2025-W10", Granularity: timex.Week, Interval: &timex.Interval{Start: start, End: start.AddDate(0, 0, 6)}}
					return m
				}(),
				anon("a", 7, event.Resignation, "resigned", "2025-03-05"),
			},
			[]string{"2025-03-05 resignation a"},
		},
		{
			"another word for the act: two happenings of the month",
			[]event.Mention{anon("a", 0, event.Attack, "clashes", "2025-02"), anon("a", 6, event.Attack, "shot", "2025-02-20")},
			[]string{"2025-02 attack a", "2025-02-20 attack a"},
		},
		{
			"another amount: two",
			[]event.Mention{withAmount(anon("a", 0, event.Killing, "killed", "2025-02"), 100), withAmount(anon("a", 6, event.Killing, "killed", "2025-02-20"), 3)},
			[]string{"2025-02 killing a", "2025-02-20 killing a"},
		},
		{
			"the month's mention names an agent: two",
			[]event.Mention{
				func() event.Mention {
					m := mention("a", 0, event.Abduction, "2025-02", "agent:-:militants")
					m.Trigger, m.Basis = "kidnapped", event.Relative
					return m
				}(),
				anon("a", 6, event.Abduction, "kidnapped", "2025-02-16"),
			},
			[]string{"2025-02 abduction a", "2025-02-16 abduction a"},
		},
		{
			"two documents: two (the month alone is no evidence across articles)",
			[]event.Mention{anon("a", 0, event.Election, "run-off", "2025-03"), anon("b", 6, event.Election, "run-off", "2025-03-09")},
			[]string{"2025-03 election a", "2025-03-09 election b"},
		},
		{
			"two days of the month with the word: the month joins neither",
			[]event.Mention{anon("a", 0, event.Election, "vote", "2025-03"), anon("a", 6, event.Election, "vote", "2025-03-02"), anon("a", 12, event.Election, "vote", "2025-03-16")},
			[]string{"2025-03 election a", "2025-03-02 election a", "2025-03-16 election a"},
		},
		{
			"injuries of a month and of one of its days: no act named, two",
			[]event.Mention{
				func() event.Mention { m := anon("a", 0, event.Attack, "injured", "2025-02"); m.Injury = true; return m }(),
				func() event.Mention {
					m := anon("a", 6, event.Attack, "injured", "2025-02-20")
					m.Injury = true
					return m
				}(),
			},
			[]string{"2025-02 attack a", "2025-02-20 attack a"},
		},
		{
			"a type told many times a day: two",
			[]event.Mention{anon("a", 0, event.SportResult, "title", "2025-03"), anon("a", 6, event.SportResult, "title", "2025-03-09")},
			[]string{"2025-03 sport_result a", "2025-03-09 sport_result a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestLeadOfDay checks that a symmetric act told in an article's lead and
// dated by its own expression to the publication day takes a mention of
// it dated only as that day's news far below, named with the same word
// ("peace talks ... on Sunday" / "the government held fresh peace talks"),
// whoever each names; not another word, not an act of another type, not
// a mention of the lead itself, not a lead dated to another day.
func TestLeadOfDay(t *testing.T) {
	o := opts()
	// lead is an anonymous meeting of doc a told in sentence s with word,
	// dated value by its own expression.
	lead := func(s int, word, value string) event.Mention {
		m := mention("a", s, event.Meeting, value, "")
		m.Trigger, m.Basis = word, event.Relative
		return m
	}
	// later is doc a's mention in sentence s of type typ with word by
	// agent, dated by the publication (2025-03-21).
	later := func(s int, typ event.Type, word, agent string) event.Mention {
		m := mention("a", s, typ, "", agent)
		m.Trigger = word
		return m
	}
	tests := []mergeCase{
		{
			"the lead's talks of the day and the talks far below: one",
			[]event.Mention{lead(0, "talks", "2025-03-21"), later(16, event.Meeting, "talks", "country:ARD")},
			[]string{"2025-03-21 meeting a"},
		},
		{
			"another word: two",
			[]event.Mention{lead(0, "talks", "2025-03-21"), later(16, event.Meeting, "conference", "country:ARD")},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"not a symmetric act: two",
			[]event.Mention{
				func() event.Mention { m := lead(0, "attack", "2025-03-21"); m.Type = event.Attack; return m }(),
				later(16, event.Attack, "attack", "country:ARD"),
			},
			[]string{"2025-03-21 attack a", "2025-03-21 attack a"},
		},
		{
			"the lead dated to the day before: two",
			[]event.Mention{lead(0, "talks", "2025-03-20"), later(16, event.Meeting, "talks", "country:ARD")},
			[]string{"2025-03-20 meeting a", "2025-03-21 meeting a"},
		},
		{
			"the dated talks told below the lead: two",
			[]event.Mention{lead(3, "talks", "2025-03-21"), later(20, event.Meeting, "talks", "country:ARD")},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
	}
	checkMerges(t, o, tests)
}
