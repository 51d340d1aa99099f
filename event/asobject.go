package event

import "github.com/chronograph-news/chronograph/actor"

// asobject.go (grammar): names the parse hangs where a verb's object
// belongs when a verb takes several objects each with an "as" phrase
// ("named Shoigu as defence minister and Lavrov as foreign minister"):
// the first name read as a complement clause, the next joined to the
// office before it.

// nameComplement reports whether c, an xcomp of the verb at n, is a
// person's name standing alone where the verb has no object ("named
// Shoigu as minister" read as "named [Shoigu]"): the verb's object.
func (s *syntax) nameComplement(n, c node) bool {
	d := s.tr
	if len(d.kids(n, is("obj"))) > 0 || d.w(c).UPOS != "PROPN" {
		return false
	}
	p, ok := s.actorWord(c)
	return ok && s.actor(p).Kind == actor.Person
}

// officeConjuncts returns the conjuncts of the "as" phrase at c that are
// persons' names themselves, followed by an "as" phrase of their own
// ("as defence minister and Lavrov as foreign minister"): not a second
// office but a second appointee. A name that only qualifies a conjunct
// ("as minister and Putin's envoy") is none.
func (s *syntax) officeConjuncts(c node) []node {
	d := s.tr
	var out []node
	for _, k := range d.kids(c, is("conj")) {
		if d.w(k).UPOS != "PROPN" {
			continue
		}
		p, ok := s.actorWord(k)
		if !ok || s.actor(p).Kind != actor.Person {
			continue
		}
		toks := s.tokensOf(k)
		if len(toks) == 0 || s.word(toks[len(toks)-1]+1) != "as" {
			continue
		}
		out = append(out, k)
	}
	return out
}
