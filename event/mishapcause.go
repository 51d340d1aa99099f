package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// mishapcause.go: deaths and injuries a mishap caused, told by a verb of
// force ("a stampede killed 40 pilgrims", "five climbers were killed in
// a fall", "a fire at the market killed 30"), are an accident's toll: no
// one killed them. With an agent ("gunmen killed") or an armed cue in the
// sentence ("killed in mortar fire", "soldiers set the house on fire")
// the verb stays a use of force.

// mishapCauses are the mishaps no one does (data/words.yaml mishap_causes).
var mishapCauses = wordList("mishap_causes")

// mishapCases are the prepositions by which a verb of force names its
// cause ("killed in a stampede", "injured during the crush";
// data/words.yaml mishap_cases).
var mishapCases = wordList("mishap_cases")

// mishapCause returns the mishap that caused the deaths or injuries the
// verb trigger t of a killing or an attack tells, with no agent and no
// armed cue besides t: its doer (eventDoer: subject, the noun a relative
// clause describes, or the subject of the clause a participle hangs on)
// or the "in", "during" or "by" oblique that gives its cause.
func (s *sent) mishapCause(t *trigger, m *Mention) (node, bool) {
	if t.noun || (m.Type != Killing && m.Type != Attack) || countRoles(m, Agent) > 0 || s.tree() == nil {
		return noNode, false
	}
	if s.armedCueBesides(t) {
		return noNode, false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return noNode, false
	}
	if d, ok := s.eventDoer(n); ok && s.mishapNoun(d) {
		return d, true
	}
	for _, k := range s.tr.kids(n, is("obl", "obl:agent")) {
		if mishapCases[s.tr.caseWord(k)] && s.mishapNoun(k) {
			return k, true
		}
	}
	return noNode, false
}

// mishapNoun reports whether n is a common noun naming a mishap
// (mishapCauses) with no "of" phrase of its own ("the fall of the
// government" is no mishap).
func (s *sent) mishapNoun(n node) bool {
	tr := s.tr
	if tr.w(n).UPOS != "NOUN" || !tr.lemmaIn(n, mishapCauses) {
		return false
	}
	return !tr.caseWordOf(n, "of")
}

// accidentBefore reports whether the previous sentence told an accident
// and the verb trigger t, of the lexicon's killing entries ("killed",
// "injured") and heading its sentence (mainClause), has no agent and its
// sentence no armed cue besides t: the deaths it tells are that
// accident's toll ("A bus crashed into a lorry. Six passengers were
// killed on the spot"). A disaster's sentence after is left alone: its
// verbs of force are as often of money or markets ("reinsurers were hit
// with costs").
func (s *sent) accidentBefore(t *trigger, m *Mention) bool {
	mem := &s.d.mem
	if t.noun || t.e.Type != Killing || m.Type != Killing || countRoles(m, Agent) > 0 {
		return false
	}
	if mem.mishap != Accident || mem.mishapSentence < 0 || mem.mishapSentence != s.index-1 || s.armedCueBesides(t) || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	return ok && s.mainClause(n)
}

// mainClause reports whether the verb n heads its sentence, by itself or
// coordinated with the verb that does ("Six were killed and one was
// injured"): a participle or a clause hung on another verb tells that
// verb's toll ("two houses fell down a week earlier, killing two").
func (s *sent) mainClause(n node) bool {
	switch s.tr.rel(n) {
	case "root":
		return true
	case "conj":
		h, ok := s.tr.head(n)
		return ok && s.tr.rel(h) == "root"
	}
	return false
}

// livelyClasses are the WordNet classes of a doer or a happening, not a
// thing: a subject of one of them tells no thing's mishap (whenMishap:
// "killed when police fired", "when clashes erupted").
var livelyClasses = map[wordnet.Class]bool{wordnet.Person: true, wordnet.Group: true, wordnet.Animal: true,
	wordnet.Act: true, wordnet.Event: true, wordnet.Communication: true, wordnet.Feeling: true, wordnet.Motive: true}

// whenMishap reports whether the verb trigger t of a killing or an
// attack, with no agent and no armed cue besides t, has a clause opened
// by "when" or "as" (whenMarks; on t's verb, a verb coordinated with it
// or the verb it is coordinated with) whose verb tells a thing's mishap:
// its subject a common noun WordNet knows and classes as no doer nor
// happening (livelyClasses), through a quantity's or a part's "of"
// phrase, and the verb no trigger of force of its own ("one worker was
// killed and six injured when part of a wall fell onto the road"):
// the deaths are an accident's toll. A bomb, a shell or a rocket is an
// armed cue and keeps the use of force ("killed when a rocket hit the
// house").
func (s *sent) whenMishap(t *trigger, m *Mention) bool {
	if t.noun || (m.Type != Killing && m.Type != Attack) || countRoles(m, Agent) > 0 || s.tree() == nil || s.armedCueBesides(t) {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	tr := s.tr
	verbs := append([]node{n}, tr.kids(n, is("conj"))...)
	if h, ok := tr.head(n); ok && tr.rel(n) == "conj" {
		verbs = append(verbs, h)
	}
	for _, v := range verbs {
		for _, c := range tr.kids(v, is("advcl", "parataxis")) {
			opened := whenMarks[tr.markWord(c)] || tr.hasDepWord(c, is("advmod"), func(f, _ string) bool { return whenMarks[f] })
			if !opened || s.violentTriggerAt(c) {
				continue // the parse may hang "when" as an adverb and its clause as parataxis
			}
			for _, k := range tr.kids(c, is("nsubj", "nsubj:pass")) {
				if k = s.thingOf(k); tr.w(k).UPOS != "NOUN" || s.violentTriggerAt(k) {
					continue
				}
				if cl, ok := wordnet.NounOfForm(strings.ToLower(tr.w(k).Form)); ok && !livelyClasses[cl] {
					return true
				}
			}
		}
	}
	return false
}

// thingOf returns the noun a part or quantity noun stands for by its "of"
// phrase ("part of a wall", "a piece of the roof", "tons of rock"),
// else n as partOf gives it.
func (s *sent) thingOf(n node) node {
	tr := s.tr
	if tr.w(n).UPOS == "NOUN" && tr.lemmaIn(n, partNouns) {
		if o := tr.ofNoun(n); o != noNode {
			return o
		}
	}
	return s.partOf(n)
}

// partNouns name a part of a thing (data/words.yaml part_nouns).
var partNouns = wordList("part_nouns")

// violentTriggerAt reports whether the word n carries a trigger of a use
// of force of the sentence.
func (s *sent) violentTriggerAt(n node) bool {
	for _, o := range s.triggers {
		if on, ok := s.triggerNode(o); ok && on == n && violentTypes[o.e.Type] {
			return true
		}
	}
	return false
}
