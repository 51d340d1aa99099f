package merge

import "github.com/chronograph-news/chronograph/event"

// boundSaying reports whether it, of a type a document tells many
// instances of (data/soletype.yaml: statements, appeals, pledges,
// criticisms, results) and told as done before the news of its day
// (event.PublicationBound: "has long called for", "has vowed", "after
// Hamas denounced the move"), lies in another sentence of c's document:
// its doer's sharing is then no evidence that it is c's act, as a speaker
// says many things and a side plays many matches ("the minister called on
// Friday for talks" / "he has long called for a new order"). Such a
// mention joins an event of its own sentence, or of another article by a
// copied sentence, as before.
func (c *cluster) boundSaying(it *item) bool {
	if it.m.Basis != event.PublicationBound || !manyOfDay[it.m.Type] || !c.docs[it.m.Doc] {
		return false
	}
	return c.distance(it.m) > 0
}
