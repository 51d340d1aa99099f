package event

import (
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
// document's mentions after all its sentences are read.

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
func dateLeadSpeech(ms []Mention, dct time.Time) {
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
		if x := nextSpeechDay(ms[i+1:], m, dct); x != nil {
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
	end := dct.AddDate(0, 0, 1)
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
		day := f.Time.Interval.Start
		if !day.Before(end) || day.Before(dct.AddDate(0, 0, -leadSpeechAge)) {
			continue
		}
		return f.Time
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
