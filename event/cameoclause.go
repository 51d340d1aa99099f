package event

import (
	"slices"
	"strings"
	"unicode"
)

// The rules below read the clause of a CAMEO dictionary verb (cameoAt)
// for what tells it is no event of its own, from the tree when the
// sentence has one and from the words around it else.

var questionMarks = wordList("question_marks")

// questionInfinitive reports whether the verb at token i is an infinitive
// after a question word ("whether to support").
func (s *sent) questionInfinitive(i int) bool {
	return i-2 >= s.first && s.word(i-1) == "to" && questionMarks[s.word(i-2)]
}

var chargePreps = wordList("charge_preps")

var personNouns = wordList("person_nouns")

// gerundOfCharge reports whether the -ing form at token i is the object
// of one of chargePreps, right after it or after one modifier word
// ("suspected of gang raping", "for successfully organizing"). The tree,
// when there is one, also catches the longer gaps (its case or mark
// word).
func (s *sent) gerundOfCharge(i int) bool {
	if !strings.HasSuffix(s.word(i), "ing") {
		return false
	}
	if chargePreps[s.word(i-1)] || i-2 >= s.first && chargePreps[s.word(i-2)] && isPlainWord(s.word(i-1)) {
		return true
	}
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	for _, k := range tr.kids(n, is("mark", "case")) {
		if chargePreps[strings.ToLower(tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// thingSubject reports whether the tree gives the active verb at token i
// a subject that is a common noun naming no actor, no party ("officials",
// "police", "troops"), no person (personNouns: "the point man expressed
// impatience", "shareholders responded"; an office, office_nouns: "the
// mayor urged"; a noun with a name in apposition: "the mayor of Paris,
// Bertrand Delanoe, called on") and no event ("the bombings
// killed"): "the death
// toll broke the mark", "prices rallied". A name modifying the noun does
// not make it an actor ("the US death toll"). A dictionary verb's event
// needs an actor doing it.
func (s *sent) thingSubject(i int) bool {
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	k := tr.kids(n, is("nsubj"))
	for len(k) > 1 && k[1] < n {
		k = k[1:] // of two subjects, the nearer before the verb
	}
	return len(k) > 0 && s.thingNode(k[0]) && !s.eventNounAlone(strings.ToLower(tr.w(k[0]).Form))
}

// thingNode reports whether the noun n names a thing, not who can act: a
// common noun the gazetteer does not know, naming no party, person, office
// or group, with no name in apposition (see thingSubject). An event noun
// is a thing here ("the attack threatened to deepen the crisis").
func (s *sent) thingNode(n node) bool {
	tr := s.tr
	w := tr.w(n)
	if w.UPOS != "NOUN" {
		return false // a name, a pronoun
	}
	if _, ok := s.actorWord(n); ok {
		return false // a common noun the gazetteer knows ("the government")
	}
	lw := strings.ToLower(w.Form)
	if s.d.lemmaIn(lw, partyNouns) || s.d.lemmaIn(lw, personNouns) || titles[lw] || groupNouns[lw] || agentNouns[lw] ||
		s.d.lemmaIn(lw, s.d.lx.offices) {
		return false // a party, a person, an office holder ("the mayor urged")
	}
	for _, a := range tr.kids(n, is("appos")) {
		if tr.w(a).UPOS == "PROPN" {
			return false // a name in apposition tells who: "the mayor of Paris, Bertrand Delanoe, called on"
		}
	}
	return true
}

// partySubject reports whether the tree gives the verb at token i a
// subject that names people or a body the gazetteer does not know: a
// person or a body noun (personNode, bodyNoun), or a noun WordNet's first
// sense makes a person ("ministers and envoys from 40 countries called
// for", "a researcher called on"). Such a subject of an appeal (appealCode)
// stands for an actor near the verb and is no thing (cameoAt), and for a
// group noun right before it (frame); not of another act, whose
// participants the rules would then seek among the names around ("the
// daughter of Miss Iceland expressed delight", "the two sides expressed
// the hope").
func (s *sent) partySubject(i int) bool {
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	for _, k := range tr.kids(n, is("nsubj")) {
		lw := strings.ToLower(tr.w(k).Form)
		if tr.w(k).UPOS == "NOUN" && (s.personNode(k) || bodyNoun(lw) || personWord(lw)) {
			return true
		}
	}
	return false
}

// appealCode reports whether the CAMEO code is an appeal's (root 02).
func appealCode(code string) bool { return strings.HasPrefix(code, "02") }

// treeClauseNoEvent reports what the tree tells of the dictionary verb at
// token i: a word the tagger reads as no verb is none ("protected markets",
// "took Blair to task"); a verb whose only object is a clause reports it,
// as a reporting verb does ("lamented that", "conceded that"); a
// participle or infinitive modifying a noun describes it ("officials
// blamed for the failure", "new ways to deal with the bombs"), and so does
// a past participle (or a past form the tagger took for one) with neither
// subject, auxiliary nor subordinator the parse hangs on another verb
// ("asylum to North Koreans caught fighting"), unless the
// word it hangs on is a name in the singular: the parse also hangs a main
// verb on its subject that way ("Putin called on the opposition"); a
// relative clause with no relative word and no object
// describes the noun it modifies ("the aid Pyongyang requested").
func (s *sent) treeClauseNoEvent(i int) bool {
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	if u := tr.w(n).UPOS; u != "VERB" {
		return true // the tagger reads a noun or an adjective: "took Blair to task", "protected markets"
	}
	if len(tr.kids(n, is("ccomp"))) > 0 && len(tr.kids(n, is("obj", "iobj"))) == 0 {
		return true // a clause as its only object: it reports ("lamented that", "conceded that")
	}
	if h, ok := tr.head(n); ok && !singularName(tr.w(h).Form) {
		if tr.rel(n) == "acl" {
			return true // "officials blamed for", "new ways to deal with"
		}
		if x := tr.w(n).XPOS; tr.rel(n) == "advcl" && (x == "VBN" || x == "VBD") &&
			len(tr.kids(n, is("aux", "aux:pass", "nsubj", "nsubj:pass", "mark"))) == 0 {
			return true // a participle with no subject nor auxiliary: "North Koreans caught fighting"
		}
	}
	h, ok := tr.head(n)
	if !ok || tr.rel(n) != "acl:relcl" || tr.w(h).UPOS != "NOUN" || len(tr.kids(n, is("nsubj"))) == 0 ||
		len(tr.kids(n, is("obj", "ccomp", "xcomp"))) > 0 {
		return false // not a relative clause on a common noun, with a subject and no object
	}
	for _, k := range tr.kids(n, func(string) bool { return true }) {
		if lw := strings.ToLower(tr.w(k).Form); relativizers[lw] || lw == "that" {
			return false
		}
	}
	return true
}

// namingCall reports whether the verb "call" at n names something rather
// than calls on or for anyone: it has two objects, or an object and a
// predicate ("calling it a significant moment", "called the election a
// milestone", "called officials dunderheads"), which the parse may also
// give as the object's modifier with no case word or its apposition, or
// as a complement with an apposition ("called the ruling \"a
// milestone\""), or it is a relative clause
// with a subject of its own whose one object names the noun it modifies
// ("what she called the massacre", "a house they call their embassy"; not
// "the man who called the meeting"). Such a "call" is a statement, an
// opinion told, or in a participle or a relative clause no act of its own
// (cameo.go, cameoAt), never the appeal the dictionary reads in its "for"
// or "on" phrase ("a moment for the country").
func namingCall(tr *tree, n node) bool {
	objs, preds := tr.kids(n, is("obj", "iobj")), 0
	for _, k := range tr.kids(n, is("xcomp")) {
		if tr.w(k).UPOS != "VERB" {
			preds++ // not an infinitive: "called business people to play a larger role" appeals
		}
	}
	if len(objs) >= 2 || len(objs) == 1 && preds > 0 {
		return true
	}
	for _, k := range tr.kids(n, is("xcomp")) {
		if len(objs) == 0 && tr.w(k).UPOS != "VERB" && len(tr.kids(k, is("appos"))) > 0 {
			return true // the thing named read as the predicate, the name in apposition: called the ruling "a milestone"
		}
	}
	if len(objs) == 1 {
		for _, k := range tr.kids(objs[0], is("nmod", "appos")) {
			if k > objs[0] && tr.w(k).UPOS == "NOUN" && tr.caseWord(k) == "" {
				return true // the name read as a modifier of the one named: called the judges "cowards"
			}
		}
	}
	if tr.rel(n) != "acl:relcl" || len(objs) != 1 {
		return false
	}
	for _, k := range tr.kids(n, is("nsubj")) {
		if !relativizers[strings.ToLower(tr.w(k).Form)] {
			return true
		}
	}
	return false
}

// singularName reports whether a word is capitalized and not a plural
// ("Putin", not "Koreans" or "soldiers").
func singularName(w string) bool {
	return w != "" && unicode.IsUpper([]rune(w)[0]) && !strings.HasSuffix(w, "s")
}

// dangerWarning reports whether the verb trigger t ("warned") reports a
// danger rather than threatens: what is warned (warnedClauses) has a
// subject that is a noun phrase naming none of the actors of t's own
// subject ("warned that insurgents will step up attacks", "warned that
// failure might open the way to anarchy", "the region faces collapse, an
// institute warned"), or a pronoun subject in a clause of a state, not of
// the speaker's deed to come (stateClause: "warned he was not optimistic").
// A pronoun subject may be the speaker ("warned it would retaliate"), and
// so is the speaker named again or the speaker's country or group ("NATO
// warned that NATO forces would respond"): these threaten.
func (s *sent) dangerWarning(t *trigger) bool {
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return false
	}
	speaker := s.speakerIDs(n)
	for _, c := range s.warnedClauses(n) {
		k := tr.kids(c, is("nsubj", "nsubj:pass", "csubj"))
		if len(k) == 0 && tr.nominal(c) {
			k = []node{c} // the parse may hang the clause on its subject noun
		}
		if len(k) == 0 {
			continue
		}
		if u := tr.w(k[0]).UPOS; u == "PRON" || u == "DET" {
			return s.stateClause(c)
		}
		for _, p := range s.phraseActors(k[0], true) {
			if speaker[s.actor(p).ActorID] {
				return false
			}
		}
		return true
	}
	return s.warnedOfThing(n) || s.cautionWarning(n)
}

// cautionVerbs are the verbs of the care a warning bids (data/words.yaml).
var cautionVerbs = wordList("caution_verbs")

// cautionWarning reports whether the warning verb n bids its hearers take
// care: an infinitive of a state ("residents were warned to be
// vigilant") or of one of cautionVerbs ("warned travellers to avoid the
// region") hangs on it as an open complement or an adverbial clause
// marked "to", and the verb has its hearers for an object or a passive
// subject ("a scare threatened to keep him off the court" bids no one).
// A caution against a danger is no threat.
func (s *sent) cautionWarning(n node) bool {
	tr := s.tr
	if len(tr.kids(n, is("obj", "iobj", "nsubj:pass"))) == 0 {
		return false
	}
	for _, x := range tr.kids(n, is("xcomp", "advcl")) {
		if !hasMark(tr, x, "to") {
			continue
		}
		if len(tr.kids(x, is("cop"))) > 0 || tr.lemmaIn(x, cautionVerbs) {
			return true
		}
	}
	return false
}

// warnedClauses returns the clauses the warning verb n tells: its
// complement clauses; a clause marked "that" the parse hangs on its
// object as a relative one ("warned the countries that there is a risk":
// a relative "that" would be a pronoun); and the clause it hangs on
// itself when that clause comes first and the verb has a subject of its
// own and no subordinator ("the region faces collapse, an institute
// warned Tuesday", "..., warned the diplomat").
func (s *sent) warnedClauses(n node) []node {
	tr := s.tr
	out := tr.kids(n, is("ccomp"))
	for _, o := range tr.kids(n, is("obj")) {
		for _, a := range tr.kids(o, is("acl", "acl:relcl")) {
			if hasMark(tr, a, "that") {
				out = append(out, a)
			}
		}
	}
	if s.reportsHead(n) {
		h, _ := tr.head(n)
		out = append(out, h)
	}
	return out
}

// reportsHead reports whether the verb n closes a sentence whose clause
// before it is what n reports, the parse hanging n on that clause: n has
// a subject of its own, neither subordinator, conjunction nor question
// word ("when", "as"), a comma right before its phrase, and no word after
// its phrase but the closing punctuation ("the region faces collapse, an
// institute warned Tuesday"; not "the move ended a standoff when the
// presidency threatened not to table any resolutions").
func (s *sent) reportsHead(n node) bool {
	tr := s.tr
	switch tr.rel(n) {
	case "advcl", "parataxis", "ccomp", "conj":
	default:
		return false
	}
	h, ok := tr.head(n)
	if !ok || h > n || !tr.verbal(h) || len(tr.kids(n, is("nsubj"))) == 0 || len(tr.kids(n, is("mark", "cc"))) > 0 {
		return false
	}
	for _, k := range tr.kids(n, func(string) bool { return true }) {
		if tr.w(k).XPOS == "WRB" || tr.w(k).XPOS == "WDT" {
			return false
		}
	}
	first, last := firstOfSubtree(tr.words, int(n)), lastOfSubtree(tr.words, int(n))
	if first == 0 || tr.words[first-1].Form != "," && tr.words[first].Form != "," {
		return false
	}
	for j := last + 1; j < len(tr.words); j++ {
		if tr.words[j].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// stateClause reports whether the clause c tells a state, not a deed to
// come: no auxiliary of the future or a modal (futureAuxiliaries), no
// "going to", and no open complement ("ready to strike"): "warned he was
// not optimistic", "warned they had run out of patience"; not "warned it
// would retaliate", "warned they were ready to fight".
func (s *sent) stateClause(c node) bool {
	tr := s.tr
	if len(tr.kids(c, is("xcomp"))) > 0 || tr.isLemma(c, "go") {
		return false
	}
	for _, a := range tr.kids(c, is("aux", "aux:pass")) {
		if futureAuxiliaries[strings.ToLower(tr.w(a).Form)] || tr.isLemma(a, "go") {
			return false
		}
	}
	return true
}

// dangerNoun reports whether the noun trigger t is a warning of a danger
// (warningNouns): its phrase names the danger, a noun of a thing after a
// danger marker ("a severe warning of imbalances", "warnings about
// mounting debt"; not "a warning to the rebels", "a warning against
// Kim") or an event noun before it ("a tsunami warning", "flood
// warnings").
func (s *sent) dangerNoun(t *trigger) bool {
	if !t.noun || !s.d.lemmaIn(s.word(t.start), warningNouns) {
		return false
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return false
	}
	if s.eventCompound(n) {
		return true // "flood warnings"
	}
	if s.warnedThat(t.end) {
		return true // "issued a warning that prices could rise"
	}
	for _, o := range tr.kids(n, is("nmod")) {
		if dangerMarkers[tr.caseWord(o)] && s.thingNode(o) && !s.personNode(o) && len(s.phraseActors(o, false)) == 0 {
			return true
		}
	}
	return false
}

// warningNouns are the nouns of a warning (data/words.yaml).
var warningNouns = wordList("warning_nouns")

// warningThatReach is how many tokens after a warning warnedThat looks
// for the "that" of its content clause, past the hearer and the time
// ("a warning to Latvia on Monday that its bid could hurt ties").
const warningThatReach = 6

// warnedThat reports whether a warning word ending before token end is
// followed, within warningThatReach tokens and before any punctuation,
// by the "that" of a content clause: what is warned is a state of
// affairs ("warning that supplies had reached alarming levels", "a
// warning that prices could rise"). A "that" right before a verb or an
// auxiliary opens a relative clause on the warning, no content ("the
// warning that was issued Monday").
func (s *sent) warnedThat(end int) bool {
	for j := end; j < s.last && j < end+warningThatReach; j++ {
		w := s.word(j)
		if w == "," || w == "." || clauseStops[w] {
			return false
		}
		if w != "that" {
			continue
		}
		if j+1 >= s.last {
			return false
		}
		if _, n, ok := s.treeAt(j + 1); ok {
			if u := s.tr.w(n).UPOS; u == "VERB" || u == "AUX" {
				return false
			}
		}
		return true
	}
	return false
}

// warningVerbs are the lemmas of the verbs of a warning, whose danger
// warnings refineCode codes as pessimistic comments whatever the
// dictionary says (data/words.yaml).
var warningVerbs = wordList("warning_verbs")

// warnedOfThing reports whether the verb at n warns of a thing, not
// someone: it has no object, and an oblique marked by one of
// dangerMarkers heads a common noun that names no actor, person or body
// ("warned against excessive euphoria", "warned of floods"; not "warned
// Israel against an attack", nor "warned against the rebels"), or a
// growth participle read as a gerund does ("warned of increasing
// violence").
func (s *sent) warnedOfThing(n node) bool {
	tr := s.tr
	if len(tr.kids(n, is("obj", "iobj"))) > 0 {
		return false
	}
	for _, x := range tr.kids(n, is("advcl")) {
		// "warned of increasing violence" read as a gerund and its object
		if tr.w(x).XPOS == "VBG" && tr.lemmaIn(x, growthGerunds) && slices.ContainsFunc(tr.kids(x, is("mark")), func(m node) bool {
			return dangerMarkers[strings.ToLower(tr.w(m).Form)]
		}) {
			for _, o := range tr.kids(x, is("obj")) {
				if w := tr.w(o); w.UPOS == "NOUN" && len(s.phraseActors(o, false)) == 0 && !s.personNode(o) {
					return true
				}
			}
		}
	}
	for _, o := range tr.kids(n, is("obl")) {
		if !dangerMarkers[tr.caseWord(o)] {
			continue
		}
		w := tr.w(o)
		if w.UPOS != "NOUN" || len(s.phraseActors(o, false)) > 0 || s.personNode(o) {
			return false
		}
		return true
	}
	return false
}

// dangerMarkers mark what a warning is of ("warned against", "warned of").
var dangerMarkers = wordList("danger_markers")

// growthGerunds are the participles of growth before a danger noun
// (data/words.yaml).
var growthGerunds = wordList("growth_gerunds")

// requestFrame reports whether the dictionary verb at token i, whose bare
// code is code, asks someone to act: the code is an appeal or a demand
// (roots 02, 10) and the tree gives the verb an object and an open
// complement, the act asked for ("asked the authorities to join the hunt",
// "urged Iran to release them"), or hangs that infinitive on the object,
// or on the verb as an adverbial clause right after the object ("ordered
// the government to strengthen ..."). Then the bare verb is a request, which a
// verb that needs a pattern alone is not ("asked about the violations",
// "when asked whether").
func (s *sent) requestFrame(i int, code string) bool {
	if !strings.HasPrefix(code, "02") && !strings.HasPrefix(code, "10") {
		return false
	}
	tr, n, ok := s.treeAt(i)
	if !ok {
		return false
	}
	objs := tr.kids(n, is("obj", "iobj"))
	if len(objs) == 0 {
		return false
	}
	if len(tr.kids(n, is("xcomp"))) > 0 {
		return true
	}
	for _, o := range objs {
		for _, a := range tr.kids(o, is("acl")) {
			if tr.markWord(a) == "to" && tr.w(a).UPOS == "VERB" {
				return true // the parse hangs the act asked on the one asked: "ordered the government to strengthen"
			}
		}
		after := lastOfSubtree(tr.words, int(o)) + 1
		for _, a := range tr.kids(n, is("advcl")) {
			for _, m := range tr.kids(a, is("mark")) {
				if int(m) == after && strings.EqualFold(tr.w(m).Form, "to") {
					return true // or on the verb, right after the one asked
				}
			}
		}
	}
	return false
}
