package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// visitorNamed returns the actors of the noun a present participle
// trigger t modifies, who do what it tells: "his visiting Japanese
// counterpart Shinzo Abe" (the participle an adjectival modifier of the
// noun) and "Hu met visiting Prime Minister Abe" (parsed as an open
// complement of a meeting verb right before it, with the name for its
// object: a meeting verb takes no such complement), "talks with visiting
// British detectives" (parsed as a verb with the noun for its object:
// attributiveVisitor), whether the trigger
// reads as a verb or as a noun ("his visiting ..."). false when t is no
// such participle, the noun names no actor, or the sentence tells a game
// ("a visiting Angola team" plays away: cameo_games).
func (s *sent) visitorNamed(t *trigger) ([]np, bool) {
	d := s.tr
	n, ok := s.triggerNode(t)
	if !ok || d.w(n).XPOS != "VBG" || s.games() {
		return nil, false
	}
	if o, ok := s.attributiveVisitor(n); ok && t.e.Type == Visit {
		if a := s.phraseActors(o, true); len(a) > 0 {
			return a, true
		}
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

// attributiveLeads are the words that, right before a present participle
// the parse reads as a verb with an object, show it an adjective of that
// noun ("with visiting British detectives", "Aso and visiting US
// diplomats", "a visiting envoy"): a clause of its own opens with a
// subordinator ("after visiting Washington"), never with these
// (data/words.yaml).
var attributiveLeads = wordList("attributive_leads")

// attributiveVisitor returns the noun the participle at n describes when
// the parse made it the participle's object though a word of
// attributiveLeads stands right before the participle and the noun's
// phrase, a common noun or a person's name, follows it at once: "a joint
// inquiry with visiting British detectives" — the detectives visit; not
// "resigning and leaving the United States". False otherwise.
func (s *sent) attributiveVisitor(n node) (node, bool) {
	d := s.tr
	toks := s.tokensOf(n)
	if len(toks) == 0 || !attributiveLeads[s.word(toks[0]-1)] {
		return noNode, false
	}
	for _, o := range d.kids(n, is("obj")) {
		if o < n || firstOfSubtree(d.words, int(o)) != int(n)+1 || !d.nominal(o) {
			continue
		}
		if d.w(o).UPOS == "NOUN" {
			return o, true // "visiting British detectives"
		}
		for _, p := range s.phraseActors(o, true) {
			if s.actor(p).Kind == actor.Person {
				return o, true // "visiting Foreign Minister Lavrov"; not "leaving the United States"
			}
		}
	}
	return noNode, false
}

// receptionHead returns the verb the parse hangs the visiting participle at
// n on when that verb stands right before it and is one of
// attributiveLeads ("Hu received visiting President Kibaki", "met visiting
// envoys"): a reception, whose subject hosts the visitor.
func (s *sent) receptionHead(n node) (node, bool) {
	h, ok := s.tr.head(n)
	if !ok || h != n-1 || s.tr.w(h).UPOS != "VERB" || !attributiveLeads[strings.ToLower(s.tr.w(h).Form)] {
		return noNode, false
	}
	return h, true
}
