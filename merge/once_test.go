package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestOncePerPerson checks data/once.yaml: a named person is killed once,
// so the killing of one person told by several articles, at a month in
// some and at its day in another, is one event, even when several events
// could take a mention; another person's killing, a decade's and an
// assault (a person may be attacked twice) stay apart.
func TestOncePerPerson(t *testing.T) {
	o := guardOpts()
	killed := func(doc, value, victim string) event.Mention {
		return with(mention(doc, 4, event.Killing, value, ""), event.Target, victim)
	}
	tests := []mergeCase{
		{
			"three articles telling one assassination by its month join",
			[]event.Mention{killed("a", "2024-02", "person:vell"), killed("b", "2024-02", "person:vell"), killed("c", "2024-02", "person:vell")},
			[]string{"2024-02 killing a,b,c"},
		},
		{
			"the month of the killing joins its day told elsewhere",
			[]event.Mention{killed("a", "2024-02-14", "person:vell"), killed("b", "2024-02", "person:vell"), killed("c", "2024-02", "person:vell")},
			[]string{"2024-02-14 killing a,b,c"},
		},
		{
			"another person's killing that month stays apart",
			[]event.Mention{killed("a", "2024-02", "person:vell"), killed("b", "2024-02", "person:osk")},
			[]string{"2024-02 killing a", "2024-02 killing b"},
		},
		{
			"killings on two days stay apart",
			[]event.Mention{killed("a", "2024-02-14", "person:vell"), killed("b", "2024-02-15", "person:vell")},
			[]string{"2024-02-14 killing a", "2024-02-15 killing b"},
		},
		{
			"assaults on one person told by two articles stay apart",
			[]event.Mention{
				with(mention("a", 4, event.Assault, "2024-02", ""), event.Target, "person:vell"),
				with(mention("b", 4, event.Assault, "2024-02", ""), event.Target, "person:vell"),
				with(mention("c", 4, event.Assault, "2024-02", ""), event.Target, "person:vell"),
			},
			[]string{"2024-02 assault a", "2024-02 assault b", "2024-02 assault c"},
		},
	}
	checkMerges(t, o, tests)
}

// TestOnceAttackThatKilled checks that, on one day, an attack on a named
// person another article tells as his killing is that killing
// (samePersonOnce): "Vell was shot dead on Tuesday" / "the killing of
// Vell on Tuesday", whether or not one names the gunmen; not when one is
// dated more coarsely than the day, nor for two attacks, neither a death.
func TestOnceAttackThatKilled(t *testing.T) {
	o := guardOpts()
	shot := with(mention("a", 5, event.Attack, "2024-02-13", ""), event.Target, "person:vell")
	checkMerges(t, o, []mergeCase{
		{"the shooting and the killing of one day",
			[]event.Mention{shot, with(mention("b", 1, event.Killing, "2024-02-13", ""), event.Target, "person:vell")},
			[]string{"2024-02-13 attack a,b"}},
		{"the killing names its doers",
			[]event.Mention{shot, with(mention("b", 1, event.Killing, "2024-02-13", "agent:-:gunmen"), event.Target, "person:vell")},
			[]string{"2024-02-13 killing a,b"}},
		{"the killing dated to the month only: not that day's act",
			[]event.Mention{shot, with(mention("b", 1, event.Killing, "2024-02", ""), event.Target, "person:vell")},
			[]string{"2024-02 killing b", "2024-02-13 attack a"}},
		{"two attacks on one person of one day: no death told",
			[]event.Mention{shot, with(mention("b", 1, event.Assault, "2024-02-13", ""), event.Target, "person:vell")},
			[]string{"2024-02-13 assault b", "2024-02-13 attack a"}},
	})
}
