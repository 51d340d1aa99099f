package event

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
