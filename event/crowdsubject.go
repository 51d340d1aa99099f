package event

import "strings"

// crowdSubject reports whether the verb at token i, or for a noun the
// light verb whose object it is, has for subject a crowd: a plural common
// noun that names people in its first WordNet senses, or a quantity of
// them ("supporters of the party held a rally", "3,000 people marched",
// "thousands of workers marched"; not "shares rallied"), in a sentence
// with no armed cue ("soldiers marched into the town" is no
// demonstration). A verb with an object is in another sense ("artists
// demonstrated their skills"). It is the crowd_subject option of data/triggers.yaml.
func (s *sent) crowdSubject(i int) bool {
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	if tr.w(n).UPOS == "VERB" && len(tr.kids(n, is("obj"))) > 0 {
		return false // "fans demonstrated their support": shown, not a demonstration
	}
	if tr.w(n).UPOS != "VERB" {
		// the noun's light verb; the parse may read a bare noun object
		// for an adverb ("held rally")
		h, ok := tr.head(n)
		if r := tr.rel(n); !ok || r != "obj" && r != "advmod" || !tr.lemmaIn(h, s.d.lx.light) {
			return false
		}
		n = h
	}
	return s.crowdActs(tr, n)
}

// crowdActs reports whether the verb at n has a crowd for subject, or a
// quantity of one ("thousands of workers"), in a sentence with no armed
// cue: the subject test of crowdSubject, and a crowd's act of force
// without arms (crowdForce).
func (s *sent) crowdActs(tr *tree, n node) bool {
	subjects := tr.kids(n, is("nsubj"))
	if h, ok := tr.head(n); ok && tr.rel(n) == "acl" && tr.rel(h) == "root" {
		subjects = append(subjects, h) // "3,000 people marched ...": the parse's reduced relative of a verbless sentence
	}
	for _, c := range subjects {
		if s.crowdNoun(tr, c) {
			return !s.armedCueIn()
		}
		for _, o := range tr.kids(c, is("nmod")) {
			if len(tr.kids(o, func(r string) bool { return r == "case" })) > 0 && s.crowdNoun(tr, o) {
				return !s.armedCueIn() // "thousands of workers"
			}
		}
	}
	return false
}

// crowdNoun reports whether n is a plural common noun naming people or a
// group of them ("supporters", "people", "students").
func (s *sent) crowdNoun(tr *tree, n node) bool {
	w := tr.w(n)
	if w.UPOS != "NOUN" {
		return false
	}
	lw := strings.ToLower(w.Form)
	plural := lw == "people" || strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss")
	return plural && bodyNoun(lw)
}

// armedCueBesides reports whether a word of the sentence outside the
// trigger t is an armed cue ("a car exploded during an air strike"; the
// "struck" of "a tram struck four cyclists" is no cue of its own).
func (s *sent) armedCueBesides(t *trigger) bool {
	for j := s.first; j < s.last; j++ {
		if (j < t.start || j >= t.end) && s.d.lemmaIn(s.low[j-s.first], armedCues) {
			return true
		}
	}
	return false
}

// armedCueIn reports whether a word of the sentence is an armed cue
// (armed_cues of data/words.yaml: "soldiers", "troops", "tanks").
func (s *sent) armedCueIn() bool {
	for j := s.first; j < s.last; j++ {
		if s.d.lemmaIn(s.low[j-s.first], armedCues) {
			return true
		}
	}
	return false
}

// crowdForce reports whether the verb trigger t has a crowd for subject
// ("protesters stormed the parliament", "hundreds of villagers stormed a
// police station"): with no weapon told, a crowd's use of force is a riot,
// the crowd type of its entry (frames.go; not "militants stormed a hotel",
// "the army stormed the town", which need an armed cue).
func (s *sent) crowdForce(t *trigger) bool {
	if t.noun {
		return false
	}
	tr, n, ok := s.treeAt(t.start)
	return ok && tr.w(n).UPOS == "VERB" && s.crowdActs(tr, n)
}
