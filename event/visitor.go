package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// visitor.go: the visitor of a visit noun that names none of its own
// ("He was detained on a visit to friends", "she said at the start of a
// week-long visit to Oslo", "he returned on Thursday from a visit to
// Seoul"): the person the clause the visit is the occasion of has for
// subject (visitorOf).

// visitorCases are the prepositions that set a visit noun as the occasion
// of its clause's verb, made by the verb's subject ("detained on a visit",
// "said during a visit", "returned from a visit"; data/words.yaml). Not
// "before" or "ahead of": "police sealed the square before a visit" tells
// what others do for it.
var visitorCases = wordList("visitor_cases")

// visitPhaseNouns name a part of an event its "of" phrase names, the
// occasion of the clause in its stead ("at the start of a visit", "on the
// last day of a visit"; data/words.yaml).
var visitPhaseNouns = wordList("visit_phase_nouns")

// visitorOf returns the person who makes the visit noun at n when the noun
// (or a phase of it: visitPhaseNouns) is an oblique of a verb marked by
// one of visitorCases, directly or through the time the parse hangs it
// on ("returned Thursday from a visit"): the verb's one subject, a named
// person or a "he"/"she" that stands for one (resolvePronoun; seen
// excluded). False when the verb has an object that is a person or a
// pronoun ("police arrested him during a visit": the object is the
// visitor, the subject is not), when the subject is no person ("police
// were deployed during a visit"), or when a definite visit is what an
// "on" phrase speaks of ("commented on the trip").
func (s *sent) visitorOf(n node, seen map[string]bool) (actor.Mention, bool) {
	d := s.tr
	occ := n
	if h, ok := d.head(n); ok && baseRel(d.rel(n)) == "nmod" && d.caseWord(n) == "of" &&
		d.lemmaIn(h, visitPhaseNouns) {
		occ = h // "at the start of a visit"
	}
	if !visitorCases[d.caseWord(occ)] || occ == n && d.caseWord(n) == "on" && s.definiteNode(n) {
		// "commented on the trip": what was spoken of, no occasion
		return actor.Mention{}, false
	}
	v, ok := d.head(occ)
	if !ok {
		return actor.Mention{}, false
	}
	if baseRel(d.rel(occ)) == "nmod" && s.timeNode(v) && baseRel(d.rel(v)) == "obl" {
		// "returned on Thursday from a visit": the parse hangs the
		// occasion on the time before it
		occ = v
		v, ok = d.head(v)
		if !ok {
			return actor.Mention{}, false
		}
	}
	if baseRel(d.rel(occ)) != "obl" || !d.verbal(v) {
		return actor.Mention{}, false
	}
	for _, o := range d.kids(v, is("obj", "iobj")) {
		if d.w(o).UPOS == "PRON" {
			return actor.Mention{}, false
		}
		for _, p := range s.phraseActors(o, false) {
			if s.actor(p).Kind == actor.Person {
				return actor.Mention{}, false
			}
		}
	}
	subj := d.kids(v, is("nsubj", "nsubj:pass"))
	if len(subj) != 1 {
		return actor.Mention{}, false
	}
	if w := strings.ToLower(d.w(subj[0]).Form); w == "he" || w == "she" {
		toks := s.tokensOf(subj[0])
		if len(toks) == 0 {
			return actor.Mention{}, false
		}
		return s.resolvePronoun(toks[0], seen)
	}
	ps := s.phraseActors(subj[0], true)
	if len(ps) != 1 {
		return actor.Mention{}, false
	}
	if m := s.actor(ps[0]); m.Kind == actor.Person && !seen[m.ActorID] {
		return m, true
	}
	return actor.Mention{}, false
}
