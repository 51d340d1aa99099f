package merge

import "github.com/chronograph-news/chronograph/event"

// boundOtherAct reports whether it and c, d sentences apart, are of no
// common type and one of them is told as done before the news of its day
// (event.PublicationBound: "had attacked", "after 14 soldiers were
// killed"; for c, the mention that dates it): nearness alone then names
// no referent, as the background a story gives is most often another act
// than the news told next to it ("the rebels had stormed a police post"
// beside "thirteen rebels were hanged"; "a rebel was captured alive"
// beside "one rebel was shot"). Such a mention still joins
// a nearby event of its own type ("the demonstrators had gathered to
// protest" / "the demonstrations"), an event it shares an actor with, and
// one told in its own sentence ("the bombing that had killed 20").
func (c *cluster) boundOtherAct(it *item, d int) bool {
	if d == 0 || c.types[it.m.Type] {
		return false
	}
	return it.m.Basis == event.PublicationBound || c.from != nil && c.from.m.Basis == event.PublicationBound
}
