package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// treeroles.go: participants the dependency tree gives beyond a verb's
// own named subject and complements: a personal pronoun subject resolved
// to the person it stands for.

// pronounReach is how many tokens before a pronoun resolvePronoun looks
// for the person it stands for (about three sentences).
const pronounReach = 80

// pronounSubject returns the token of the personal pronoun ("he", "she")
// the tree gives as the subject of the verb at n, or of the verb it is
// coordinated with or controlled by ("he arrived and met"), and whether
// the subject is passive; -1 when the subject is no such pronoun.
func (s *sent) pronounSubject(n node) (int, bool) {
	d := s.tr
	for depth := 0; depth < 4; depth++ {
		if k := d.kids(n, is("nsubj", "nsubj:pass")); len(k) > 0 {
			c := k[len(k)-1]
			w := strings.ToLower(d.w(c).Form)
			if w != "he" && w != "she" {
				return -1, false
			}
			toks := s.tokensOf(c)
			if len(toks) == 0 {
				return -1, false
			}
			return toks[0], d.rel(c) == "nsubj:pass"
		}
		h, ok := d.head(n)
		if !ok {
			return -1, false
		}
		switch d.rel(n) {
		case "xcomp", "conj":
			n = h
			continue
		}
		return -1, false
	}
	return -1, false
}

// resolvePronoun returns the actor mention a "he" or "she" at token i
// stands for: the nearest person named before it, within pronounReach
// tokens, who is not in exclude (the other parties of its clause).
func (s *sent) resolvePronoun(i int, exclude map[string]bool) (actor.Mention, bool) {
	for j, n := i-1, 0; j >= 0 && n < pronounReach; j, n = j-1, n+1 {
		a := s.d.actorAt[j]
		if a < 0 {
			continue
		}
		m := s.d.in.Actors[a]
		if m.Kind == actor.Person && !exclude[m.ActorID] {
			return m, true
		}
	}
	return actor.Mention{}, false
}
