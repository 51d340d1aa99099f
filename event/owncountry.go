package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// owncountry.go: a speaker's own state named by a pronoun and a country
// noun ("Kim said his country stood ready to help", "her nation"): the
// state the person the pronoun stands for belongs to, told by that
// person's affiliation and named in the story before; none when the story
// names no such state (the most named one may be the other side: "met
// Iraqi leaders … his country sent aid to Iraq").

// personPossessives are the possessive pronouns of a person
// (data/words.yaml).
var personPossessives = wordList("person_possessives")

// ownCountry returns the mention of the state a country noun at n
// possessed by "his" or "her" stands for.
func (s *syntax) ownCountry(n node) (np, bool) {
	for _, k := range s.tr.kids(n, is("nmod:poss")) {
		if !personPossessives[strings.ToLower(s.tr.w(k).Form)] {
			continue
		}
		toks := s.tokensOf(k)
		if len(toks) == 0 {
			return np{}, false
		}
		i := toks[0]
		if m, ok := s.resolvePronoun(i, nil); ok && m.Affiliation != "" {
			for j := i - 1; j >= 0; j-- {
				if a := s.d.actorAt[j]; a >= 0 && s.d.in.Actors[a].ActorID == m.Affiliation && s.d.in.Actors[a].Kind == actor.Country {
					return s.mentionSpan(j, a), true
				}
			}
		}
		return np{}, false
	}
	return np{}, false
}
