package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// namedsite.go: a place named inside the name of a body the gazetteer
// does not know ("the Boao Forum for Asia", "the Kestria Centre for
// Brovia") is a word of that name, not where the event happens nor a
// party to it. "of" stays out: "the University of Baghdad" stands where
// it is named.

// nameJoiners join a body's head noun to the place it is named for
// (data/words.yaml).
var nameJoiners = wordList("name_joiners")

// inBodyName reports whether the place or country p stands right after a
// nameJoiners word that follows a capitalized common noun, itself after
// "the" or another capitalized word ("the Forum for Asia", "Boao Forum
// for Asia"), not opening the sentence: the end of the name of a body
// the recognizer cut before "for" ("Boao Forum"), or a noun that is no
// actor, no title and no time. "Minister for Brovia" keeps its
// state, "called Monday for Brovia to act" and "arrived in Russia for
// Brovia talks" their party.
func (s *syntax) inBodyName(p np) bool {
	if k := s.actor(p).Kind; k != actor.Place && k != actor.Country || p.start-3 < s.first || !nameJoiners[s.word(p.start-1)] {
		return false
	}
	j := p.start - 2
	w := s.tok(j).Text
	if !capitalized(w) || w == strings.ToUpper(w) || s.sentenceStart(j) {
		return false
	}
	if a := s.d.actorAt[j]; a >= 0 && s.d.in.Actors[a].Kind != actor.Organization {
		return false // "arrived in Russia for Brovia talks"
	} else if a < 0 {
		lw := strings.ToLower(w)
		if titleWord(lw) || stateNouns[lw] || countryNouns[lw] || settlementNouns[lw] || timeHeads[lw] {
			return false
		}
	}
	// the head opens a name: "the Forum for", "Boao Forum for"; not
	// "called Monday for", "left here on Friday for"
	b := s.tok(j - 1).Text
	return j-1 >= s.first && (strings.EqualFold(b, "the") || capitalized(b) && !s.sentenceStart(j-1))
}
