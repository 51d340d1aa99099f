package merge

import (
	"slices"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// recentWindow is how long before its publication day a mention told as
// done by then ("have been killed", event.PublicationBound) may place an
// event it would join: the perfect of the news tells what happened
// lately, not a casualty of a war of years before.
const recentWindow = 365 * 24 * time.Hour

// longBefore reports whether, of it and c, one is a publication-bound
// mention with no time of its own (for c, the mention that dates it) and
// the other is dated by its own expression to a time that ended more than
// recentWindow before that mention's publication day: then they may not
// join, neither by the weak evidence of rule 3 (nearness, place) nor by a
// shared actor. "Two court clerks have been killed", told after
// "ousted by invading troops in 2003" or "the massacre of 163 farmers
// in 1982", is no casualty of the invasion nor of the massacre; "the
// ruling party has won 35 percent" is not the share "it won in 1995",
// nor "troops are clashing with insurgents" the invasion of 2003 by
// their country. A bound mention of the other's type that names no side
// of its own (no target, recipient or counterpart), told by a noun or
// naming its doer, still refers back to it: "the premier who was shot
// dead in March 1962" / "whose murder sparked outrage"; "Vell, who seized
// power in a 1990 coup" / "Vell seized power" (refersBack).
func (c *cluster) longBefore(it *item) bool {
	if c.from == nil || c.iv == nil || it.iv == nil {
		return false
	}
	sameType := c.types[it.m.Type]
	if c.from.strong && boundAfter(it, c.iv) && !(sameType && refersBack(it)) {
		return true
	}
	return it.strong && boundAfter(c.from, it.iv) && !(sameType && refersBack(c.from))
}

// refersBack reports whether the publication-bound mention b may tell
// again a happening of years before: it names no side of its own, and it
// is a noun ("whose murder sparked outrage") or names its doer ("Vell
// seized power"). A verb naming no one tells an act of its own, however
// near: "supporters held rallies to protest the verdict" is no retelling
// of "ousted by a popular revolt in 1990" two sentences below.
func refersBack(b *item) bool {
	return len(b.sides) == 0 && (b.m.Noun || len(b.agents) > 0)
}

// refusesOwnAct reports whether c, dated years before, refuses a mention
// of b of its type as a verb naming no one (no agent, no side: an act of
// its own, longBefore and refersBack). Such a verb tells a happening of
// the account of the past it is told in, which the article dates no
// better, not the one event of its type left of the day's news: "the
// party's founder was made its chairman two years on", told in a
// country's history, is neither "Vell won the vote in May 1999" nor
// "Lund narrowly won the vote" told of the years since (attachSalient).
func (c *cluster) refusesOwnAct(b *cluster) bool {
	return slices.ContainsFunc(b.items, func(it *item) bool {
		return !it.m.Noun && len(it.agents) == 0 && len(it.sides) == 0 && c.types[it.m.Type] && c.longBefore(it)
	})
}

// boundAfter reports whether b is a publication-bound mention with no time
// of its own and iv, dated by its own expression, ended more than
// recentWindow before b's publication day.
func boundAfter(b *item, iv *timex.Interval) bool {
	if b.strong || b.m.Basis != event.PublicationBound || b.dct.IsZero() {
		return false
	}
	return day(b.dct).Sub(iv.End) > recentWindow
}
