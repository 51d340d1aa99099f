package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// generic.go: triggers that, on the dependency tree, tell what happens as
// a rule or a kind of event rather than one happening (cues in
// data/modality.yaml): such mentions are background (Mention.Background).

// treeGeneric reports whether the tree shows trigger t telling what
// happens as a rule, not one event: a relative clause in the present with
// no date ("militants who are firing rockets"), a plural counted by a
// quantifier ("some of the elections"), a run of events with no date of
// its own ("a series of attacks": seriesNouns), a habitual adverb on its verb
// ("rebels have frequently targeted security forces for much
// of the past decade"; "repeatedly" only in the perfect: "has repeatedly
// denied") or a recurring time on it or its verb ("one
// earthquake every day": setTimed) or the past habit of "used to" ("Israel used to
// demand his release": usedTo) or the generic "you" of a verb in the
// present ("you lose a third of the crop": genericYou), a periodic adjective on its noun with no date of
// its own ("the annual exercises held under the treaty"), a plural summed
// by an adjective of time past with no date of its own ("the Taliban's recent
// attacks": summing), or a bare plural
// noun with no date of its own that an experience verb governs, not as
// its light verb ("Israel has had bad experiences with ceasefires"), or
// a plural subject counted by a quantifier of a verb in the present
// ("most bombings are blamed on the rebels": quantifiedSubject), or
// the subject of a noun or adjective predicate in the present ("free
// elections are the only way out", "talks are essential": kindPredicate),
// or of a verb in the simple present with an indefinite "of" object ("the
// launch of a satellite costs $6 million": indefiniteKindSubject); and
// what is no act at all: a lasting activity's bare participle right after
// a noun ("rebels fighting the regime":
// describingParticiple), a noun held in the present ("we have an
// agreement"), a verbal act's participle modifying a noun ("accused
// soldiers") or any bare past participle before its noun ("the elected
// legislature").
func (s *sent) treeGeneric(t *trigger, m *Mention, own bool) bool {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return false
	}
	d, cues := s.tr, theModality
	p := n
	if d.nominal(n) {
		if h, ok := d.head(n); ok && d.verbal(h) {
			p = h
		}
	}
	if d.usedTo(p) || d.genericYou(p) {
		return true
	}
	if s.setTimed(n) || p != n && s.setTimed(p) {
		return true // "there is at least one earthquake every day"
	}
	for depth := 0; depth < 3; depth++ {
		for _, k := range d.kids(p, is("advmod")) {
			if d.lemmaIn(k, cues.habitual) || cues.repeated[strings.ToLower(d.w(k).Form)] && s.ownPerfect(p) {
				return true
			}
		}
		// the verb a non-finite clause depends on: "often responds to
		// drills with tests", "frequently launched attacks and killed"
		h, ok := d.head(p)
		if r := baseRel(d.rel(p)); !ok || d.finite(p) || (r != "xcomp" && r != "conj" && r != "advcl") {
			break
		}
		p = h
	}
	if !d.nominal(n) {
		if d.describingParticiple(n) {
			return true // "rebels fighting the regime": what the rebels are doing, no act told
		}
		if !own && d.kindSubject(n) {
			return true // "where two rivers meet", "when bombs go off": what happens as a rule
		}
		if d.rel(n) == "acl:relcl" && !own && d.present(n) {
			return true // "militants who are firing rockets", "troops who take part in exercises"
		}
		// "accused individuals": a verbal act's participle modifying a
		// noun; "the elected legislature", "the deployed troops": any
		// bare past participle before its noun describes it ("the
		// visiting minister" is on a visit) (not a clause the
		// parse hung on a noun: "since he was elected president in
		// January")
		if d.rel(n) != "amod" {
			return false
		}
		return len(m.CAMEO) >= 2 && cues.verbalRoots[m.CAMEO[:2]] ||
			d.w(n).XPOS == "VBN" && len(d.kids(n, func(r string) bool { return r != "advmod" && r != "punct" })) == 0
	}
	if h, ok := d.head(n); ok && !own && d.rel(n) == "nsubj" && d.kindSubject(h) {
		return true // "when bombs go off": bombs of a kind, none told
	}
	if !own && d.standingState(n) {
		return true // "the town, which is under siege": a state, no attack
	}
	if h, ok := d.head(n); ok && d.barePluralOf(n) && d.rel(n) == "nmod" && d.caseWord(n) == "of" && d.lemmaIn(h, cues.quantifiers) {
		return true // "some of the elections": several, none told
	}
	if h, ok := d.head(n); ok && !own && d.rel(n) == "nmod" && d.caseWord(n) == "of" && d.lemmaIn(h, seriesNouns) {
		return true // "the latest in a series of attacks on oil installations": several, none told
	}
	if h, ok := d.head(n); ok && d.deonticKind(n, cues.quantifiers) && !d.lemmaIn(h, s.d.lx.light) && !d.lemmaIn(h, cues.occurrence) {
		// "all appeals should be heard in open trials", whatever day the
		// rule was told; "could launch attacks" is one planned event
		return true
	}
	if !own && d.quantifiedSubject(n, cues.quantifiers) {
		return true // "most bombings in the country are blamed on the rebels"
	}
	if h, ok := d.head(n); ok && !own && baseRel(d.rel(n)) == "obj" && d.isLemma(h, "have") && d.presentSimple(h) {
		return true // "we have an agreement": a state, not a happening
	}
	for _, k := range d.kids(n, is("amod")) {
		if d.lemmaIn(k, cues.periodic) && !own {
			return true
		}
		if d.lemmaIn(k, cues.summing) && !own && d.barePluralOf(n) {
			return true // "the rebels' recent attacks": several told as one sum
		}
	}
	if !own && d.barePluralOf(n) && baseRel(d.rel(n)) != "nsubj" {
		for _, k := range d.kids(n, is("amod", "det")) {
			if d.lemmaIn(k, cues.summingCounts) {
				return true // "implicated in several bomb attacks": several told as one sum
			}
		}
	}
	if !own && d.barePlural(n) && d.kindPredicate(n) {
		return true // "Free elections are the only way out of the crisis"
	}
	if !own && d.indefiniteKindSubject(n) {
		return true // "the launch of a satellite costs $6 million" (kindsubject.go)
	}
	if !d.barePlural(n) || own || t.anchor >= 0 {
		return false // "had talks with Xi": a light verb tells one event
	}
	for cur, depth := n, 0; depth < 3; depth++ {
		h, ok := d.head(cur)
		if !ok {
			return false
		}
		switch {
		case d.verbal(h) && (baseRel(d.rel(cur)) == "obj" || baseRel(d.rel(cur)) == "obl"):
			return d.lemmaIn(h, cues.experience)
		case d.nominal(h) && baseRel(d.rel(cur)) == "nmod":
			cur = h // "experiences with ceasefires"
		default:
			return false
		}
	}
	return false
}

// describingParticiple reports whether the verb n is the bare present
// participle of a lasting activity (data/modality.yaml describing) right
// after a noun (no auxiliary or marker stands between them): a
// reduced relative clause saying what the noun's people are doing ("eastern
// rebels fighting the military rulers", "5,000 soldiers battling
// militias"), whatever clause the parse hangs it on. "Were fighting",
// "while fighting" and "began fighting" tell the fighting, and so does a
// noun the parse took for a participle after a frame word
// (data/modality.yaml frames: "during Vellish-Oskan fighting").
func (t *tree) describingParticiple(n node) bool {
	if n == 0 || t.w(n).XPOS != "VBG" || !t.lemmaIn(n, theModality.describing) {
		return false
	}
	if u := t.w(n - 1).UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	noun := n - 1
	for k := 0; k < maxTreeWalk && (t.rel(noun) == "flat" || t.rel(noun) == "compound"); k++ {
		h, ok := t.head(noun)
		if !ok {
			break
		}
		noun = h
	}
	if theModality.frames[t.caseWord(noun)] {
		return false // "during Vellish-Oskan fighting", the noun misread as a participle
	}
	return true
}

// standingState reports whether the noun event n is a state its subject
// is in (data/modality.yaml state_cases): bare, marked "under", and a predicate
// with a copula ("the town, which is under siege"), a modifier of a noun
// ("a city under blockade") or the oblique of a stative verb ("remained
// under siege"); "came under attack" tells one attack.
func (t *tree) standingState(n node) bool {
	if !theModality.stateCases[t.caseWord(n)] {
		return false
	}
	if len(t.kids(n, is("det"))) > 0 {
		return false // "made the announcement under an agreement with the party"
	}
	if len(t.kids(n, is("cop"))) > 0 || baseRel(t.rel(n)) == "nmod" {
		return true
	}
	h, ok := t.head(n)
	return ok && baseRel(t.rel(n)) == "obl" && t.lemmaIn(h, theModality.stative)
}

// kindSubject reports whether the verb n, in the simple present and
// opened by a word of a situation (data/modality.yaml situations), has a
// bare plural for its subject ("where continental plates meet", "when
// bombs go off"): what things of a kind do as a rule, not one happening.
// A number or a determiner on the subject names some ("two rivers",
// "the rebels"), and so do a name and a count's "of" phrase ("thousands of
// workers march").
func (t *tree) kindSubject(n node) bool {
	if !t.presentSimple(n) {
		return false
	}
	situation := false
	for _, k := range t.kids(n, is("advmod", "mark")) {
		situation = situation || theModality.situations[strings.ToLower(t.w(k).Form)]
	}
	if !situation {
		return false // a headline's "Experts investigate new case", a past tense the tagger took for a present
	}
	subj := noNode
	for _, k := range t.kids(n, is("nsubj")) {
		if k < n {
			subj = k // the nearest before the verb: the parse may give two
		}
	}
	if subj == noNode {
		return false
	}
	return t.w(subj).UPOS == "NOUN" && t.barePlural(subj) && len(t.kids(subj, is("det", "nummod", "nmod:poss"))) == 0 && !t.caseWordOf(subj, "of")
}

// caseWordOf reports whether a noun modifier of n is marked by the
// preposition c.
func (t *tree) caseWordOf(n node, c string) bool {
	for _, k := range t.kids(n, is("nmod")) {
		if t.caseWord(k) == c {
			return true
		}
	}
	return false
}

// sufferedKind reports whether the bare plural noun n is the object of an
// experience verb (data/modality.yaml experience) whose subject is the
// speaker or the hearer (data/modality.yaml sufferers: "when
// we had deadly bombings", "you see attacks every year"): violence of a
// kind lived through, several told as one, whatever the light verb
// makes of "have"; the subject is no one who did it.
func (t *tree) sufferedKind(n node, experience map[string]bool) bool {
	if !t.barePlural(n) || baseRel(t.rel(n)) != "obj" {
		return false
	}
	h, ok := t.head(n)
	if !ok || !t.lemmaIn(h, experience) {
		return false
	}
	for _, k := range t.kids(h, is("nsubj")) {
		if theModality.sufferers[strings.ToLower(t.w(k).Form)] {
			return true
		}
	}
	return false
}

// seriesNouns count events of a kind as a run of them: the noun of their
// "of" phrase, with no date of its own, tells none of them ("the latest in
// a series of attacks", "a wave of kidnappings"; "a wave of attacks on
// Monday" is dated, and told).
var seriesNouns = wordList("series_nouns")

// usedTo reports whether the verb n is the infinitive of the past habit
// "used to" ("rebels used to attack the villages"): its head is "used" in
// the past, with no object and not passive ("used tanks to attack", "is
// used to attack" tell one use).
func (t *tree) usedTo(n node) bool {
	h, ok := t.head(n)
	if !ok || t.rel(n) != "xcomp" || !hasMark(t, n, "to") {
		return false
	}
	w := t.w(h)
	return strings.EqualFold(w.Form, "used") && w.XPOS == "VBD" && len(t.kids(h, is("obj", "aux:pass", "nsubj:pass"))) == 0
}

// genericYou reports whether the verb n tells, in the present, what
// befalls anyone: its subject is "you" ("if the shortage is severe you
// lose a third of the crop", "after you are elected": genericYou).
func (t *tree) genericYou(n node) bool {
	if !t.present(n) && !t.presentPassive(n) {
		return false
	}
	for _, k := range t.kids(n, is("nsubj", "nsubj:pass")) {
		if strings.EqualFold(t.w(k).Form, "you") {
			return true
		}
	}
	return false
}

// present reports whether the verb n is in the present tense, simple or
// progressive: "take part", "are firing".
func (t *tree) present(n node) bool {
	switch t.w(n).XPOS {
	case "VBZ", "VBP":
		return len(t.kids(n, is("aux", "aux:pass"))) == 0
	case "VBG":
		for _, k := range t.kids(n, is("aux")) {
			if x := t.w(k).XPOS; x == "VBZ" || x == "VBP" {
				return true
			}
		}
	}
	return false
}

// presentPassive reports whether the participle n is a passive in the
// simple present ("are deployed", "is stationed", "are elected"), not in
// a past or a perfect ("were deployed", "have been deployed").
func (t *tree) presentPassive(n node) bool {
	auxes := t.kids(n, is("aux", "aux:pass"))
	if len(auxes) != 1 || t.rel(auxes[0]) != "aux:pass" {
		return false
	}
	x := t.w(auxes[0]).XPOS
	return x == "VBZ" || x == "VBP"
}

// barePluralOf reports whether the noun n is plural: "some of the
// elections".
func (t *tree) barePluralOf(n node) bool {
	w := t.w(n)
	return w.XPOS == "NNS" || w.XPOS == "NNPS" || strings.Contains(w.Feats, "Number=Plur")
}

// presentSimple reports whether the verb n is in the simple present, with
// no auxiliary: "has", "have".
func (t *tree) presentSimple(n node) bool {
	x := t.w(n).XPOS
	return (x == "VBZ" || x == "VBP") && len(t.kids(n, is("aux", "aux:pass"))) == 0
}

// barePlural reports whether the noun n is plural with no determiner,
// possessor or number: a kind, not a known set ("ceasefires", "bad
// experiences").
func (t *tree) barePlural(n node) bool {
	w := t.w(n)
	if w.XPOS != "NNS" && w.XPOS != "NNPS" && !strings.Contains(w.Feats, "Number=Plur") {
		return false
	}
	for _, k := range t.kids(n, is("det", "nmod:poss", "nummod")) {
		if l := strings.ToLower(t.w(k).Form); l != "some" && l != "many" && l != "such" {
			return false
		}
	}
	return true
}

// kindPredicate reports whether the noun n is the subject of a noun or
// adjective predicate whose copula is in the present ("elections are the
// only way out", "talks are essential"): what is said of a kind of event,
// not of one that happened. "Talks are under way" (no noun nor adjective
// predicate) tells one.
func (t *tree) kindPredicate(n node) bool {
	if t.rel(n) != "nsubj" {
		return false
	}
	h, ok := t.head(n)
	if !ok {
		return false
	}
	if u := t.w(h).UPOS; u != "NOUN" && u != "ADJ" || len(t.kids(h, is("case"))) > 0 {
		return false // "are under way", "are in progress": a state of one event
	}
	for _, c := range t.kids(h, is("cop")) {
		if x := t.w(c).XPOS; x == "VBZ" || x == "VBP" {
			return len(t.kids(h, is("aux"))) == 0
		}
	}
	return false
}

// quantifiedSubject reports whether the plural noun n, counted by a
// quantifier word (data/modality.yaml quantifiers: "most bombings",
// "many attacks"), is the subject of a clause in the present or under a
// modal: what happens as a rule ("most bombings are blamed on the
// rebels", "all appeals should be heard in public"), not one event ("many
// attacks were reported on Monday" is past).
func (t *tree) quantifiedSubject(n node, quantifiers map[string]bool) bool {
	if !t.barePluralOf(n) || baseRel(t.rel(n)) != "nsubj" {
		return false
	}
	counted := false
	for _, k := range t.kids(n, is("det", "amod")) {
		counted = counted || t.lemmaIn(k, quantifiers)
	}
	if !counted {
		return false
	}
	h, ok := t.head(n)
	if !ok {
		return false
	}
	if x := t.w(h).XPOS; x == "VBZ" || x == "VBP" {
		return true
	}
	for _, a := range t.kids(h, is("aux", "aux:pass", "cop")) {
		if x := t.w(a).XPOS; x == "VBZ" || x == "VBP" || x == "MD" {
			return true
		}
	}
	return false
}

// deonticKind reports whether the plural noun n, bare or counted by a
// quantifier ("appeals", "all appeals"), is the subject, object or
// oblique of a verb under a modal of the hypothetical class (data/
// modality.yaml modals: "should", "must"): a rule for a kind of event
// ("all appeals should be heard in open trials"), not one event.
func (t *tree) deonticKind(n node, quantifiers map[string]bool) bool {
	if !t.nominal(n) || !t.barePluralOf(n) {
		return false
	}
	for _, k := range t.kids(n, is("det", "nmod:poss", "nummod")) {
		if !t.lemmaIn(k, quantifiers) {
			return false // "the appeals", "their trials", "two attacks"
		}
	}
	switch baseRel(t.rel(n)) {
	case "nsubj", "obj", "obl":
	default:
		return false
	}
	h, ok := t.head(n)
	if !ok || !t.verbal(h) {
		return false
	}
	for _, a := range t.kids(h, is("aux")) {
		if t.classOf(a, theModality.modals) == Hypothetical {
			return true
		}
	}
	return false
}

// setTimed reports whether a dependent of the word n is a recurring time
// expression (a timex SET: "every day", "each year", "weekly").
func (s *sent) setTimed(n node) bool {
	d := s.tr
	for _, k := range d.kids(n, is("obl", "obl:tmod", "obl:unmarked", "nmod", "nmod:tmod", "nmod:unmarked", "advmod")) {
		for _, j := range s.tokensOf(k) {
			if x := s.d.timexAt[j]; x >= 0 && s.d.in.Times[x].Type == timex.Set {
				return true
			}
		}
	}
	return false
}
