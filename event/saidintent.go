package event

import "strings"

// saidintent.go: a statement whose content is what the speaker's own side
// will do for or with others is a commitment, CAMEO's express intent (03),
// not a plain statement (010): "the bank is to keep providing support to
// Kiev, its director said", "the ministry said it would send aid",
// "Lula said Brazil is willing to work with Chile". The code follows the
// act promised, as the dictionary codes it (intentCodes; the bare verb
// not when the lexicon says it needs a pattern, nor the catch-all 040): a
// meeting or a negotiation (04 → 036), diplomatic cooperation (05 → 032), material
// cooperation (06 → 031), aid (07 → 033). A plan
// the dictionary files under none of these ("said it would sell its
// stake", "will start taking applications"), one denied ("would not
// send troops") or another's deed ("said the rebels would free them")
// stays a statement.

// intentCodes gives the intent code of a promised act by its code's root.
// A concession (08) is left out: the dictionary files "withdraw" there,
// and a side that "will withdraw its support" yields nothing.
var intentCodes = map[string]string{"04": "036", "05": "032", "06": "031", "07": "033"}

var (
	// pledgeAuxiliaries make a clause a commitment to come ("will send",
	// "would help"; data/words.yaml).
	pledgeAuxiliaries = wordList("pledge_auxiliaries")
	// pledgeStates are the adjectives of a side ready to act ("is willing
	// to work with"; data/words.yaml).
	pledgeStates = wordList("pledge_states")
)

// saidIntent returns the intent code of what the reporting verb at token
// r reports, when that is a commitment of the speaker's side to a
// cooperative act (see above).
func (s *sent) saidIntent(r int) (string, bool) {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return "", false
	}
	speaker := s.speakerIDs(n)
	for _, c := range s.saidClauses(n) {
		if !s.pledgedBy(c, speaker) {
			continue
		}
		act, ok := s.pledgedAct(c)
		if !ok || tr.negated(act) || tr.negated(c) {
			return "", false
		}
		toks := s.tokensOf(act)
		if len(toks) != 1 {
			return "", false
		}
		i := toks[0]
		lemma := s.cameoLemma(i)
		if lemma == "" {
			return "", false
		}
		m, ok := cameoDict().Match(s.clauseAt(i, lemma))
		lx := s.d.lx
		if !ok || len(m.Code) < 2 || m.Code == catchAllConsult || m.Pattern == nil && (lx.needsPattern[lemma] || lx.light[lemma]) {
			return "", false // "would leave the club": the bare verb of many senses tells no act
		}
		code, ok := intentCodes[string(m.Code)[:2]]
		return code, ok
	}
	return "", false
}

// saidClauses returns the clauses the reporting verb n reports: its
// complement clauses, a clause marked "that" the parse hangs lower in its
// phrase ("said on Friday that Brazil is willing", read as a relative
// clause of the day), and the clause before it when n closes the sentence
// (reportsHead: "the bank is to keep providing support, its director
// said").
func (s *sent) saidClauses(n node) []node {
	tr := s.tr
	out := tr.kids(n, is("ccomp"))
	for k := range tr.words {
		c := node(k)
		if c > n && tr.rel(c) != "ccomp" && hasMark(tr, c, "that") && s.under(c, n) {
			out = append(out, c)
		}
	}
	if s.reportsHead(n) {
		h, _ := tr.head(n)
		out = append(out, h)
	}
	return out
}

// under reports whether c lies in the phrase of n with no verb between
// them but c's own head chain of nouns ("said on Friday that ...").
func (s *sent) under(c, n node) bool {
	tr := s.tr
	for h, ok := tr.head(c); ok; h, ok = tr.head(h) {
		if h == n {
			return true
		}
		if tr.verbal(h) {
			return false
		}
	}
	return false
}

// pledgedBy reports whether the clause c is a commitment of the speaker's
// side: a pronoun subject or one that is an actor of the speaker's
// (speakerIDs) itself, not a noun a name qualifies ("three US cities"), and an auxiliary of pledgeAuxiliaries, "is to" ("the bank
// is to keep providing"), or a predicate of pledgeStates ("is willing to").
func (s *sent) pledgedBy(c node, speaker map[string]bool) bool {
	tr := s.tr
	k := tr.kids(c, is("nsubj", "nsubj:outer"))
	if len(k) == 0 {
		return false
	}
	own := tr.w(k[0]).UPOS == "PRON" && !strings.EqualFold(tr.w(k[0]).Form, "there")
	if p, ok := s.actorWord(k[0]); ok {
		a := s.actor(p)
		own = speaker[a.ActorID] || a.Affiliation != "" && speaker[a.Affiliation]
	}
	if !own {
		return false
	}
	if tr.lemmaIn(c, pledgeStates) {
		return len(tr.kids(c, is("xcomp"))) > 0
	}
	for _, a := range tr.kids(c, is("aux")) {
		if pledgeAuxiliaries[strings.ToLower(tr.w(a).Form)] {
			return true
		}
	}
	isTo := false
	for _, a := range tr.kids(c, is("cop", "aux")) {
		isTo = isTo || tr.isLemma(a, "be") && hasMark(tr, c, "to")
	}
	return isTo
}

// pledgedAct returns the act the clause c commits to: its verb, through
// the open complements of a state of pledgeStates, an aspectual verb or a
// verb of intent ("willing to work", "continue providing", "plans to
// send").
func (s *sent) pledgedAct(c node) (node, bool) {
	tr := s.tr
	for range maxModalityDepth {
		if !tr.lemmaIn(c, pledgeStates) && !tr.lemmaIn(c, aspectualVerbs) && !tr.lemmaIn(c, intentVerbs) {
			break
		}
		x := tr.kids(c, is("xcomp"))
		if len(x) == 0 {
			return noNode, false
		}
		c = x[0]
	}
	return c, tr.w(c).UPOS == "VERB"
}
