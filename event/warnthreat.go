package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// warnthreat.go: the dictionary files "warn" under threats (CAMEO 130),
// but most warnings tell a danger or an outlook, a statement (012): a
// warning is a threat only when the speaker warns of an act of the
// speaker's own side (threatWarning). refineCode asks this of every
// warning verb the dictionary codes as a threat.

// threatWarning reports whether the warning verb trigger t tells a threat
// of its speaker's: a harm the speaker's side would do on a condition
// (conditionalThreat); a hearer warned against an act or not to do one
// (hearerWarned: "warned Rome against interfering", "warned the rebels not
// to cross the line") or a warning against someone ("warned against the
// rebels"); a coercive means warned of, in an oblique ("warned
// the mayor of consequences") or in the clause warned (threatMeans:
// "\"don't force us to take measures,\" she warned"); or a warned clause
// whose subject is the speaker's side, named again or a pronoun, telling a
// deed to come, not a state (stateClause: "warned it would respond",
// "warned his country would act"). A pronoun "it" stands for the speaker's
// side only when the speaker is a state, a body or a group (bodySpeaker;
// "the minister warned it would hurt growth": a danger). Without a parse
// the dictionary's threat stands.
func (s *sent) threatWarning(t *trigger) bool {
	if s.conditionalThreat(t.start) {
		return true
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return true
	}
	if s.hearerWarned(n) {
		return true
	}
	obls := tr.kids(n, is("obl"))
	for _, o := range tr.kids(n, is("obj")) {
		obls = append(obls, tr.kids(o, is("nmod"))...) // the parse may hang "of consequences" on the hearer
	}
	for _, o := range obls {
		if dangerMarkers[tr.caseWord(o)] && tr.lemmaIn(o, threatMeans) {
			return true // "warned Israel of heavy consequences"
		}
		if tr.caseWord(o) == "against" && s.aimed(o) {
			return true // "warned against the rebels": a warning aimed at someone
		}
	}
	speaker := s.speakerIDs(n)
	for _, c := range s.warnedContent(n) {
		if s.subtreeLemmaIn(c, threatMeans) {
			return true
		}
		k := tr.kids(c, is("nsubj"))
		if len(k) == 0 {
			continue
		}
		if tr.w(k[0]).UPOS == "PRON" {
			if strings.EqualFold(tr.w(k[0]).Form, "it") && !s.bodySpeaker(n) {
				continue
			}
			if !s.stateClause(c) {
				return true
			}
			continue
		}
		if s.ownSubject(n, c) {
			return true
		}
		for _, p := range s.phraseActors(k[0], true) {
			if speaker[s.actor(p).ActorID] {
				return true
			}
		}
	}
	return false
}

// hearerWarned reports whether the warning verb n has a hearer, an object
// naming an actor or a person, warned against something ("warned Rome
// against interfering") or not to do something, a negated infinitive
// ("warned the rebels not to cross the line"); a hearer bidden to take
// care ("warned travellers to stay indoors") is cautioned, not threatened.
func (s *sent) hearerWarned(n node) bool {
	tr := s.tr
	hearer := false
	for _, o := range tr.kids(n, is("obj", "iobj")) {
		if s.aimed(o) || s.personNode(o) {
			hearer = true
		}
	}
	if !hearer {
		return false
	}
	for _, o := range tr.kids(n, is("obl")) {
		if tr.caseWord(o) == "against" {
			return true
		}
	}
	for _, x := range tr.kids(n, is("advcl")) {
		if hasMark(tr, x, "against") {
			return true // "warned Rome against interfering", the gerund read as a clause
		}
	}
	for _, x := range tr.kids(n, is("xcomp", "advcl")) {
		if hasMark(tr, x, "to") && tr.negated(x) {
			return true
		}
	}
	return false
}

// warnedContent returns the clauses that may tell what the warning verb n
// warns: warnedClauses, a clause set beside it (parataxis: "warned Monday
// they would take action", a quotation after a colon), and a clause with
// its own subject the parse hangs on the hearer, and the quotation a
// closing "she warned" reports (quotedBefore) ("warned the powers they
// would face measures", read as a relative clause with no relativizer).
func (s *sent) warnedContent(n node) []node {
	tr := s.tr
	out := append(s.warnedClauses(n), tr.kids(n, is("parataxis"))...)
	if h, ok := tr.head(n); ok && h < n && s.quotedBefore(n) {
		out = append(out, h) // "\"don't make us take measures,\" she warned"
	}
	for _, o := range tr.kids(n, is("obj")) {
		for _, a := range tr.kids(o, is("acl:relcl")) {
			k := tr.kids(a, is("nsubj"))
			if len(k) > 0 && k[0] > o && !relativizers[strings.ToLower(tr.w(k[0]).Form)] && strings.ToLower(tr.w(k[0]).Form) != "that" {
				out = append(out, a)
			}
		}
	}
	return out
}

// quotedBefore reports whether the phrase of the verb n follows a
// quotation closed by a comma and a quotation mark and has a subject of its
// own: the verb closes the sentence reporting the quotation.
func (s *sent) quotedBefore(n node) bool {
	tr := s.tr
	first := firstOfSubtree(tr.words, int(n))
	if first < 2 || len(tr.kids(n, is("nsubj"))) == 0 || tr.w(node(first-1)).XPOS != "''" {
		return false
	}
	return tr.w(node(first-2)).Form == ","
}

// bodySpeaker reports whether the subject the tree gives the verb n names
// an actor that is no person (a state, a body, a group): one "it" may
// stand for.
func (s *sent) bodySpeaker(n node) bool {
	subj, _, ok := s.treeSubject(n)
	if !ok {
		return false
	}
	for _, p := range subj {
		if s.actor(p).Kind != actor.Person {
			return true
		}
	}
	return false
}

// subtreeLemmaIn reports whether a word of n's subtree has its lemma in
// set.
func (s *sent) subtreeLemmaIn(n node, set map[string]bool) bool {
	ws := s.tr.words
	for j := range ws {
		if set[strings.ToLower(ws[j].Lemma)] && inSubtree(ws, j, int(n)) {
			return true
		}
	}
	return false
}
