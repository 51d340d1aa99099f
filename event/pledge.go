package event

import (
	"slices"
	"strings"
)

// pledge.go: agreeing to do something is a commitment to act, not an
// agreement reached. "North Korea agreed to meet US officials", "Russia
// agreed to send troops": the agreeing is CAMEO's express intent (03; 036
// to meet or negotiate), the act itself a planned event of its own
// (factuality.go); "the two sides agreed on a ceasefire", "agreed to a
// truce" stay agreements.

var (
	// pledgeVerbs are the lexicon's agreement verbs that a to-infinitive
	// complement makes a commitment (data/words.yaml).
	pledgeVerbs = wordList("pledge_verbs")
	// meetingIntents are the infinitives that make the commitment one to
	// meet or negotiate (CAMEO 036) (data/words.yaml).
	meetingIntents = wordList("meeting_intents")
)

// Codes of a commitment to act: the root's (030) and that of an intent to
// meet or negotiate (036).
const (
	intentCode        = "030"
	rejectCode        = "120"
	meetingIntentCode = "036"
)

// pledgeFrame retypes an agreement verb followed by a to-infinitive ("agreed
// to meet") as an express intent to cooperate, coded 036 when the
// infinitive is a meeting's or a negotiation's, 030 otherwise.
func (s *sent) pledgeFrame(t *trigger) {
	if t.noun || t.e.Type != Agreement || !s.d.lemmaIn(s.word(t.start), pledgeVerbs) {
		return
	}
	to := t.end
	if to >= s.last || s.word(to) != "to" || !s.infinitive(to) {
		return
	}
	e := *t.e
	e.Type = ExpressIntentToCooperate
	t.e, t.code = &e, intentCode
	if s.d.lemmaIn(s.word(to+1), meetingIntents) {
		t.code = meetingIntentCode
	}
}

var (
	// vowVerbs are the lexicon's statement verbs that a to-infinitive
	// complement makes a commitment to act (data/words.yaml).
	vowVerbs = wordList("vow_verbs")
	// hostileIntents are the infinitives that make a vow a threat
	// (data/words.yaml).
	hostileIntents = wordList("hostile_intents")
)

// threatCode is the code of a vow to do harm (CAMEO 130, threaten).
const threatCode = "130"

// vowFrame retypes a statement verb of vowing with an open complement in
// the parse, or a to-infinitive it hangs as an adverbial clause ("vowed on
// Monday to strengthen ties"), as an express intent to
// cooperate (030), or as a threat (130) when the vowed act, through verbs
// of continuing ("vowed to keep fighting"), is one of harm or has harm for
// its object ("to continue the war", "to launch a guerrilla campaign":
// hostileObject). A vow the
// dictionary already coded (refineCode: "vowed revenge", 138) keeps its
// code: only a verb still typed a plain statement is retyped.
func (s *sent) vowFrame(t *trigger) {
	if t.noun && !strings.HasSuffix(s.word(t.start), "ing") || t.e.Type != Statement || t.code != "" || !s.d.lemmaIn(s.word(t.start), vowVerbs) || s.tree() == nil {
		return // a gerund read as a noun vows all the same ("with the party pledging to back ...")
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return
	}
	d := s.tr
	xs := d.kids(n, is("xcomp"))
	for _, a := range d.kids(n, is("advcl")) {
		if d.markWord(a) == "to" {
			xs = append(xs, a) // "vowed on Monday to strengthen ties": the parse may hang the infinitive apart
		}
	}
	if len(xs) == 0 {
		s.vowBeforeInfinitive(t)
		return
	}
	e := *t.e
	e.Type, t.code = intendedAct(d, xs[0])
	t.e = &e
}

// intendedAct returns the type and code of a commitment to do the act of
// the infinitive x: a threat (130) when the act, through verbs of
// continuing ("vowed to keep fighting"), is one of harm or has harm for
// its object (hostileObject), else an express intent to cooperate (030).
func intendedAct(d *tree, x node) (Type, string) {
	for {
		if d.lemmaIn(x, hostileIntents) || hostileObject(d, x) {
			return Threaten, threatCode // "vowed to crush the rebels", "to launch a guerrilla war"
		}
		if !d.lemmaIn(x, aspectualVerbs) {
			return ExpressIntentToCooperate, intentCode
		}
		next := d.kids(x, is("xcomp"))
		if len(next) == 0 {
			return ExpressIntentToCooperate, intentCode
		}
		x = next[0] // "vowed to keep fighting"
	}
}

// offerVerbs are the lexicon's verbs of an intent that tell an event only
// with a to-infinitive (data/words.yaml).
var offerVerbs = wordList("offer_verbs")

// offerFrame reports whether the trigger t, a verb of offer_verbs ("offered
// to mediate", "promised to send aid", "proposed to hold talks", "decided
// to quit"), is an event: with a to-infinitive, in the parse its open
// complement (or a clause marked "to" hung on it), on the words "to" and
// an infinitive right after it (offeredInfinitive), or, for a verb of
// offerObjectVerbs, with a noun object or a "that" clause (offeredObject:
// "offered an amnesty", "promised reforms"); never in a game's play nor
// with a thing for its subject. With an infinitive the offer, promise,
// proposal or decision is an express intent to cooperate (030; 036 to
// meet or negotiate), a threat (130) when what it intends is harm
// (intendedAct), a refusal (120) when the infinitive is negated, or for a
// decision on a policy measure the economic policy itself; the act
// intended is a planned event of its own (modality.go). With neither
// ("decided the case", "offered little insight") it tells no event of its
// own: any other trigger of the word, or the noun it is the light verb of
// ("offered aid"), is tried.
func (s *sent) offerFrame(t *trigger) bool {
	if t.noun || !s.d.lemmaIn(s.word(t.start), offerVerbs) {
		return true
	}
	if s.games() {
		return false // "decided to bat first after the toss": play, no intent
	}
	if s.thingSubject(t.start) {
		return false // "the budget promised to cut the deficit": no one intends
	}
	typ, code, ok := s.offeredInfinitive(t)
	if !ok {
		typ, code, ok = s.offeredObject(t)
	}
	if !ok {
		return false
	}
	e := *t.e
	e.Type = typ
	t.e, t.code = &e, code
	t.dictionary = true // like the dictionary's verbs, it needs an actor among its participants (frame)
	return true
}

// policyMeasures are the objects that make a decision to act on them an
// economic policy (data/words.yaml).
var policyMeasures = wordList("policy_measures")

// policyObject reports whether the infinitive x has for its object a noun
// of policyMeasures ("to raise the key rate", "to cut production").
func policyObject(d *tree, x node) bool {
	for _, o := range d.kids(x, is("obj")) {
		if d.lemmaIn(o, policyMeasures) {
			return true
		}
	}
	return false
}

// offerObjectVerbs are the verbs of offerVerbs whose noun object or
// "that" clause is what they offer (data/words.yaml).
var offerObjectVerbs = wordList("offer_object_verbs")

// offeredObject returns the type and code of an offer, a promise or a
// proposal (offerObjectVerbs) of what its noun object or "that" clause in
// the parse names ("offered an olive branch", "promised 700 troops",
// "proposed that the talks resume"): the CAMEO dictionary's code for the
// verb's clause (offer * condolences 018: a statement; propose 020: an
// appeal), an express intent (030) when it gives none or a catch-all;
// and whether it has such an object. A pronoun object ("offered it")
// tells nothing offered, and a passive tells of the one offered to, not
// the offer.
func (s *sent) offeredObject(t *trigger) (Type, string, bool) {
	if !s.d.lemmaIn(s.word(t.start), offerObjectVerbs) || s.tree() == nil {
		return "", "", false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return "", "", false
	}
	d := s.tr
	if len(d.kids(n, is("nsubj:pass", "aux:pass"))) > 0 {
		return "", "", false // "they were promised work", "had been offered shifts": told of the one offered to
	}
	has := slices.ContainsFunc(d.kids(n, is("obj")), func(o node) bool {
		u := d.w(o).UPOS
		return u == "NOUN" || u == "PROPN" || u == "NUM"
	}) || slices.ContainsFunc(d.kids(n, is("ccomp")), func(c node) bool { return d.markWord(c) == "that" })
	if !has {
		return "", "", false
	}
	m, ok := cameoDict().Match(s.clauseAt(t.start, t.e.Lemma))
	code := string(m.Code)
	if !ok || code == "" || code == catchAllStatement || code == catchAllConsult || typeOfCode(code) == "" {
		return ExpressIntentToCooperate, intentCode, true
	}
	return typeOfCode(code), code, true
}

// offeredInfinitive returns the type and code of the act the verb trigger
// t intends by its to-infinitive (intendedAct; 036 for one of
// meetingIntents), and whether it has one.
func (s *sent) offeredInfinitive(t *trigger) (Type, string, bool) {
	if n, ok := s.triggerNode(t); ok {
		d := s.tr
		xs := d.kids(n, is("xcomp"))
		for _, a := range d.kids(n, is("advcl")) {
			if d.markWord(a) == "to" && len(d.kids(n, is("obj"))) == 0 {
				// "offered on Monday to mediate": the parse may hang the
				// infinitive apart; not a purpose after an object
				// ("offered assistance to overcome the epidemic": the
				// noun's aid)
				xs = append(xs, a)
			}
		}
		for _, x := range xs {
			if d.w(x).UPOS != "VERB" || d.isLemma(x, "be") || !hasMark(d, x, "to") || hasMark(d, x, "whether") || len(d.kids(x, is("cop"))) > 0 {
				continue // "promised to be the upstart", "decided on whether to bring charges": no act intended
			}
			if d.negated(x) {
				return Reject, rejectCode, true // "decided not to support the resolution": a refusal
			}
			if d.lemmaIn(x, meetingIntents) {
				return ExpressIntentToCooperate, meetingIntentCode, true
			}
			if t.e.Lemma == "decide" && policyObject(d, x) {
				return EconomicPolicy, "", true // "decided to raise the key rate": the policy, done when decided
			}
			typ, code := intendedAct(d, x)
			return typ, code, true
		}
		return "", "", false
	}
	to := t.end
	if to >= s.last || s.word(to) != "to" || !s.infinitive(to) || s.word(to+1) == "be" {
		return "", "", false
	}
	switch {
	case s.d.lemmaIn(s.word(to+1), meetingIntents):
		return ExpressIntentToCooperate, meetingIntentCode, true
	case s.d.lemmaIn(s.word(to+1), hostileIntents):
		return Threaten, threatCode, true
	}
	return ExpressIntentToCooperate, intentCode, true
}

// vowBeforeInfinitive is vowFrame on the words when the parse hangs the
// infinitive after the verb elsewhere ("with the party pledging to back
// the coalition", the gerund read as a noun): a to-infinitive right after
// the verb makes it an express intent, or a threat when the infinitive is
// of hostileIntents.
func (s *sent) vowBeforeInfinitive(t *trigger) {
	to := t.end
	if to >= s.last || s.word(to) != "to" || !s.infinitive(to) {
		return
	}
	e := *t.e
	e.Type, t.code = ExpressIntentToCooperate, intentCode
	if s.d.lemmaIn(s.word(to+1), hostileIntents) {
		e.Type, t.code = Threaten, threatCode
	}
	t.e = &e
}

// hostileObject reports whether the verb x has for its object a noun of
// hostileIntents, or one a word of hostileIntents modifies ("continue the
// fight", "launch a guerrilla campaign").
func hostileObject(d *tree, x node) bool {
	for _, o := range d.kids(x, is("obj")) {
		if d.lemmaIn(o, hostileIntents) {
			return true
		}
		for _, m := range d.kids(o, is("amod", "compound")) {
			if d.lemmaIn(m, hostileIntents) {
				return true
			}
		}
	}
	return false
}

// enactedDecision reports whether the trigger t, a decision to act
// (offerFrame), has for its infinitive another trigger of a type the
// decision itself enacts ("decided to postpone the launch", "decided to
// raise its key rate": decision_acts in data/modality.yaml): that act,
// done when decided, is the event, and the decision no second one beside
// it. It is false without a parse.
func (s *sent) enactedDecision(t *trigger) bool {
	if t.noun || t.e.Lemma != "decide" || t.e.Type != ExpressIntentToCooperate || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	for _, o := range s.triggers {
		if o == t || !decisionAct(o) {
			continue
		}
		on, ok := s.triggerNode(o)
		if !ok {
			continue
		}
		if h, ok := s.tr.head(on); ok && h == n && is("xcomp", "advcl")(s.tr.rel(on)) {
			return true
		}
	}
	return false
}
