package merge

// agentsFromSentence gives each item that names no agent or counterpart
// the agents its sentence names for the other mentions of its
// compatibility row (typeKind): the act a nameless noun or clause tells
// is most often the one its sentence's subject does ("X landed in the
// port city on Friday, two days after starting a regional trip": the
// trip is X's). The item stays nameless for rule 3; these agents only keep the
// weak evidence of the place from joining it to another article's act of
// other agents (namedElsewhere).
func agentsFromSentence(items []*item) {
	type key struct {
		doc  string
		sent int
		kind string
	}
	named := map[key][]*item{}
	for _, it := range items {
		if len(it.core[0]) > 0 {
			k := key{it.m.Doc, it.m.Sentence, typeKind(it.m.Type)}
			named[k] = append(named[k], it)
		}
	}
	for _, it := range items {
		if len(it.core[1]) > 0 {
			continue
		}
		for _, d := range named[key{it.m.Doc, it.m.Sentence, typeKind(it.m.Type)}] {
			for a := range d.core[0] {
				addTo(&it.sentenceAgents, a)
			}
		}
	}
}

// namedElsewhere reports whether it, told by another article than c's
// and naming no agent itself, is told in a sentence whose other mentions
// of its row name agents (agentsFromSentence) none of which is, or is
// affiliated with, an agent of c: the place alone does not make another
// actor's act c's.
func (c *cluster) namedElsewhere(it *item, sameDoc bool, opt Options) bool {
	if sameDoc || len(it.sentenceAgents) == 0 || len(c.agents) == 0 {
		return false
	}
	for a := range it.sentenceAgents {
		if related(a, c.agents, opt.Affiliation) {
			return false
		}
	}
	return true
}
