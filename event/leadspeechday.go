package event

import (
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// The day a lead's saying is told next. A lead that gives no day for
// its speaker's saying ("Shortages will ease, said X, head of the
// agency"; "X has called on residents to stay calm") is often followed
// by the sentence that places it ("In a radio interview late Monday, X
// declared ...", "X told reporters here Wednesday"): one occasion, told
// first for its content, then for its day. A saying of the lead (its
// first headlineLead sentences) with no time of its own (basis
// Publication or PublicationBound), asserted or reported and not
// background, takes the day of the first saying (spokenTypes) by the
// same agent in the next leadSpeechWindow sentences that is dated to a
// day by its own expression, no later than the publication date and at
// most leadSpeechAge days before it (basis Relative). This is the
// backward twin of carrySpeechDay (speechday.go), run once over the
// document's mentions after all its sentences are read. A sentence that
// only places a saying told before ("She made the remarks on Friday at
// a forum": noteRemarksDay) gives the day as such a saying does, its
// subject a name of the speaker or, for a person, "he" or "she".

// leadSpeechWindow is how many sentences after a lead's saying may give
// its day.
const leadSpeechWindow = 2

// leadSpeechAge is how many days before publication the day told next
// may lie: a lead's undated saying is the news of the last days, not an
// old one.
const leadSpeechAge = 7

// dateLeadSpeech dates the undated sayings of the lead by the day the
// next sentences give the same speaker's saying (see above). ms are the
// document's mentions in sentence order; dct its publication date.
func dateLeadSpeech(ms []Mention, remarks []remarksDay, dct time.Time) {
	if dct.IsZero() {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Sentence >= headlineLead {
			return
		}
		if m.Time != nil || m.Background || m.Basis != Publication && m.Basis != PublicationBound ||
			!spokenTypes[m.Type] || m.Factuality != Asserted && m.Factuality != Reported {
			continue
		}
		x := nextSpeechDay(ms[i+1:], m, dct)
		if x == nil {
			x = remarksDayOf(remarks, m, dct)
		}
		if x != nil {
			y := *x
			y.Relative = true
			m.Time, m.Basis = &y, Relative
		}
	}
}

// nextSpeechDay is the time of the first saying by an agent of m in the
// leadSpeechWindow sentences after m's, dated to a day by its own
// expression within leadSpeechAge days up to dct; nil when none is.
func nextSpeechDay(rest []Mention, m *Mention, dct time.Time) *timex.Timex {
	for k := range rest {
		f := &rest[k]
		if f.Sentence <= m.Sentence {
			continue
		}
		if f.Sentence > m.Sentence+leadSpeechWindow {
			return nil
		}
		if f.Time == nil || f.Time.Interval == nil || !fine(f.Time) || f.Background || f.ReportDated ||
			f.Basis != Explicit && f.Basis != Relative || !spokenTypes[f.Type] || !sameAgent(m, f) {
			continue
		}
		if !recentDay(f.Time, dct) {
			continue
		}
		return f.Time
	}
	return nil
}

// recentDay reports whether x starts no later than the day dct and at
// most leadSpeechAge days before it.
func recentDay(x *timex.Timex, dct time.Time) bool {
	day := x.Interval.Start
	return day.Before(dct.AddDate(0, 0, 1)) && !day.Before(dct.AddDate(0, 0, -leadSpeechAge))
}

// remarksDay is a sentence that places a saying told before: its index,
// the actor id of its subject ("" for a pronoun) and the day it gives.
type remarksDay struct {
	sentence int
	speaker  string
	day      *timex.Timex
}

// remarksDayOf is the day of the first sentence of remarks in the
// leadSpeechWindow sentences after m's whose subject is an agent of m,
// or a pronoun when that agent is a person (see above); nil when none is.
func remarksDayOf(remarks []remarksDay, m *Mention, dct time.Time) *timex.Timex {
	for _, r := range remarks {
		if r.sentence <= m.Sentence || r.sentence > m.Sentence+leadSpeechWindow || !recentDay(r.day, dct) {
			continue
		}
		for _, p := range m.Participants {
			if p.Role == Agent && (p.ActorID == r.speaker || r.speaker == "" && strings.HasPrefix(p.ActorID, "person:")) {
				return r.day
			}
		}
	}
	return nil
}

var (
	remarkVerbs    = wordList("remark_verbs")
	remarkNouns    = wordList("remark_nouns")
	remarkPronouns = wordList("remark_pronouns")
)

// remarkNounReach is how many tokens after a remark verb its noun may
// stand ("made these brief remarks").
const remarkNounReach = 3

// noteRemarksDay records a sentence past the first that places a saying
// told before (see above): a remark verb right after its subject, a name
// or "he"/"she" (remark_pronouns), with a remark noun among the next
// remarkNounReach tokens, and a time expression precise to a day that the
// parse attaches to that verb or noun.
func (s *sent) noteRemarksDay() {
	if s.index == 0 || s.index >= headlineLead+leadSpeechWindow || s.d.in.DCT.IsZero() {
		return
	}
	for r := s.first + 1; r < s.last; r++ {
		if !remarkVerbs[s.word(r)] {
			continue
		}
		n := s.remarkNounAfter(r)
		if n < 0 {
			continue
		}
		speaker := ""
		if a := s.d.actorAt[r-1]; a >= 0 {
			speaker = s.d.in.Actors[a].ActorID
		} else if !remarkPronouns[s.word(r-1)] {
			continue
		}
		if x := s.remarksTime(r, n); x != nil {
			s.d.remarks = append(s.d.remarks, remarksDay{sentence: s.index, speaker: speaker, day: x})
		}
		return
	}
}

// remarkNounAfter is the token of the first remark noun among the
// remarkNounReach tokens after token r, or -1.
func (s *sent) remarkNounAfter(r int) int {
	for j := r + 1; j < s.last && j <= r+remarkNounReach; j++ {
		if remarkNouns[s.word(j)] {
			return j
		}
	}
	return -1
}

// remarksTime is the first time expression precise to a day in the
// sentence that the parse attaches to the remark verb at token r or to
// its noun at token n ("made the remarks on Friday"); nil when none is.
func (s *sent) remarksTime(r, n int) *timex.Timex {
	for c := s.first; c < s.last; c++ {
		xi := s.d.timexAt[c]
		if xi < 0 || c > s.first && s.d.timexAt[c-1] == xi {
			continue
		}
		x := &s.d.in.Times[xi]
		if !datesEvents(x) || x.Interval == nil || !fine(x) {
			continue
		}
		v, ok := s.treeNode(r)
		w, ok2 := s.treeNode(n)
		if !ok || !ok2 {
			return nil
		}
		if a, ok := s.attachmentOf(c); ok && (a.head == v || a.head == w) {
			return x
		}
	}
	return nil
}

// sameAgent reports whether m and f share an agent.
func sameAgent(m, f *Mention) bool {
	for _, p := range m.Participants {
		if p.Role == Agent && saidBy(f, p.ActorID) {
			return true
		}
	}
	return false
}
