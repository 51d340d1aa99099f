package merge

import (
	_ "embed"
	"fmt"
	"slices"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"gopkg.in/yaml.v3"
)

// joinSoleType merges each event whose mentions name no agent or
// counterpart, all told in one document, into the one other event of its
// bucket (rules 1 and 2) that its document tells with a mention of one of
// its types, when that event may take every one of its mentions
// (soleTypeTakes): an article that tells one summit and later speaks of
// "the discussions" on its day, naming no side, tells that summit again
// ("Leaders met in Brussels on Monday ... The talks on Monday were
// blunt"), however many sentences lie between them (anaphoraWindow only
// bounds the first pass, soleTypeWindow this one). An event to be dropped
// as anonymous (dropped: neither who nor when) counts for none. The
// event moved has a mention dated to its day (dayDated), or is made only
// of nouns told as done by its DCT stating no amount (boundNouns). When the
// document tells two events of the type, the mention is ambiguous and stays as it is; a market movement
// or sport result stating its own figures is one of its own (figure.go), and a
// type a document tells many instances of on one day (speech acts,
// results: data/soletype.yaml) is never joined so.
func joinSoleType(clusters []*cluster, x *index, opt Options) []*cluster {
	byDoc := byBucketDoc(clusters)
	for j := len(clusters) - 1; j >= 0; j-- {
		b := clusters[j]
		if b.dead || b.named() || len(b.docs) != 1 || b.figured() || manyOf(b) {
			continue
		}
		only, one := onlyPartner(byDoc, b, func(a *cluster) bool { return sharesType(a, b) && !dropped(a, opt) && !datedApart(a, b) })
		if !one || !slices.ContainsFunc(b.items, dayDated) && !boundNouns(b) || slices.ContainsFunc(b.items, func(it *item) bool { return !only.soleTypeTakes(it, opt) }) {
			continue
		}
		clusters = x.moveInto(only, b, clusters, j, opt)
	}
	return clusters
}

// soleTypeWindow is how many sentences apart a mention may be from the
// event joinSoleType gives it: an article tells one story over a dozen
// sentences or so, while a digest of many stories ("Mongolian President
// visits Tianjin" forty headlines below "the rapporteur's China tour")
// tells one of each type at each end.
const soleTypeWindow = 12

// boundLagDays is how many days before its DCT the event may be that a
// publication-bound mention of its article (told as done before the
// day's news, "the bomb that killed him") is taken to tell again: the
// week's news, not a happening of months before.
const boundLagDays = 7

// dayNewsLagDays is how many days before its DCT a happening may be that
// a mention dated only as the news of that day tells again, or that an
// event so dated is, when the other is its article's one mention of the
// type dated to a day by its own expression: the day's news tells the
// days before ("the talks ended Thursday" / "the two sides discussed",
// in Friday's article; "the attack was launched on Wednesday" / "the
// site is being attacked", on Sunday).
const dayNewsLagDays = 4

// lagBefore reports whether d lies on the day of dct or at most lag days
// before it.
func lagBefore(d, dct time.Time, lag int) bool {
	if dct.IsZero() {
		return false
	}
	return !d.After(day(dct)) && !d.Before(day(dct).AddDate(0, 0, -lag))
}

// sameOrUnknownDay reports whether it is dated to c's day; or one of
// them is dated only as the news of its DCT and the other, dated to a day
// by its own expression, at most dayNewsLagDays before it; or it is
// publication-bound (its day unknown, at most its DCT) while c's day is
// at most boundLagDays before its DCT.
func sameOrUnknownDay(it *item, c *cluster) bool {
	if dayNews(it) && !it.strong && c.from.strong {
		return lagBefore(day(c.iv.Start), it.dct, dayNewsLagDays)
	}
	if dayNews(c.from) && !c.from.strong && it.strong && withinDay(it.gran) {
		return lagBefore(day(it.iv.Start), c.from.dct, dayNewsLagDays)
	}
	if !nests(it.iv, c.iv) {
		return false
	}
	if it.m.Basis == event.PublicationBound && !it.dct.IsZero() {
		return lagBefore(day(c.iv.Start), it.dct, boundLagDays)
	}
	return withinDay(it.gran) && day(it.iv.Start).Equal(day(c.iv.Start))
}

// dayDated reports whether it is dated to its day, not told as done by
// its DCT: an event joinSoleType moves has one such mention, and those
// told as done go along with it ("the murder on Monday" / "the bomb that
// killed him"); told as done alone ("his forces had killed 1,000
// fighters", the week's toll) it is no retelling of the day's fighting.
func dayDated(it *item) bool { return it.m.Basis != event.PublicationBound }

// boundNouns reports whether every mention of b is a noun told as done
// by its DCT stating no amount: a back-reference to a happening of the
// days before ("told drivers to heed a deadly coach crash", a week
// after "the coach fell into a ravine"), which joinSoleType joins to its
// document's one event of its type as it does a mention dated to its day,
// not a week's toll told by a verb ("his forces had killed 1,000
// fighters").
func boundNouns(b *cluster) bool {
	return !slices.ContainsFunc(b.items, func(it *item) bool {
		return !it.m.Noun || it.m.Basis != event.PublicationBound || len(it.m.Quantities) > 0
	})
}

// manyOf reports whether b has a mention of a type of data/soletype.yaml.
func manyOf(b *cluster) bool {
	for t := range b.types {
		if manyOfDay[t] {
			return true
		}
	}
	return false
}

// sharesType reports whether a has a mention of a type of b's.
func sharesType(a, b *cluster) bool {
	for t := range b.types {
		if a.types[t] {
			return true
		}
	}
	return false
}

// soleTypeTakes reports whether it, a mention naming no agent or
// counterpart told in a document of c, may be c told again by the only
// evidence that c is its document's one event of its type: both are
// dated to one day (by their own expressions or as the news of the
// publication day; a year or a month is too coarse to tell the same
// happening: samedate.go decides those), or it is told as done by its
// DCT and c is of the days just before (sameOrUnknownDay); c itself
// must be dated to its day, not told as done by its DCT (a day unknown:
// "his forces had killed 1,000 fighters" is no report of the day's
// fighting); it is told at no other
// place, for no other span (otherSpan) and no other amount, and is no
// other instance of c's act (rule 6).
func (c *cluster) soleTypeTakes(it *item, opt Options) bool {
	if !c.docs[it.m.Doc] || it.iv == nil || c.iv == nil || c.distance(it.m) > soleTypeWindow {
		return false
	}
	if c.from == nil || !c.soleTypeDay(it) {
		return false
	}
	return !c.locationsConflict(it, opt) && !c.otherSpan(it) && !c.longBefore(it) && !c.otherAmount(it) &&
		!c.distinct(it, opt) && !c.apart(it) && !c.journeysApart(it, opt) && !c.statementsApart(it) && !c.tallyApart(it)
}

// soleTypeDay reports whether it may be c's happening by its day: c dated
// to its day (sameOrUnknownDay), or c told only as done by its DCT, its
// day unknown, and it dated by its own expression to a day of the
// boundLagDays before that DCT (boundDayOf).
func (c *cluster) soleTypeDay(it *item) bool {
	if c.from.m.Basis == event.PublicationBound {
		return boundDayOf(it, c)
	}
	return withinDay(c.from.gran) && sameOrUnknownDay(it, c)
}

// boundDayOf reports whether it, dated by its own expression to a day (or
// a time of day) at most boundLagDays before the DCT of c's first
// mention and naming the act with a word of c's (namesWith), gives the
// day of c, an event told only as done by that DCT (a mention told as
// done too goes along with it):
// the week's news told again without its day ("two men were acquitted a
// week ago" / "the way he was acquitted", in one article). A happening
// of months before is no such day, and one stating another amount is
// another act (soleTypeTakes: "his forces had killed 1,000 fighters" is
// no retelling of "three were killed on Sunday").
func boundDayOf(it *item, c *cluster) bool {
	if !nests(it.iv, c.iv) {
		return false
	}
	if it.m.Basis == event.PublicationBound {
		return true // told as done, as c is; its event has a mention dated to its day (dayDated)
	}
	return it.strong && withinDay(it.gran) && lagBefore(day(it.iv.Start), c.from.dct, boundLagDays) && c.namesWith(it)
}

// namesWith reports whether a mention of c names its act with a word of
// it's trigger (event.SameWord): without its day, a retelling names the
// act as the dated sentence did ("were acquitted" / "was acquitted",
// "today's arrests" / "have been arrested"), while "a quake on Tuesday"
// and "people displaced by floods", or "delegates voted on Sunday" and
// "he has withdrawn his candidacy", are two happenings of the week.
func (c *cluster) namesWith(it *item) bool {
	for _, o := range c.items {
		if event.SameWord(o.m.Trigger, it.m.Trigger) {
			return true
		}
	}
	return false
}

//go:embed data/soletype.yaml
var soleTypeYAML []byte

// manyOfDay holds the types of data/soletype.yaml: a document tells many
// instances of them on one day, so joinSoleType never joins them. It is
// read once and never changed.
var manyOfDay = mustTypeSet(soleTypeYAML, "soletype.yaml", "many")

// verbInstances holds the types of data/soletype.yaml's verb_instances:
// each verb of one tells its own instance (verbsApart). It is read once
// and never changed.
var verbInstances = mustTypeSet(soleTypeYAML, "soletype.yaml", "verb_instances")

// mustTypeSet reads the list of event types under key in the embedded
// data file name (merge/data/NAME); an unknown type there is a
// programming error.
func mustTypeSet(data []byte, name, key string) map[event.Type]bool {
	var file map[string][]event.Type
	if err := yaml.Unmarshal(data, &file); err != nil {
		panic(fmt.Errorf("merge/data/%s: %w", name, err))
	}
	set := map[event.Type]bool{}
	for _, t := range file[key] {
		if !t.Valid() {
			panic(fmt.Errorf("merge/data/%s: unknown type %q", name, t))
		}
		set[t] = true
	}
	return set
}

// verbsApart reports whether it, a verb of a type of data/soletype.yaml's
// verb_instances, would join c by nearness alone while c holds a verb of
// its type in another sentence of its document and none in its own: each
// such verb tells its own instance ("Rovers beat the Wanderers 2-1" / "the
// Harriers won 1-0 at home" two sentences below are two results of one
// round), while a noun may refer back ("the win").
func (c *cluster) verbsApart(it *item) bool {
	if it.m.Noun || !verbInstances[it.m.Type] {
		return false
	}
	verbs := false
	for _, o := range c.items {
		if o.m.Doc != it.m.Doc || o.m.Type != it.m.Type || o.anaphor || o.m.Noun {
			continue
		}
		if o.m.Sentence == it.m.Sentence {
			return false
		}
		verbs = true
	}
	return verbs
}
