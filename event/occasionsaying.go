package event

import (
	"github.com/chronograph-news/chronograph/timex"
)

// occasionsaying.go: a lead that tells a saying or a meeting on a day
// ("X said here Tuesday", "In a meeting with Y, X said") tells one
// occasion, which the article goes on to report: "Y said his country
// values the relations", "\"...,\" said Y." Those later sayings of the
// occasion's other parties give no day again, yet they are said at it,
// and are its news as the lead's saying is (laterstatement.go), dated by
// its day.

// occasion is what the article's lead told of its occasion: the parties
// (agents and counterparts) of its sayings and meetings told as done,
// the speakers of its sayings among them, and the day its first dated
// one gives, or nil.
type occasion struct {
	parties, speakers map[string]bool
	day               *timex.Timex
}

// occasionTypes are the types of the mentions whose parties make the
// lead's occasion: a saying and a meeting.
var occasionTypes = map[Type]bool{Statement: true, Meeting: true}

// noteOccasion records the parties of the sayings and meetings the
// lead's sentences (the first headlineLead) tell as done, and the day of
// the first of them a time of its own dates to a day (not a background
// mention, not a perfect bound by the publication).
func (s *sent) noteOccasion(ms []Mention) {
	if s.index >= headlineLead {
		return
	}
	o := &s.d.mem.occasion
	for k := range ms {
		m := &ms[k]
		if !occasionTypes[m.Type] || m.Background || m.Factuality != Asserted && m.Factuality != Reported {
			continue
		}
		for _, p := range m.Participants {
			if p.Role != Agent && p.Role != Counterpart {
				continue
			}
			if o.parties == nil {
				o.parties, o.speakers = map[string]bool{}, map[string]bool{}
			}
			o.parties[p.ActorID] = true
			if m.Type == Statement && p.Role == Agent {
				o.speakers[p.ActorID] = true
			}
		}
		if o.day == nil && m.Time != nil && fine(m.Time) && (m.Basis == Explicit || m.Basis == Relative) {
			x := *m.Time
			o.day = &x
		}
	}
}

// occasionSpeech reports, before any parse, whether the sentence, past the
// lead of an article whose lead dated its occasion, holds a verb of
// leadSpeech: a saying laterStatement may date by the occasion's day.
func (s *sent) occasionSpeech() bool {
	if s.index < headlineLead || s.d.mem.occasion.day == nil {
		return false
	}
	for i := s.first; i < s.last; i++ {
		if leadSpeech[s.word(i)] {
			return true
		}
	}
	return false
}

// occasionSaying returns the day of the lead's occasion for the saying m
// at token r with no day of its own, when its speaker is a party of the
// occasion other than a speaker of the lead ("In a meeting with Y, X said
// …" then "Y said …": Y's own statement; X's later words are more of
// the lead's, whose statement already tells them) and it is told in the
// simple past ("Y said", "said Y"; not "Y has said", "Y says"); else nil.
func (s *sent) occasionSaying(m *Mention, r int) *timex.Timex {
	o := s.d.mem.occasion
	if o.day == nil || m.Type != Statement || !s.simplePast(&trigger{start: r, end: r + 1, anchor: r}) {
		return nil
	}
	for _, p := range m.Participants {
		if p.Role == Agent && o.parties[p.ActorID] && !o.speakers[p.ActorID] {
			x := *o.day
			x.Relative = true
			return &x
		}
	}
	return nil
}
