package event

import "github.com/chronograph-news/chronograph/actor"

// visitorNamed returns the actors of the noun a present participle
// trigger t modifies, who do what it tells: "his visiting Japanese
// counterpart Shinzo Abe" (the participle an adjectival modifier of the
// noun) and "Hu met visiting Prime Minister Abe" (parsed as an open
// complement of a meeting verb right before it, with the name for its
// object: a meeting verb takes no such complement), whether the trigger
// reads as a verb or as a noun ("his visiting ..."). false when t is no
// such participle, the noun names no actor, or the sentence tells a game
// ("a visiting Angola team" plays away: cameo_games).
func (s *sent) visitorNamed(t *trigger) ([]np, bool) {
	d := s.tr
	n, ok := s.triggerNode(t)
	if !ok || d.w(n).XPOS != "VBG" || s.games() {
		return nil, false
	}
	h, ok := d.head(n)
	if !ok {
		return nil, false
	}
	switch d.rel(n) {
	case "amod":
		if n < h && d.nominal(h) {
			a := s.phraseActors(h, true)
			return a, len(a) > 0
		}
	case "xcomp":
		if h+1 == n && s.triggerOfType(h, Meeting) {
			for _, o := range d.kids(n, is("obj")) {
				a := s.phraseActors(o, true)
				return a, len(a) > 0
			}
		}
	}
	return nil, false
}

// attributiveParticiple reports whether the open complement c of the
// verb at n is a present participle set before a person's name the parse
// made its object, right after the verb: "met visiting Minister Lavrov"
// (the participle describes Lavrov; a verb's own -ing complement, "began
// visiting schools", takes no person's name).
func (s *syntax) attributiveParticiple(n, c node) bool {
	d := s.tr
	if c != n+1 || d.w(c).XPOS != "VBG" {
		return false
	}
	for _, o := range d.kids(c, is("obj")) {
		if o < c || d.w(o).UPOS != "PROPN" {
			return false
		}
		for _, p := range s.phraseActors(o, false) {
			if s.actor(p).Kind == actor.Person {
				return true
			}
		}
	}
	return false
}
