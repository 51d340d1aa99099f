package event

import "strings"

// announcedAidCode is the CAMEO code of an intent to provide material aid
// (033): what an announcement of aid to come is.
const announcedAidCode = "033"

// announcedAid retypes each planned aid mention of ms ("the United States
// will provide 15 million dollars in emergency aid to North Korea, the
// State Department said Tuesday") as the announcement it is: an asserted
// express intent to cooperate (CAMEO 033, as the gold's decisions count a
// pledge or announced aid), dated as the clause dates it, or by the
// publication when that date is the aid's, still to come. The aid itself
// has not happened; the pledge has.
func (s *sent) announcedAid(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Type != Aid || m.Factuality != Planned || m.Background {
			continue
		}
		m.Type, m.CAMEO, m.Factuality = ExpressIntentToCooperate, announcedAidCode, Asserted
		if m.Time != nil && s.afterDCT(m.Time) {
			m.Time, m.Basis = nil, Publication
		}
	}
}

// meetingAnnouncers returns the speakers of the sentence who announce a
// meeting or a negotiation of their own, still planned ("Hill said Monday
// he will meet his North Korean counterpart", "the minister announced she
// would visit Chile"): the trigger's verb, not background, is what a verb
// of leadSpeech says, in the future (announcingModals), with a personal
// pronoun (announcerPronouns) for its subject that stands for the speaker,
// who names an actor; no other actor is its agent. A meeting others will
// hold ("said the two leaders will meet") has no announcer.
func (s *sent) meetingAnnouncers(kept []*trigger, ms []Mention) map[string]bool {
	var out map[string]bool
	for k, t := range kept {
		m := &ms[k]
		if m.Type != Meeting && m.Type != Negotiation && m.Type != Visit || m.Factuality != Planned || m.Background || t.noun {
			continue
		}
		if id, ok := s.announcer(t); ok && !otherAgent(m, id) {
			if out == nil {
				out = map[string]bool{}
			}
			out[id] = true
		}
	}
	return out
}

// announcedMeetings retypes each plain statement of ms by a speaker of
// announcers (meetingAnnouncers) as the announcement it is: an express
// intent to meet or negotiate (CAMEO 036), dated and titled as the
// statement ("Christopher Hill says he will meet ..."). The meeting itself
// stays planned, no event of its own.
func announcedMeetings(announcers map[string]bool, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Type != Statement || m.CAMEO != Statement.CAMEO() || len(m.Participants) == 0 ||
			m.Participants[0].Role != Agent || !announcers[m.Participants[0].ActorID] {
			continue
		}
		m.Type, m.CAMEO = ExpressIntentToCooperate, meetingIntentCode
	}
}

// announcingModals are the auxiliaries of a verb told as the speaker's own
// plan, announcerPronouns the subjects that stand for the speaker
// (data/words.yaml).
var (
	announcingModals  = wordList("announcing_modals")
	announcerPronouns = wordList("announcer_pronouns")
)

// announcer returns the actor of the speaker who announces trigger t's verb
// as an act of his own (announcedMeetings), and whether there is one.
func (s *sent) announcer(t *trigger) (string, bool) {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return "", false
	}
	d := s.tr
	h, ok := d.head(n)
	if !ok || d.rel(n) != "ccomp" || !leadSpeech[strings.ToLower(d.w(h).Form)] {
		return "", false
	}
	future := false
	for _, a := range d.kids(n, is("aux")) {
		future = future || announcingModals[strings.ToLower(d.w(a).Form)]
	}
	subj := d.kids(n, is("nsubj"))
	if !future || len(subj) != 1 || !announcerPronouns[strings.ToLower(d.w(subj[0]).Form)] {
		return "", false
	}
	id := s.treeReporter(h)
	return id, id != ""
}

// otherAgent reports whether an agent of m is another actor than id.
func otherAgent(m *Mention, id string) bool {
	for _, p := range m.Participants {
		if p.Role == Agent && p.ActorID != id {
			return true
		}
	}
	return false
}
