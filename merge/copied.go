package merge

// copied reports whether the sentence and trigger of it are word for word
// one of c's of another article: a wire story copied a day later is the same
// report, whatever day each article is dated by.
func (c *cluster) copied(it *item) bool {
	return it.quote != 0 && c.quotes[it.quote] && !c.docs[it.m.Doc]
}
