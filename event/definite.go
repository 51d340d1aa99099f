package event

import "strings"

// oneHappeningPlurals names plural nouns that tell one happening ("the
// talks", "the negotiations"): under "the" they are as definite as a
// singular (data/words.yaml).
var oneHappeningPlurals = wordList("one_happening_plurals")

// bareNounRels are the only relations a definite noun's dependents may
// bear (definiteNoun): its article, its preposition, punctuation and a
// relative clause telling more of it ("the summit, which began late").
// A modifier picks an instance of its own ("the first meeting with the
// queen", "the U.S. seizure", "the meeting of transport ministers in
// June"), which the article may not have told.
var bareNounRels = map[string]bool{"det": true, "case": true, "punct": true, "acl:relcl": true}

// definiteNoun reports whether the noun trigger t is a definite noun
// phrase that names its act as the one of its kind the reader knows:
// "the" and nothing else that picks an instance (no number, possessor,
// modifier or other determiner: bareNounRels), singular or one of oneHappeningPlurals ("Toure
// opened the summit", "the talks ended"). Such a noun, when its article
// tells one event of its type, is that event, whoever its sentence makes
// act (merge: definite.go; Mention.Definite).
func (s *sent) definiteNoun(t *trigger) bool {
	if !t.noun || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	tr := s.tree()
	if w := tr.w(n); w.UPOS != "NOUN" || tr.barePluralOf(n) && !tr.lemmaIn(n, oneHappeningPlurals) {
		return false
	}
	if len(tr.kids(n, func(r string) bool { return !bareNounRels[r] })) > 0 {
		return false // "the two summits", "Putin's visit", "the meeting of transport ministers"
	}
	dets := tr.kids(n, is("det"))
	return len(dets) == 1 && strings.EqualFold(tr.w(dets[0]).Form, "the")
}
