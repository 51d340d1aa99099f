package merge

import "github.com/chronograph-news/chronograph/event"

// anchored returns it as its event b dates it, for the absorb pass
// (accepts): a mention with no time expression of its own, told as done
// by its article's DCT (event.PublicationBound), that joined an event b
// dates to a day by another mention's own expression is that day's act,
// and is judged by that day, not as any day up to its article's DCT,
// when b is weighed against another article's event. "Vell, freed on the
// eve of his trial, spoke on Saturday" followed by "before being released
// on Thursday" is Thursday's release, the one another article, published
// a day earlier, tells with "Vell, freed on Thursday, flew home" (rule 5
// keeps a mention with no date of its own from joining an event of
// another DCT's article; its event's own date of the act lifts that). It
// returns it itself otherwise: a mention dated by its document's range
// stays as it is, and so does one whose event is dated by its
// publication or to more than a day.
func (b *cluster) anchored(it *item) *item {
	f := b.from
	if it.strong || it.inRange || it.m.Basis != event.PublicationBound ||
		f == nil || f == it || !f.strong || f.iv == nil || !withinDay(f.gran) {
		return it
	}
	a := *it
	a.iv, a.gran, a.value, a.strong = f.iv, f.gran, f.value, true
	return &a
}

// newsOfItsDay reports whether it, a verb of another article dated
// only as its article's news (event.Publication, no expression of its
// own), may be weighed against c although no article of c shares its DCT
// (rule 5): c is dated by its own expression to exactly that DCT's day.
// "Vell arrived in the capital" in an article of Thursday is the arrival
// another article, of Friday, tells as "Vell arrived here on Thursday".
// Only a shared actor then joins them (score): the day alone is no
// evidence across articles. A noun so dated tells no news of its day
// ("Ardenian offensives after the leader's death", "the massacres" of a
// quoted statement): it is weighed as rule 5 says.
func (c *cluster) newsOfItsDay(it *item) bool {
	f := c.from
	if it.strong || it.inRange || it.m.Noun || it.m.Basis != event.Publication || it.dct.IsZero() ||
		f == nil || !f.strong || f.iv == nil || !withinDay(f.gran) {
		return false
	}
	return day(f.iv.Start).Equal(day(it.dct)) && day(f.iv.End).Equal(day(it.dct))
}
