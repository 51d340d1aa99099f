package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestLongBefore checks that a publication-bound mention naming no one
// ("two lawyers have been killed") does not join, by nearness alone, an
// event dated by its own expression long before its publication day
// ("ousted by invading troops in 2003"), while it still joins a recent
// one told next to it.
func TestLongBefore(t *testing.T) {
	o := opts()
	o.KeepAnonymous = true
	bound := func(sent int) event.Mention {
		m := with(mention("a", sent, event.Killing, "", ""), event.Target, "group:lawyers")
		m.Basis = event.PublicationBound
		return m
	}
	tests := []mergeCase{
		{
			"an invasion of years before and a killing told in the perfect: two",
			[]event.Mention{mention("a", 1, event.Invasion, "2003", ""), bound(2)},
			[]string{"2003 invasion a", "2025-03-21 killing a"},
		},
		{
			"the same, the bound mention first: two",
			[]event.Mention{bound(1), mention("a", 2, event.Invasion, "2003", "")},
			[]string{"2003 invasion a", "2025-03-21 killing a"},
		},
		{
			"a massacre of years before and a killing of others told in the perfect: two",
			[]event.Mention{mention("a", 1, event.Killing, "1982", ""), bound(2)},
			[]string{"1982 killing a", "2025-03-21 killing a"},
		},
		{
			"the same, the bound mention first: two",
			[]event.Mention{bound(1), mention("a", 2, event.Killing, "1982", "")},
			[]string{"1982 killing a", "2025-03-21 killing a"},
		},
		{
			"a killing of years before and a noun of its own type naming no side: one",
			[]event.Mention{mention("a", 1, event.Killing, "1961-02", "", "person:lumumba"), func() event.Mention {
				m := mention("a", 2, event.Killing, "", "")
				m.Basis, m.Noun = event.PublicationBound, true
				return m
			}()},
			[]string{"1961-02 killing a"},
		},
		{
			"a killing of years before and a verb of its own type naming no one: two",
			[]event.Mention{mention("a", 1, event.Killing, "1961-02", "", "person:lumumba"), func() event.Mention {
				m := mention("a", 2, event.Killing, "", "")
				m.Basis = event.PublicationBound
				return m
			}()},
			[]string{"1961-02 killing a", "2025-03-21 killing a"},
		},
		{
			"an attack of last month and a killing told next to it: one",
			[]event.Mention{mention("a", 1, event.Attack, "2025-02", ""), bound(2)},
			[]string{"2025-02 killing a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestLongBeforeShared: a shared actor does not make a mention told as
// done by its DCT ("the Ardena Union has won 40 percent") the happening
// of years before its article recalls with the same doer ("when it won
// 42 percent in 2019"), unless the mention is of the event's type and
// names no side of its own ("Vell, who seized power in a 1990 coup" /
// "Vell seized power").
func TestLongBeforeShared(t *testing.T) {
	o := opts()
	bound := func(m event.Mention) event.Mention { m.Basis = event.PublicationBound; return m }
	tests := []mergeCase{
		{
			"an election won years before and one told in the perfect: two",
			[]event.Mention{mention("a", 1, event.Election, "2019", "party:union"), bound(mention("a", 5, event.Election, "", "party:union", "country:ardena"))},
			[]string{"2019 election a", "2025-03-21 election a"},
		},
		{
			"a clash told in the perfect is no invasion of years before by the same troops: two",
			[]event.Mention{mention("a", 1, event.Invasion, "2003-03", "country:USA"), bound(mention("b", 5, event.Attack, "", "country:USA", "group:insurgents"))},
			[]string{"2003-03 invasion a", "2025-03-21 attack b"},
		},
		{
			"a coup of years before told again in the perfect, naming no side: one",
			[]event.Mention{mention("a", 1, event.Coup, "1990", "person:vell"), bound(mention("a", 5, event.Coup, "", "person:vell"))},
			[]string{"1990 coup a"},
		},
		{
			"an election won last month and one told in the perfect: one",
			[]event.Mention{mention("a", 1, event.Election, "2025-02", "party:union"), bound(mention("a", 5, event.Election, "", "party:union", "country:ardena"))},
			[]string{"2025-02 election a"},
		},
	}
	checkMerges(t, o, tests)
}

// TestOwnActOfPast: a verb naming no one told as done before the news,
// which an event of its type dated years before in its article refuses
// (refersBack), is an act of that past of its own: it joins neither that
// event nor the one election of the day's news left to take it.
func TestOwnActOfPast(t *testing.T) {
	o := opts()
	won := mention("a", 1, event.Election, "1999-05", "person:vell")
	won.Noun = true
	made := mention("a", 3, event.Election, "", "")
	made.Basis = event.PublicationBound
	today := mention("a", 8, event.Election, "", "person:lund")
	today.Noun = true
	for _, e := range Merge([]event.Mention{won, made, today}, o) {
		if len(e.Sources) > 1 {
			t.Errorf("the unnamed verb of the past joined %q: %d sources", e.Title, len(e.Sources))
		}
	}
}
