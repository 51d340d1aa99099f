package event

import "github.com/chronograph-news/chronograph/actor"

// embark.go: who goes on or embarks on a noun event does it ("supporters
// went on the rampage", "teachers went on a hunger strike", "the army
// embarked on a disarmament exercise").

// embarkVerbs are the verbs whose subject sets out on the noun event of
// their "on" phrase (data/words.yaml).
var embarkVerbs = wordList("embark_verbs")

// embarkCases mark the phrase of an embarkVerbs verb that names the event.
var embarkCases = wordList("embark_cases")

// embarkedBy returns the actors of the nominal subject of the embarkVerbs
// verb whose "on" phrase is the noun event at n, but a person named only by
// a word before the subject's noun (a name read in "Young people"); none
// for a trial, which its defendant goes on without doing it.
func (s *sent) embarkedBy(t *trigger, n node) []np {
	d := s.tr
	if t.e.Type == Trial || baseRel(d.rel(n)) != "obl" || !embarkCases[d.caseWord(n)] {
		return nil
	}
	h, ok := d.head(n)
	if !ok || !d.verbal(h) || !d.lemmaIn(h, embarkVerbs) {
		return nil
	}
	var out []np
	for _, k := range d.kids(h, is("nsubj")) {
		for _, p := range s.phraseActors(k, true) {
			if s.actor(p).Kind == actor.Person && !s.spans(p, k) {
				continue // "Young people went on a rampage": no person Young
			}
			out = append(out, p)
		}
	}
	return out
}

// spans reports whether the actor phrase p holds the word at k.
func (s *sent) spans(p np, k node) bool {
	for i := p.start; i < p.end; i++ {
		if w, ok := s.treeNode(i); ok && w == k {
			return true
		}
	}
	return false
}
