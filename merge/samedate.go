package merge

import (
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// sameAnonymousDate reports whether it, a mention of c's document, tells
// c again by the weakest evidence of rule 3 for a date coarser than a day:
// neither names an agent or counterpart, c has a mention of exactly its
// type, both are dated by their own expressions to exactly the same
// interval (the same year, month or week: "a massacre 23 years ago" /
// "the massacre of 163 farmers in 1982"), and they state no different
// amounts of one unit ("5,000 killed in 1994" / "300 killed in 1994" are
// two happenings of the year). The caller checks the document and places,
// and an event taking it only so must be the one that does (best, absorb).
func sameAnonymousDate(c *cluster, it *item) bool {
	if !it.strong || it.iv == nil || c.from == nil || !c.from.strong || c.iv == nil ||
		withinDay(it.gran) || it.gran != c.from.gran || !c.types[it.m.Type] ||
		len(it.all) > 0 || len(c.core) > 0 {
		return false
	}
	if !it.iv.Start.Equal(c.iv.Start) || !it.iv.End.Equal(c.iv.End) {
		return false
	}
	return !c.otherAmount(it)
}

// otherAmount reports whether it and a mention of c state amounts of one
// unit that do not overlap.
func (c *cluster) otherAmount(it *item) bool {
	for _, q := range it.m.Quantities {
		for _, o := range c.items {
			for _, p := range o.m.Quantities {
				if p.Unit == q.Unit && (p.Max < q.Min || q.Max < p.Min) {
					return true
				}
			}
		}
	}
	return false
}

// heldAnonymousDate reports whether it, a mention of c's document, tells
// c again by the weakest evidence of rule 3 though dated more coarsely:
// neither names an agent or counterpart, it is dated by its own
// expression to a month or a week and c by its own to a day or a time of
// day inside it, a mention of c of exactly its type names the act with a
// word of its trigger (event.SameWord: "her return to office in the May
// run-off" / "the victor of the May 4 run-off", "bodies found
// earlier this month" / "bodies found on December 2"; not "the clashes
// last month" / "an officer shot dead a fan on Thursday"), and they
// state no different amounts of one unit. Without an actor or the act's
// own word, the month's "militants kidnapped 100 people" stays apart from
// Sunday's kidnapping (otherSpan). An injury names no act ("hundreds were
// injured" in last year's attack is no victim of "the blasts left 150
// injured"), and a type a document tells many instances of
// (data/soletype.yaml) is left alone ("taking her fifth crown of the
// year on May 3" is none of "her two crowns in May"). The
// caller checks the document and places, and an event taking it only so
// must be the one that does (best, absorb).
func heldAnonymousDate(c *cluster, it *item) bool {
	if !it.strong || it.iv == nil || c.from == nil || !c.from.strong || c.iv == nil ||
		(it.gran != timex.Month && it.gran != timex.Week) || !withinDay(c.from.gran) ||
		!c.types[it.m.Type] || manyOfDay[it.m.Type] || it.m.Injury || len(it.all) > 0 || len(c.core) > 0 ||
		!holds(it.iv, c.iv) {
		return false
	}
	for _, o := range c.items {
		if o.m.Type == it.m.Type && !o.m.Injury && event.SameWord(o.m.Trigger, it.m.Trigger) {
			return !c.otherAmount(it)
		}
	}
	return false
}

// leadOfDay reports whether it, a mention of a symmetric act (a meeting,
// talks, a call, an agreement) dated only as the news of its publication
// day (no expression of its own), tells again the act c's lead tells: a
// mention of c of exactly its type, not background, is told in the
// document's lead (its first leadSentences sentences, which sum up what
// follows) with a word of its trigger (event.SameWord) and dated by its
// own expression to that very day, and it is told after the lead ("peace
// talks between the factions produced an agenda on Sunday" / "the
// government held fresh peace talks", far below). The caller checks the
// document and places, and an event taking it only so must be the one
// that does (best, absorb).
func leadOfDay(c *cluster, it *item) bool {
	if !Symmetric(it.m.Type) || it.strong || it.m.Basis != event.Publication || it.inRange || it.iv == nil ||
		it.dct.IsZero() || it.m.Sentence < leadSentences || c.from == nil || !c.from.strong || c.iv == nil ||
		!withinDay(c.from.gran) || !day(c.iv.Start).Equal(day(it.dct)) {
		return false
	}
	for _, o := range c.items {
		if o.m.Doc == it.m.Doc && o.m.Sentence < leadSentences && o.m.Type == it.m.Type && !o.m.Background &&
			o.strong && event.SameWord(o.m.Trigger, it.m.Trigger) {
			return !c.otherAmount(it)
		}
	}
	return false
}
