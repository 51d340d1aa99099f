package merge

import (
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestJoinSoleType: a mention naming no side, far from the one event of
// its type its article tells on its day, is that event told again; with
// two such events, on another day or at another place it stays apart.
func TestJoinSoleType(t *testing.T) {
	o := guardOpts()
	o.KeepAnonymous = true
	anon := func(sent int, value, place string) event.Mention {
		m := event.Mention{Doc: "a", Sentence: sent, Start: 10 * sent, End: 10*sent + 5, Trigger: "discussions",
			Type: event.Meeting, Factuality: event.Asserted, Basis: event.Explicit, Location: place,
			Quote: "The discussions on Friday were frank.", QuoteStart: 100 * sent, QuoteEnd: 100*sent + 40}
		if value == "" {
			m.Basis = event.Publication
		} else {
			m.Time = tx(value)
		}
		return m
	}
	summit := mention("a", 1, event.Meeting, "", "person:rossi")
	other := mention("a", 2, event.Meeting, "", "person:okafor")
	retype := func(m event.Mention, t event.Type) event.Mention { m.Type, m.Trigger = t, "condemned"; return m }
	bound := func(sent int) event.Mention {
		m := anon(sent, "2025-03-21", "")
		m.Time, m.Basis = nil, event.PublicationBound
		return m
	}
	atTown := func(m event.Mention, place string) event.Mention { m.Location = place; return m }
	tests := []mergeCase{
		{
			"the article's one summit of the day, told again far below",
			[]event.Mention{summit, anon(8, "2025-03-21", "")},
			[]string{"2025-03-21 meeting a"},
		},
		{
			"two meetings of the day: ambiguous, none takes it",
			[]event.Mention{summit, other, anon(8, "2025-03-21", "")},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"a meeting of another month the article recalls is no rival",
			[]event.Mention{summit, mention("a", 3, event.Meeting, "2025-01", "person:okafor"), anon(8, "2025-03-21", "")},
			[]string{"2025-01 meeting a", "2025-03-21 meeting a"},
		},
		{
			"a meeting of the day before still is",
			[]event.Mention{summit, mention("a", 3, event.Meeting, "2025-03-20", "person:okafor"), anon(8, "2025-03-21", "")},
			[]string{"2025-03-20 meeting a", "2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"another day: another meeting",
			[]event.Mention{summit, anon(8, "2025-03-10", "")},
			[]string{"2025-03-10 meeting a", "2025-03-21 meeting a"},
		},
		{
			"the day's news of talks that ended the day before",
			[]event.Mention{summit, anon(8, "2025-03-20", "")},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"an attack launched days before, still told as the day's news",
			[]event.Mention{mention("a", 1, event.Attack, "2025-03-18", "group:hackers"), retype(anon(8, "", ""), event.Attack)},
			[]string{"2025-03-18 attack a"},
		},
		{
			"another place: another meeting",
			[]event.Mention{atTown(summit, "place:town1"), anon(8, "2025-03-21", "place:town2")},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"a month is too coarse to tell it",
			[]event.Mention{summit, anon(8, "2025-03", "")},
			[]string{"2025-03 meeting a", "2025-03-21 meeting a"},
		},
		{
			"a digest: a story forty sentences below is another",
			[]event.Mention{summit, anon(41, "2025-03-21", "")},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"a speaker condemns many things in one day",
			[]event.Mention{mention("a", 1, event.Disapprove, "", "person:rossi"), retype(anon(8, "2025-03-21", ""), event.Disapprove)},
			[]string{"2025-03-21 disapprove a", "2025-03-21 disapprove a"},
		},
		{
			"told as done before the news: the day before's summit",
			[]event.Mention{mention("a", 1, event.Meeting, "2025-03-20", "person:rossi"), anon(7, "2025-03-20", ""), bound(8)},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"told as done before the news: not a summit of a month before",
			[]event.Mention{mention("a", 1, event.Meeting, "2025-02-20", "person:rossi"), anon(7, "2025-02-20", ""), bound(8)},
			[]string{"2025-02-20 meeting a", "2025-02-20 meeting a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestJoinSoleTypeDropped: an event to be dropped as anonymous (neither
// who nor when) makes no second event of the type.
func TestJoinSoleTypeDropped(t *testing.T) {
	o := guardOpts()
	summit := mention("a", 1, event.Meeting, "", "person:rossi")
	day := mention("a", 8, event.Meeting, "2025-03-20", "")
	vague := mention("a", 20, event.Meeting, "", "")
	checkMerges(t, o, []mergeCase{{
		"a vague mention far below does not make it ambiguous",
		[]event.Mention{summit, day, vague},
		[]string{"2025-03-20 meeting a"},
	}})
}

// TestJoinSoleTypeBoundPartner: an event told only as done by its DCT
// ("the way he was pardoned") is the day-dated mention of its type that
// names no side told in its article ("two men were pardoned on Monday"),
// when both name the act with one word and the day is of the week
// before; another word, a day long before or a second such event keep
// them apart.
func TestJoinSoleTypeBoundPartner(t *testing.T) {
	o := guardOpts()
	dated := func(sent int, trigger, value string) event.Mention {
		m := mention("a", sent, event.Verdict, value, "")
		m.Trigger = trigger
		return m
	}
	told := func(sent int, trigger, target string) event.Mention { // "... along with X"
		m := mention("a", sent, event.Verdict, "", "", target+"-codefendant")
		m.Trigger, m.Basis = trigger, event.PublicationBound
		m.Participants = append(m.Participants, event.Participant{ActorID: target, Role: event.Target})
		return m
	}
	tests := []mergeCase{
		{
			"the pardon of Monday told again without its day",
			[]event.Mention{dated(2, "pardoned", "2025-03-17"), told(9, "pardoned", "person:rossi")},
			[]string{"2025-03-17 verdict a"},
		},
		{
			"another word: another act of the week",
			[]event.Mention{dated(2, "pardoned", "2025-03-17"), told(9, "convicted", "person:rossi")},
			[]string{"2025-03-17 verdict a", "2025-03-21 verdict a"},
		},
		{
			"a day long before the news is no such retelling",
			[]event.Mention{dated(2, "pardoned", "2025-02-17"), told(9, "pardoned", "person:rossi")},
			[]string{"2025-02-17 verdict a", "2025-03-21 verdict a"},
		},
		{
			"two such events: ambiguous",
			[]event.Mention{dated(2, "pardoned", "2025-03-17"), told(9, "pardoned", "person:rossi"), told(11, "pardoned", "person:adeyemi")},
			[]string{"2025-03-17 verdict a", "2025-03-21 verdict a", "2025-03-21 verdict a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestVerbsApart: two verbs of a result told in two sentences of a
// round-up naming no one are two results, not one told twice by
// nearness; a noun after them ("the win") still refers back to the
// nearest.
func TestVerbsApart(t *testing.T) {
	o := opts()
	o.KeepAnonymous = true
	result := func(sent int, noun bool) event.Mention {
		m := mention("a", sent, event.SportResult, "", "")
		m.Noun = noun
		return m
	}
	checkMerges(t, o, []mergeCase{
		{"two verbs two sentences apart: two results",
			[]event.Mention{result(3, false), result(5, false)},
			[]string{"2025-03-21 sport_result a", "2025-03-21 sport_result a"}},
		{"a noun after them joins one",
			[]event.Mention{result(3, false), result(5, false), result(6, true)},
			[]string{"2025-03-21 sport_result a", "2025-03-21 sport_result a"}},
	})
	got := Merge([]event.Mention{result(3, false), result(5, false), result(6, true)}, o)
	sizes := []int{len(got[0].Sources), len(got[1].Sources)}
	slices.Sort(sizes)
	if !slices.Equal(sizes, []int{1, 2}) {
		t.Errorf("sources per event %v, want the noun with one verb: [1 2]", sizes)
	}
}
