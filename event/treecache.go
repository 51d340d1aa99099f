package event

// The rules of one sentence read the trees of the sentences before it too
// (the pair "the two leaders" stands for, a group pronoun's antecedent, the
// topic of an earlier sentence), each through a syntax of its own, and the
// sentence's own syntax may be made more than once: without a memory of
// the trees made, each of those parsed its sentence again (about one parse
// in seven of a build). A document keeps the trees of its most recent
// sentences (treeCacheSize, by sentence index), so that a sentence is
// parsed once however many syntaxes read it, and memory holds a handful of
// trees however long the document.

// treeCacheSize is how many sentences' trees a document keeps: the rules
// look back a few sentences at most (pairSentences, topicDepth).
const treeCacheSize = 16

// treeCache holds the trees of the most recent sentences parsed, a slot
// per sentence index modulo treeCacheSize.
type treeCache struct {
	slots [treeCacheSize]cachedTree
}

// cachedTree is one slot of a treeCache: the tree of sentence index (nil
// when the parse gave none), valid when set.
type cachedTree struct {
	index int
	set   bool
	tr    *tree
}

// get returns the tree kept for sentence index, if any.
func (c *treeCache) get(index int) (*tree, bool) {
	e := &c.slots[index%treeCacheSize]
	if !e.set || e.index != index {
		return nil, false
	}
	return e.tr, true
}

// put keeps tr as the tree of sentence index.
func (c *treeCache) put(index int, tr *tree) {
	c.slots[index%treeCacheSize] = cachedTree{index: index, set: true, tr: tr}
}
