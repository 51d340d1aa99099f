package merge

import (
	_ "embed"
	"strings"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

//go:embed data/once.yaml
var onceYAML []byte

// oncePerPerson holds the types of data/once.yaml: acts a named person
// undergoes once (killed, dies).
var oncePerPerson = mustTypeSet(onceYAML, "once.yaml", "once")

// samePersonScore is the score of a mention that joins an event by the
// named person both tell undergoing an act of data/once.yaml. Several
// events taking it tie without leaving it ambiguous: they are all that
// person's one death, and the first takes it (the others follow it in
// absorb).
const samePersonScore = 7

// samePersonOnce reports whether it tells, with a type of data/once.yaml,
// a named person's fate that c tells with its type too: it names as its
// target a named person (person:…) that c holds as a side of that type
// ("Vell was killed in February" / "the assassination of Vell on
// February 14"). Dates must still nest (rule 4), neither may be coarser
// than a year (pastYear) and places must agree.
func (c *cluster) samePersonOnce(it *item) bool {
	if !oncePerPerson[it.m.Type] || pastYear(it) || c.from != nil && pastYear(c.from) {
		return false
	}
	theirs := c.sides[it.m.Type]
	if len(theirs) == 0 {
		return false
	}
	for _, p := range it.m.Participants {
		if p.Role == event.Target && strings.HasPrefix(p.ActorID, namedPersonPrefix) && theirs[p.ActorID] {
			return true
		}
	}
	return false
}

// pastYear reports whether it is dated to a span longer than a year (a
// decade, a century): "in the 1980s" names no one's death.
func pastYear(it *item) bool {
	switch it.gran {
	case timex.Decade, timex.Century, timex.Millennium:
		return true
	}
	return false
}

// takesOnce reports whether a takes b's mention that names a side by
// samePersonOnce: with several such events none is ambiguous (see
// samePersonScore).
func (a *cluster) takesOnce(b *cluster) bool {
	return a.samePersonOnce(b.sideItem())
}
