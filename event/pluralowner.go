package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// pluralowner.go: a noun event told with a plural possessive and no agent
// of its own ("after their talks, X and Y signed three deals",
// "X and Y won approval for their merger") is done by the parties the
// clause has for subject: the noun is an oblique or object of that
// clause's verb, or a modifier of one (maxOwnerClimb). The subject must
// name several parties, or one body or state (a team's or a
// government's "their"); one person is no "their". A game's result is
// left to its own rules: "their 1-0 loss to X" is owned by the loser.

// pluralPossessives are the possessive pronouns that stand for several
// parties (data/words.yaml).
var pluralPossessives = wordList("plural_possessives")

// maxOwnerClimb is how many nominal modifiers ("approval for their
// merger") the walk from the noun to its clause's verb may pass.
const maxOwnerClimb = 2

// pluralOwners returns the parties a plural possessive on the noun event
// at n stands for: the subject of the clause the noun is an oblique or
// object of, nil when the noun has no such pronoun, the subject names no
// party, or only one person.
func (s *sent) pluralOwners(n node) []np {
	d := s.tr
	if d == nil || n == noNode {
		return nil
	}
	plural := false
	for _, k := range d.kids(n, is("nmod:poss")) {
		if pluralPossessives[strings.ToLower(d.w(k).Form)] {
			plural = true
		}
	}
	if !plural {
		return nil
	}
	c := n
	for step := 0; ; step++ {
		h, ok := d.head(c)
		if !ok {
			return nil
		}
		switch rel := baseRel(d.rel(c)); {
		case (rel == "obl" || rel == "obj") && d.verbal(h):
			return s.ownerSubject(h)
		case rel == "nmod" && step < maxOwnerClimb:
			c = h
		default:
			return nil
		}
	}
}

// ownerSubject returns the parties of the active nominal subject of the
// verb at h when they are several, or one body or state; nil otherwise.
func (s *sent) ownerSubject(h node) []np {
	var out []np
	for _, c := range s.tr.kids(h, is("nsubj")) {
		for _, p := range s.phraseActors(c, true) {
			if s.actor(p).Kind != actor.Place {
				out = append(out, p)
			}
		}
	}
	if len(out) == 1 && s.actor(out[0]).Kind == actor.Person {
		return nil
	}
	return out
}
