package merge

import (
	"slices"

	"github.com/chronograph-news/chronograph/event"
)

// arrivalApart reports whether it and c are an arrival naming no one and
// a meeting told in other sentences: a visit told by a verb naming no
// agent or counterpart ("15 leaders arrived in the capital on Thursday",
// "reporters have arrived in the capital") is no part of a meeting or
// talks told at its place on its day in another sentence ("the president
// held talks with his guest in the capital on Thursday"), which the weak
// evidence of place and day alone would join it to; it joins an event
// holding a visit, or one told in its sentence ("the envoy, who arrived
// on Wednesday, made the pledge during a meeting with the premier").
// Likewise an event made only of such arrivals takes no meeting of
// another sentence. A named traveller's arrival still joins the talks he
// holds (rule 3: "Vell arrived in Osk" / "Vell met Osk's premier").
func (c *cluster) arrivalApart(it *item) bool {
	inSentence := func(x *item) func(*item) bool {
		return func(o *item) bool { return o.m.Doc == x.m.Doc && o.m.Sentence == x.m.Sentence }
	}
	if it.m.Type == event.Visit {
		return anonymousArrival(it) && !slices.ContainsFunc(c.items, func(o *item) bool { return o.m.Type == event.Visit }) &&
			!slices.ContainsFunc(c.items, func(o *item) bool { return o.m.Type != event.Visit && inSentence(it)(o) })
	}
	if !Symmetric(it.m.Type) && it.m.Type != event.Negotiation {
		return false
	}
	return !slices.ContainsFunc(c.items, func(o *item) bool { return !anonymousArrival(o) || inSentence(it)(o) })
}

// anonymousArrival reports whether it is a visit told by a verb naming no
// agent or counterpart.
func anonymousArrival(it *item) bool {
	return it.m.Type == event.Visit && !it.m.Noun && len(it.all) == 0
}
