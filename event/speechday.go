package event

import (
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// The day of the lead's speech. A lead that gives the day its speaker
// spoke ("President X said Wednesday night he hoped ...", in a Thursday
// paper) tells one occasion, which the article goes on to report: "In a
// televised speech, X said ...", "X also called upon officials to ...".
// Those later sayings give no day again, yet they are the same speech's,
// not the news of the publication day. A mention of a later sentence with
// no time of its own, asserted or reported, of a type of saying
// (spokenTypes), whose agent is the lead's speaker and which is told in
// the simple past or by a noun, takes the lead speech's day (basis
// relative). A day that is the publication's changes nothing; a saying
// told in the perfect or as background stays bound (aspect.go).

// spokenTypes are the types of a saying: what a speaker states, appeals
// for, demands, criticises, rejects, threatens, pledges or welcomes in a
// speech.
var spokenTypes = map[Type]bool{Statement: true, Appeal: true, Demand: true, Disapprove: true,
	Reject: true, Threaten: true, ExpressIntentToCooperate: true, DiplomaticCooperation: true}

// speechDay is the speaker and the day of the lead's speech (see above).
type speechDay struct {
	speaker  string
	day      *timex.Timex
	sentence int
}

// noteSpeechDay records, in the article's lead (its first headlineLead
// sentences), the speaker and the day of its first saying dated to a day
// that is not the publication's: a verb of speech ("X said Wednesday
// night", "on Tuesday told reporters": speechTime; the speaker:
// leadSpeaker), or a mention of a saying dated by its own expression
// ("X on Monday accused Y of ...") naming its agent.
func (s *sent) noteSpeechDay(ms []Mention) {
	if s.index >= headlineLead || s.d.mem.speech.day != nil || s.d.in.DCT.IsZero() {
		return
	}
	spoken := func(x *timex.Timex) bool {
		return x != nil && x.Interval != nil && fine(x) && !onDay(x.Interval.Start, s.d.in.DCT)
	}
	for k := range ms {
		m := &ms[k]
		if !spokenTypes[m.Type] || m.Background || m.Basis != Explicit && m.Basis != Relative || !spoken(m.Time) {
			continue
		}
		if id := agentOf(m); id != "" {
			s.d.mem.speech = speechDay{speaker: id, day: m.Time, sentence: s.index}
			return
		}
	}
	for r := s.first; r < s.last; r++ {
		if !leadSpeech[s.word(r)] {
			continue
		}
		// the words find the day; only then is the sentence parsed for
		// its speaker
		x := s.speechTime(&trigger{start: r, end: r + 1})
		if !spoken(x) {
			continue
		}
		if s.tree() == nil {
			return
		}
		if id := s.leadSpeaker(r); id != "" {
			s.d.mem.speech = speechDay{speaker: id, day: x, sentence: s.index}
		}
		return
	}
}

// onDay reports whether a and b fall on the same calendar day.
func onDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// carrySpeechDay dates the undated sayings of the lead's speaker in a
// later sentence by the lead speech's day (see above).
func (s *sent) carrySpeechDay(ts []*trigger, ms []Mention) {
	sp := s.d.mem.speech
	if sp.day == nil || s.index <= sp.sentence {
		return
	}
	for k, t := range ts {
		m := &ms[k]
		if m.Time != nil || m.Background || m.Basis != Publication || !spokenTypes[m.Type] ||
			m.Factuality != Asserted && m.Factuality != Reported || !saidBy(m, sp.speaker) {
			continue
		}
		if !t.noun && !s.simplePast(t) {
			continue
		}
		x := *sp.day
		x.Relative = true
		m.Time, m.Basis = &x, Relative
	}
}

// saidBy reports whether id is an agent of m.
func saidBy(m *Mention, id string) bool {
	for _, p := range m.Participants {
		if p.Role == Agent && p.ActorID == id {
			return true
		}
	}
	return false
}
