package event

import "github.com/chronograph-news/chronograph/timex"

// The day of a report bounds what it tells as done. An act a dated report
// tells in another tense than its own simple past, or deeper than its
// immediate content, takes no day from it (reportTime, reportNested:
// "police have arrested 60 men, a newspaper reported on Wednesday"), and
// told as done it is bounded by the publication (bindUndated). It lies on
// or before the report, though: when the report is dated before the
// publication day (the newspaper's Wednesday in a Thursday dispatch), that
// day is its bound (Mention.BoundBy), never the later DCT.

// boundByReport gives each publication-bound mention of the sentence with
// no time of its own the time of the dated report that tells it
// (reportBound) as the bound of its date.
func (s *sent) boundByReport(ts []*trigger, ms []Mention) {
	for k, t := range ts {
		m := &ms[k]
		if m.Time != nil || m.Basis != PublicationBound || m.BoundBy != nil {
			continue
		}
		m.BoundBy = s.reportBound(t)
	}
}

// reportBound returns the time expression of the sentence that the parse
// ties to a verb of reporting whose content tells t's event
// (reportTime, reportNested), when it has an interval; nil for none or
// without a parse.
func (s *sent) reportBound(t *trigger) *timex.Timex {
	if s.tree() == nil {
		return nil
	}
	for i := s.first; i < s.last; i++ {
		xi := s.d.timexAt[i]
		if xi < 0 || i > s.first && s.d.timexAt[i-1] == xi {
			continue
		}
		x := &s.d.in.Times[xi]
		if x.Interval == nil || !datesEvents(x) {
			continue
		}
		if s.reportTime(i, t) || s.reportNested(i, t) {
			return x
		}
	}
	return s.reportDayBeforeThat(t)
}

// reportDayBeforeThat returns the time right after a verb of reporting
// before t (past a dateline's "here" and "on") when "that" follows it and
// opens the content t is told in ("the Ledger reported on Wednesday that
// police have arrested 60 men"): the report's day, which a parse reading
// the verb as a relative clause of its subject leaves to no verb; nil for
// none.
func (s *sent) reportDayBeforeThat(t *trigger) *timex.Timex {
	for v := s.first; v < t.start; v++ {
		n, ok := s.treeNode(v)
		if !ok || !s.reportingVerb(n) {
			continue
		}
		i := s.pastHereOn(v + 1)
		if i >= t.start || s.d.timexAt[i] < 0 {
			continue
		}
		xi := s.d.timexAt[i]
		j := i
		for j < s.last && s.d.timexAt[j] == xi {
			j++
		}
		x := &s.d.in.Times[xi]
		if j < t.start && s.word(j) == "that" && x.Interval != nil && datesEvents(x) {
			return x
		}
	}
	return nil
}
