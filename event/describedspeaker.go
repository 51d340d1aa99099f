package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// describedspeaker.go: a lead's reporting frame after the clause it
// reports may name its speaker only by what it is ("…, the flag carrier
// said Thursday", "…, the finance ministry said", "…, a company spokesman
// said"): the description stands for a body the clause names.

// Data lists (data/words.yaml): stateOffices are the nouns of a state's
// offices that speak for the state ("the foreign ministry", "the
// government"); speakerPosts are the posts that speak for the body a
// compound or a possessor names ("a company spokesman", "the cartel's
// chief").
var (
	stateOffices = wordList("state_offices")
	speakerPosts = wordList("speaker_posts")
)

// describedSpeaker returns the speaker a lead's subject c, a description
// naming no actor, stands for when the frame follows the clause it
// reports after a comma: a state's office, definite ("the finance
// ministry said", "the country's health ministry", "a foreign ministry
// official"), stands for the state the clause names most (salientState);
// a definite noun of a business or a body ("the British pharmaceutical
// firm", "the space agency", "a company spokesman") for the first
// organization of the clause that is no news medium. A post of
// speakerPosts passes to the noun that names its body, its only compound
// or possessor. A level of government ("the local government", "a
// provincial official") is no state, and a frame before its clause names
// no one ("the ministry said that"): "".
func (s *sent) describedSpeaker(c node, r int) string {
	tr := s.tr
	w := strings.ToLower(tr.w(c).Form)
	if tr.w(c).UPOS != "NOUN" {
		return ""
	}
	if s.namedModifier(c) {
		return "" // "the International Crisis group": a name the name finder missed
	}
	top, level := c, levelModified(s, c)
	if speakerPosts[w] {
		k := tr.kids(c, is("compound", "nmod:poss"))
		if len(k) != 1 || tr.w(k[0]).UPOS != "NOUN" {
			return ""
		}
		c, w = k[0], strings.ToLower(tr.w(k[0]).Form)
		if s.namedModifier(c) {
			return ""
		}
		level = level || levelModified(s, c)
	} else if !s.definiteNode(c) && len(tr.kids(c, is("nmod:poss"))) == 0 {
		return ""
	}
	start := s.phraseStart(top, r)
	if start-1 <= s.first || s.word(start-1) != "," {
		return ""
	}
	switch {
	case stateOffices[w]:
		if !level {
			return s.onlyState(start)
		}
	case companyNouns[w] || bodyNouns[w]:
		for k := s.first; k < start; k++ {
			a := s.d.actorAt[k]
			if a < 0 {
				continue
			}
			m := &s.d.in.Actors[a]
			if m.Kind == actor.Organization && !m.Location && !strings.HasPrefix(m.ActorID, actor.AgentPrefix) && !s.mediaNamed(m.ActorID) {
				return m.ActorID
			}
		}
	}
	return ""
}

// levelModified reports whether a modifier of the noun at n is a level of
// government below the state (levelAdjectives: "the local government",
// "a provincial official").
func levelModified(s *sent, n node) bool {
	for _, k := range s.tr.kids(n, modRels) {
		if levelAdjectives[strings.ToLower(s.tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// phraseStart returns the first token of the phrase of the subject top,
// a token before r: its words right before its head, back to a comma or
// a word outside it.
func (s *sent) phraseStart(top node, r int) int {
	toks := s.tokensOf(top)
	if len(toks) == 0 || toks[0] >= r {
		return -1
	}
	start := toks[0]
	for start-1 > s.first && s.word(start-1) != "," && s.inSubtree(start-1, top) {
		start--
	}
	return start
}

// onlyState returns the one state the tokens of the sentence before end
// name as an actor, not a place where something is, or as the state of a
// person they name; "" when they name none or several ("Turkish troops in
// Tirana": Turkey or Albania; "South Korea's minister will visit Japan").
func (s *sent) onlyState(end int) string {
	id := ""
	for k := s.first; k < end; k++ {
		a := s.d.actorAt[k]
		if a < 0 {
			continue
		}
		m := &s.d.in.Actors[a]
		state := m.ActorID
		switch {
		case m.Kind == actor.Person && strings.HasPrefix(m.Affiliation, "country:"):
			state = m.Affiliation // "South Korean Foreign Minister Yoo": South Korea
		case m.Kind != actor.Country || m.Location:
			continue
		}
		if id != "" && id != state {
			return ""
		}
		id = state
	}
	return id
}

// namedModifier reports whether a compound or an adjective of the noun at
// n is a proper noun: the phrase is a name, no description ("the
// International Crisis group", "a Mission Control spokesman").
func (s *sent) namedModifier(n node) bool {
	for _, k := range s.tr.kids(n, is("compound", "amod")) {
		if s.tr.w(k).UPOS == "PROPN" {
			return true
		}
	}
	return false
}
