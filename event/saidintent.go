package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

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
var intentCodes = map[string]string{"04": meetingIntentCode, "05": "032", "06": "031", "07": "033"}

var (
	// pledgeAuxiliaries make a clause a commitment to come ("will send",
	// "would help"; data/words.yaml).
	pledgeAuxiliaries = wordList("pledge_auxiliaries")
	// pledgeStates are the adjectives of a side ready to act ("is willing
	// to work with"; data/words.yaml).
	pledgeStates = wordList("pledge_states")
)

// saidIntent returns the intent code of what the reporting verb at token
// r, spoken by the actor id, reports, when that is a commitment of the
// speaker's side to a cooperative act (see above).
func (s *sent) saidIntent(r int, id string) (string, bool) {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return "", false
	}
	speaker := s.speakerIDs(n)
	for _, c := range s.saidClauses(n) {
		if !s.pledgedBy(c, n, id, speaker) {
			continue
		}
		act, ok := s.pledgedAct(c)
		if !ok || tr.negated(act) || tr.negated(c) {
			return "", false
		}
		return s.actCode(act, intentCodes, true) // not "would leave the club": the bare verb of many senses tells no act
	}
	return "", false
}

// actCode returns the code byRoot gives the act of the clause c's verb,
// by the root of the code the CAMEO dictionary gives that verb in its
// clause (clauseAt): a verb of one token, not a light verb alone ("would
// take", "would make") nor the catch-all consult (040), and, when
// bareRefused, not a bare verb the lexicon says needs a pattern ("would
// leave the club": a verb of many senses). false when the verb has no
// such code or byRoot none for its root. saidIntent and threatCodeOf
// code what a speaker's side will do by it.
func (s *sent) actCode(c node, byRoot map[string]string, bareRefused bool) (string, bool) {
	toks := s.tokensOf(c)
	if len(toks) != 1 {
		return "", false
	}
	lemma := s.cameoLemma(toks[0])
	if lemma == "" {
		return "", false
	}
	m, ok := cameoDict().Match(s.clauseAt(toks[0], lemma))
	lx := s.d.lx
	if !ok || len(m.Code) < 2 || m.Code == catchAllConsult || m.Pattern == nil && (lx.light[lemma] || bareRefused && lx.needsPattern[lemma]) {
		return "", false
	}
	code, ok := byRoot[string(m.Code)[:2]]
	return code, ok
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
		if c > n && tr.rel(c) != "ccomp" && hasMark(tr, c, "that") && s.inPhraseOf(c, n) {
			out = append(out, c)
		}
	}
	if s.reportsHead(n) {
		h, _ := tr.head(n)
		out = append(out, h)
	}
	return out
}

// inPhraseOf reports whether c lies in the phrase of n with no verb between
// them but c's own head chain of nouns ("said on Friday that ...").
func (s *sent) inPhraseOf(c, n node) bool {
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

// pledgedBy reports whether the clause c the reporting verb n reports,
// spoken by the actor id, is a commitment of the speaker's side: a
// pronoun subject that stands for the speaker (speakerPronoun) or a
// subject that is an actor of the speaker's (speakerIDs) itself, not a
// noun a name qualifies ("three US cities"), and an auxiliary of
// pledgeAuxiliaries, "is to" ("the bank is to keep providing"), or a
// predicate of pledgeStates ("is willing to").
func (s *sent) pledgedBy(c, n node, id string, speaker map[string]bool) bool {
	tr := s.tr
	k := tr.kids(c, is("nsubj", "nsubj:outer"))
	if len(k) == 0 {
		return false
	}
	own := tr.w(k[0]).UPOS == "PRON" && s.speakerPronoun(strings.ToLower(tr.w(k[0]).Form), n, id, speaker)
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
	if tr.auxIn(c, pledgeAuxiliaries) {
		return true
	}
	if !hasMark(tr, c, "to") {
		return false
	}
	for _, a := range tr.kids(c, is("cop", "aux")) {
		if tr.isLemma(a, "be") {
			return true // "is to keep providing"
		}
	}
	return false
}

// speakerPronoun reports whether the subject pronoun pron of a clause the
// reporting verb n reports, spoken by the actor id, agrees with that
// speaker: a first person always ("we will help"); "he" or "she" for a
// person; "it" for an organization or a country; "they" for an
// organization or a plural subject of n ("the rebels", "X and Y") when
// the sentence names no other actor with a plural noun, who may be the
// ones meant ("Putin said they would hold talks": others; "the government
// said they would meet the rebels": the rebels, maybe). Any other pronoun
// ("there", "you", "this") is none.
func (s *sent) speakerPronoun(pron string, n node, id string, speaker map[string]bool) bool {
	kind := s.kindOf(id)
	switch pron {
	case "i", "we":
		return true
	case "he", "she":
		return kind == actor.Person
	case "it":
		return kind == actor.Organization || kind == actor.Country
	case "they":
		return (kind == actor.Organization || s.pluralSubject(n)) && !s.otherPluralActor(id, speaker)
	}
	return false
}

// pluralSubject reports whether the subject of the verb n is a plural
// noun or a coordination ("the rebels said", "Kim and Putin said").
func (s *sent) pluralSubject(n node) bool {
	tr := s.tr
	for _, k := range tr.kids(n, is("nsubj")) {
		if x := tr.w(k).XPOS; x == "NNS" || x == "NNPS" || len(tr.kids(k, is("conj"))) > 0 {
			return true
		}
	}
	return false
}

// otherPluralActor reports whether a plural noun of the sentence names an
// actor that is neither the speaker id nor of its side (speaker): "the
// rebels", "Israeli troops", "the Americans".
func (s *sent) otherPluralActor(id string, speaker map[string]bool) bool {
	tr := s.tr
	for k := range tr.words {
		if x := tr.w(node(k)).XPOS; x != "NNS" && x != "NNPS" {
			continue
		}
		if p, ok := s.actorWord(node(k)); ok {
			if a := s.actor(p); a.ActorID != id && !speaker[a.ActorID] {
				return true
			}
		}
	}
	return false
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
