package event

import "slices"

// threatclause.go: a statement telling what its speaker would do to
// another if a condition were not met ("said Washington would resort to
// force if Tehran refused", "warned it would impose sanctions unless the
// talks resumed") is a threat (CAMEO 13), not a plain statement: the
// reporting verb's complement clause tells the harm and its condition.

// threatMeans are the nouns whose use, imposed or resorted to, is a harm
// threatened besides the hostile intents ("resort to force", "impose
// sanctions", "face consequences"; data/words.yaml: threat_means).
var threatMeans = wordList("threat_means")

// conditionalThreat reports whether the verb at token r (a reporting verb
// or a warning) has a complement clause in the parse that tells a harm the
// speaker's side would do on a condition: the clause has an auxiliary of
// the future or a modal (futureAuxiliaries), a clause of condition marked
// "if" or "unless" (conditionMarks, headsaid.go), and a hostile verb (hostileIntents)
// or a hostile or coercive object or oblique (hostileIntents,
// threatMeans); its subject is the speaker's: a pronoun or the actor, or
// the affiliation, of the verb's subject ("it would retaliate if attacked",
// "Washington would resort to force" said by a US envoy). A danger told
// of others ("warned that rebels would attack if the troops left") is no
// threat of the speaker's. Without a condition word after the verb it
// returns at once, before the sentence is parsed.
func (s *sent) conditionalThreat(r int) bool {
	if !slices.ContainsFunc(s.low[min(max(r+1-s.first, 0), len(s.low)):], func(w string) bool { return conditionMarks[w] }) {
		return false
	}
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	for _, c := range tr.kids(n, is("ccomp")) {
		if s.threatClause(c) && s.speakersSide(n, c) {
			return true
		}
	}
	return false
}

// threatClause reports whether the clause c tells a harm done on a
// condition (see conditionalThreat).
func (s *sent) threatClause(c node) bool {
	tr := s.tr
	if !tr.auxIn(c, futureAuxiliaries) || tr.negated(c) {
		return false
	}
	conditioned := false
	for _, a := range tr.kids(c, is("advcl", "ccomp")) { // the parse may take "if it was attacked" for a complement
		if conditionMarks[tr.markWord(a)] {
			conditioned = true
		}
	}
	if !conditioned {
		return false
	}
	if tr.lemmaIn(c, hostileIntents) {
		return true
	}
	for _, o := range tr.kids(c, is("obj", "obl")) {
		if tr.lemmaIn(o, hostileIntents) || tr.lemmaIn(o, threatMeans) {
			return true
		}
		for _, m := range tr.kids(o, is("amod", "compound")) {
			if tr.lemmaIn(m, hostileIntents) {
				return true // "military action", "punitive measures"
			}
		}
	}
	return false
}

// speakersSide reports whether the subject of the clause c the verb n
// reports is its speaker's side: a pronoun, or a phrase naming the actor
// of n's subject or its affiliation.
func (s *sent) speakersSide(n, c node) bool {
	tr := s.tr
	k := tr.kids(c, is("nsubj"))
	if len(k) == 0 {
		return false
	}
	if u := tr.w(k[0]).UPOS; u == "PRON" {
		return true
	}
	speaker := s.speakerIDs(n)
	for _, p := range s.phraseActors(k[0], true) {
		if speaker[s.actor(p).ActorID] {
			return true
		}
	}
	return false
}

// speakerIDs is the set of actor IDs and affiliations of the subject the
// tree gives the verb n: the speaker's side a reported clause may name again.
func (s *sent) speakerIDs(n node) map[string]bool {
	speaker := map[string]bool{}
	if subj, _, ok := s.treeSubject(n); ok {
		for _, p := range subj {
			a := s.actor(p)
			speaker[a.ActorID], speaker[a.Affiliation] = true, true
		}
		delete(speaker, "")
	}
	return speaker
}

// threatFrame retypes the verb trigger t of a statement still coded a
// plain one (010 or none) as a threat when what it reports is a harm its
// speaker's side will do to another (ownThreat, with the code of the act
// threatened: "said it would cut supplies to Belarus", 131) or would do
// on a condition (conditionalThreat, 130: "warned that it would impose
// sanctions if the talks failed").
func (s *sent) threatFrame(t *trigger) {
	if t == nil || t.noun || t.e.Type != Statement || t.code != "" && t.code != "010" {
		return
	}
	code, ok := s.ownThreatAt(t.start)
	if !ok && !s.conditionalThreat(t.start) {
		return
	}
	if !ok {
		code = threatCode
	}
	e := *t.e
	e.Type = Threaten
	t.e, t.code = &e, code
}

// ownThreatAt is ownThreat of the verb at token r.
func (s *sent) ownThreatAt(r int) (string, bool) {
	if _, n, ok := s.treeAt(r); ok {
		return s.ownThreat(n)
	}
	return "", false
}

// ownThreat returns the threat code of what the warning or reporting verb
// n tells when that is a harm its speaker's own side will do to another,
// with or without a condition: a reported clause (saidClauses) whose
// subject is the speaker's side (speakersSide, or a noun a pronoun
// possesses: "his government would take stern action against the
// rebels"), with an auxiliary of the future or a modal
// (futureAuxiliaries), not negated, a hostile act (hostileTo) aimed at an
// actor or person ("warned it would cut gas supplies to Belarus"); or a
// hostile means the verb warns of, aimed at someone ("warned of stern
// action against farmers"). The code is the finest threat the dictionary's
// code of the act gives (threatCodes). A harm told of others ("warned
// the rebels would attack") or aimed at no one ("said it would fight
// corruption") is none.
func (s *sent) ownThreat(n node) (string, bool) {
	tr := s.tr
	for _, c := range s.saidClauses(n) {
		if !s.ownSubject(n, c) || tr.negated(c) {
			continue
		}
		if tr.auxIn(c, futureAuxiliaries) && s.hostileTo(c) {
			return s.threatCodeOf(c), true
		}
	}
	if len(tr.kids(n, is("obj", "iobj"))) > 0 {
		return "", false
	}
	for _, o := range tr.kids(n, is("obl")) {
		if dangerMarkers[tr.caseWord(o)] && tr.lemmaIn(o, threatMeans) && s.aimed(o) {
			return threatCode, true // "warned of stern action against farmers"
		}
	}
	return "", false
}

// ownSubject reports whether the subject of the clause c that the verb n
// reports is the speaker's side: speakersSide, or a noun a pronoun
// possesses ("his government", "our forces").
func (s *sent) ownSubject(n, c node) bool {
	if s.speakersSide(n, c) {
		return true
	}
	tr := s.tr
	for _, k := range tr.kids(c, is("nsubj")) {
		for _, p := range tr.kids(k, is("nmod:poss")) {
			if tr.w(p).UPOS == "PRON" {
				return true
			}
		}
	}
	return false
}

// hostileTo reports whether the clause c tells a hostile act aimed at an
// actor or a person: its verb is one of hostileIntents or one the
// dictionary codes under a root of force or pressure (threatCodes), or its
// object is a hostile means (threatMeans); and an object or oblique of the
// verb or of that object names an actor or a person (aimed).
func (s *sent) hostileTo(c node) bool {
	tr := s.tr
	hostile := tr.lemmaIn(c, hostileIntents) || s.threatCodeOf(c) != threatCode
	for _, o := range tr.kids(c, is("obj")) {
		hostile = hostile || tr.lemmaIn(o, threatMeans) || tr.lemmaIn(o, hostileIntents)
	}
	if !hostile {
		return false
	}
	for _, o := range tr.kids(c, is("obj", "obl")) {
		if s.aimed(o) {
			return true
		}
	}
	return false
}

// aimed reports whether the noun o, or a noun its phrase hangs on it
// ("action against the rebels"), names an actor or is a common noun of
// persons (personNode; a bare name that is no actor, "Dec. 6", is none).
func (s *sent) aimed(o node) bool {
	tr := s.tr
	for _, m := range append([]node{o}, tr.kids(o, is("nmod"))...) {
		if len(s.phraseActors(m, true)) > 0 || tr.w(m).UPOS == "NOUN" && s.personNode(m) {
			return true
		}
	}
	return false
}

// threatCodes give the threat of an act by the root of the code the
// dictionary gives the act (CAMEO 13x): reducing relations, aid or trade
// (16) is a non-force threat (131), protest (14) one of dissent (133),
// repression (17) one of repression (137), force posture, assault,
// fighting and mass violence (15, 18, 19, 20) one of military force (138).
var threatCodes = map[string]string{"16": "131", "14": "133", "17": "137", "15": "138", "18": "138", "19": "138", "20": "138"}

// threatCodeOf returns the threat code of the act of the clause c's verb
// (threatCodes), or the plain threat (130) when the dictionary gives the
// verb no code of those roots.
func (s *sent) threatCodeOf(c node) string {
	if code, ok := s.actCode(c, threatCodes, false); ok {
		return code
	}
	return threatCode // "would take", "would make": a light verb alone tells no act
}

// ownThreatCode reports whether the verb trigger t tells its speaker's
// own side's threat (ownThreat) and then sets t's code to the threat's.
func (s *sent) ownThreatCode(t *trigger) bool {
	code, ok := s.ownThreatAt(t.start)
	if ok {
		t.code = code
	}
	return ok
}
