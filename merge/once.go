package merge

import (
	_ "embed"
	"slices"
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
	if pastYear(it) || c.from != nil && pastYear(c.from) {
		return false
	}
	if oncePerPerson[it.m.Type] && namesTargetIn(it, c.sides[it.m.Type]) {
		return true
	}
	if !c.sameOwnDay(it) {
		return false
	}
	// the act of its row that killed the person that day ("Vell was
	// shot in his car on Tuesday" / "the killing of Vell on Tuesday"):
	// the bucket holds one row of data/compat.yaml
	for _, t := range sortedTypes(c.sides) {
		if t != it.m.Type && (oncePerPerson[t] || oncePerPerson[it.m.Type]) && namesTargetIn(it, c.sides[t]) {
			return true
		}
	}
	return false
}

// namesTargetIn reports whether it names as its target a named person
// (person:…) of theirs.
func namesTargetIn(it *item, theirs map[string]bool) bool {
	for _, p := range it.m.Participants {
		if p.Role == event.Target && strings.HasPrefix(p.ActorID, namedPersonPrefix) && theirs[p.ActorID] {
			return true
		}
	}
	return false
}

// sameOwnDay reports whether it and c are both dated by their own
// expressions to one and the same day (or a time of it).
func (c *cluster) sameOwnDay(it *item) bool {
	return it.strong && it.iv != nil && withinDay(it.gran) && c.from != nil && c.from.strong && c.iv != nil &&
		withinDay(c.from.gran) && day(it.iv.Start).Equal(day(c.iv.Start))
}

// sortedTypes returns the types of sides, sorted.
func sortedTypes(sides map[event.Type]map[string]bool) []event.Type {
	ts := make([]event.Type, 0, len(sides))
	for t := range sides {
		ts = append(ts, t)
	}
	slices.Sort(ts)
	return ts
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
