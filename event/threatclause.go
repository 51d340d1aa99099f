package event

import (
	"slices"
	"strings"
)

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
// "if" or "unless" (conditionMarks, headline.go), and a hostile verb (hostileIntents)
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
	modal := false
	for _, a := range tr.kids(c, is("aux")) {
		if futureAuxiliaries[strings.ToLower(tr.w(a).Form)] {
			modal = true
		}
	}
	if !modal || tr.negated(c) {
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
// plain one (010 or none) as a threat (130) when what it reports is a
// harm its speaker's side would do on a condition (conditionalThreat):
// "warned that it would impose sanctions if the talks failed".
func (s *sent) threatFrame(t *trigger) {
	if t == nil || t.noun || t.e.Type != Statement || t.code != "" && t.code != "010" || !s.conditionalThreat(t.start) {
		return
	}
	e := *t.e
	e.Type = Threaten
	t.e, t.code = &e, threatCode
}
