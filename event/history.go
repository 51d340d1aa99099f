package event

import (
	"slices"

	"github.com/chronograph-news/chronograph/timex"
)

// Recalled history. A sentence that dates a past happening well before
// the publication date ("In the 1848 revolt, students held the town
// hall") opens an account of that time; the sentences right after it
// go on telling it in the simple past without a date of their own ("They
// barricaded the gates when the troops came"). Such an
// undated event is no news of the publication day: it is bounded by the
// publication date (basis PublicationBound) instead of taking it. The
// narrative (narrative.go) gives the next sentence the recalled date
// itself when that date is a day; a coarser one (a year, a month) it does
// not pass on, and the account may move on from it ("Within days,
// the revolt was over").
//
// What is done in words (a statement, an appeal, a denial: verbalRoot)
// is left the publication date: a reaction told after the history
// recalled is the day's news ("The mufti also denounced the
// assassination").
//
// The account reaches historyReach sentences after the one that dated
// it (the next: farther on, wire news is back to the day's news as often
// as not), which must date no event of its own; the date must end at
// least historyDays before the publication date.

// historyDays is how many days before the publication date a date must
// end to open an account of the past; historyReach how many sentences
// after its own the account goes on.
const (
	historyDays  = 30
	historyReach = 1
)

// noteHistory records, when sentence s dates an asserted or reported
// event told by a verb in the simple past, not in a relative clause or a
// participle on a noun ("the uprising in 2001, which threatened the
// country"; "Sutcliffe, convicted of murders in 1981"), and no change of
// figures (whose date may be the base it is measured from), to a time
// ending historyDays or more before the publication date by a time
// expression of its own, that it opens an account of the past; a sentence
// dating an event to a later time closes it. A sentence that dates no
// event opens one too when the parse hangs such an expression on its
// past root verb, an act no trigger tells ("boosted their ties last
// year": rootPastAt), not after a word opening a state ("the highest
// since 2003").
func (s *sent) noteHistory(ts []*trigger, ms []Mention) {
	d := s.d
	if d.in.DCT.IsZero() || !s.datesSentence() {
		return // a date the narrative passed on opens no account
	}
	limit := daysBeforeDCT(d.in.DCT, historyDays)
	for k, t := range ts {
		m := &ms[k]
		if m.Time == nil || m.Background || m.Basis == Publication || m.Basis == PublicationBound || (m.Factuality != Asserted && m.Factuality != Reported) {
			continue
		}
		if m.Time.Interval == nil || m.Time.Interval.End.After(limit) {
			d.mem.history, d.mem.historyRoot = -1, nil // the account is back in the present
			return
		}
		if m.Type == MarketMovement {
			continue // a change's date may be its base's ("fell from the levels of 1996")
		}
		if _, participle := s.aclVerb(t); !t.noun && s.simplePast(t) && !participle && !s.aspectOf(t).before() {
			d.mem.history, d.mem.historyRoot = s.index, nil
		}
	}
	if d.mem.history == s.index || slices.ContainsFunc(ms, func(m Mention) bool { return m.Time != nil && !m.Background }) {
		// an event the sentence dates decided above; a background one
		// ("the banned party", "a camp set up in 1946") tells nothing of
		// the root's account
		return
	}
	for _, t := range ts {
		if n, ok := s.triggerNode(t); ok && s.tr.rel(n) == "root" {
			return // the root is told by a trigger: its mention decided above
		}
	}
	if !s.endsBy(timex.Year, limit) {
		return // no expression of the sentence could open an account: the parse is spared
	}
	// its root verb is read when the next sentence asks (rootOpens)
	d.mem.historyRoot = s
}

// rootOpens reports whether the sentence, which dates no event, opens an
// account of the past by its root verb: the parse hangs on that verb, in
// the past and told by no trigger, a time expression of its own ending
// historyDays or more before the publication date ("the two countries
// boosted their ties last year": the next sentence's "They signed two
// pacts" is of that time). A reporting verb opens one too ("In October,
// the panel said in a report that ...": the next sentence's "The panel
// named him" tells the report's account, not the day's news).
func (s *sent) rootOpens() bool {
	limit := daysBeforeDCT(s.d.in.DCT, historyDays)
	x := s.rootPastAt(timex.Year, true)
	return x != nil && x.Interval != nil && !x.Interval.End.After(limit) && !s.opensState(x)
}

// historyBefore returns the index of the last sentence before s that
// opened an account of the past, or -1, reading the root verb of the one
// before s (historyRoot) when asked to; a sentence noted further back
// opened none that reaches s.
func (s *sent) historyBefore() int {
	mem := &s.d.mem
	if r := mem.historyRoot; r != nil && r.index < s.index {
		mem.historyRoot = nil
		if r.index+historyReach >= s.index && r.rootOpens() {
			mem.history = r.index
		}
	}
	return mem.history
}

// bindHistory bounds by the publication date each undated simple-past
// mention, not done in words, of a sentence within historyReach after one
// that opened an account of the past, when it dates no event of its own
// (see above).
func (s *sent) bindHistory(ts []*trigger, ms []Mention) {
	if s.datesSentence() || !slices.ContainsFunc(ts, func(t *trigger) bool { return !t.noun }) {
		return // nothing to bound: the sentence before is not read
	}
	h := s.historyBefore()
	if h < 0 || s.index <= h || s.index-h > historyReach {
		return
	}
	for k, t := range ts {
		m := &ms[k]
		if !dayOfPublication(m) || m.Background {
			continue
		}
		if t.noun || !s.simplePast(t) || verbalRoot(m.CAMEO) {
			continue
		}
		m.Basis = PublicationBound
	}
}

// opensState reports whether the time expression x follows a word that
// makes it the start or end of a state ("the highest since late March
// 2003": state_starts), not a moment of the account.
func (s *sent) opensState(x *timex.Timex) bool {
	for i := s.first + 1; i < s.last; i++ {
		if xi := s.d.timexAt[i]; xi >= 0 && &s.d.in.Times[xi] == x && s.d.timexAt[i-1] != xi {
			return stateStarts[s.word(i-1)]
		}
	}
	return false
}
