package event

import "strings"

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
	e.Type = ExpressIntentToCooperate
	t.e, t.code = &e, intentCode
	for x := xs[0]; ; {
		if d.lemmaIn(x, hostileIntents) || hostileObject(d, x) {
			e.Type = Threaten // "vowed to crush the rebels", "to launch a guerrilla war"
			t.code = threatCode
			return
		}
		if !d.lemmaIn(x, aspectualVerbs) {
			return
		}
		next := d.kids(x, is("xcomp"))
		if len(next) == 0 {
			return
		}
		x = next[0] // "vowed to keep fighting"
	}
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
