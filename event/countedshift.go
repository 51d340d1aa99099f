package event

import (
	"fmt"
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// Counted shifts within a sentence. A verb whose time is counted from a
// moment its sentence told before ("In 1986, he was elected to the
// assembly, and three years later he ran for president"; "was arrested in
// May 1960 and died two months later") happened that long after (or,
// with "earlier", before) that moment: the moment shifted by the count,
// at the count's unit (a year for years, a month for months, a day for
// days and weeks). It is not the moment itself, which the rules for the
// clause's time would give it (an opener, the nearest time of the
// sentence), nor a comparison ("a year earlier than planned"). A count told roughly ("more than two years later": the
// duration has a mod) or in a unit finer than its moment ("six months
// later" from a year) gives no date: the event is then bound by the
// publication date (countedLater) or dated as before.

// countedLaterAdverbs and countedEarlierAdverbs follow a duration on a
// verb to count its time forward or back from a moment told before
// (data/words.yaml; countedShift).
var (
	countedLaterAdverbs   = wordList("counted_later_adverbs")
	countedEarlierAdverbs = wordList("counted_earlier_adverbs")
)

// countedShift returns the date of the verb trigger t when the parse
// hangs on its verb an adverb of countedLaterAdverbs or
// countedEarlierAdverbs right after an exact duration, and the sentence
// tells a date before that duration to count from (see above). counted
// reports that the verb counts its time so, even when no date results.
// It is false without a parse or for a noun.
func (s *sent) countedShift(t *trigger) (x *timex.Timex, counted bool) {
	if t.noun || s.tree() == nil {
		return nil, false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return nil, false
	}
	for _, k := range s.tr.kids(n, is("advmod")) {
		w := strings.ToLower(s.tr.w(k).Form)
		sign := 0
		switch {
		case countedLaterAdverbs[w]:
			sign = 1
		case countedEarlierAdverbs[w]:
			sign = -1
		default:
			continue
		}
		toks := s.tokensOf(k)
		if len(toks) == 0 || toks[0]-1 < s.first || s.word(toks[len(toks)-1]+1) == "than" {
			continue // "one year earlier than planned": a comparison, no count from a date
		}
		di := s.d.timexAt[toks[0]-1]
		if di < 0 || s.d.in.Times[di].Type != timex.Duration {
			continue
		}
		dur := &s.d.in.Times[di]
		first := toks[0] - 1
		for first > s.first && s.d.timexAt[first-1] == di {
			first--
		}
		return s.shiftFrom(first, dur, sign), true
	}
	return nil, false
}

// shiftFrom returns the nearest dating expression of the sentence that
// ends before token before, shifted by the duration dur (sign 1 forward,
// -1 back) at the duration's unit; nil when the duration is not an exact
// count of years, months, weeks or days, when no such expression comes
// before, or when its granularity is coarser than the unit.
func (s *sent) shiftFrom(before int, dur *timex.Timex, sign int) *timex.Timex {
	if dur.Mod != "" {
		return nil // "more than two years later": no exact count
	}
	n, unit := 0, ""
	if _, err := fmt.Sscanf(dur.Value, "P%d%s", &n, &unit); err != nil || n <= 0 {
		return nil
	}
	var anchor *timex.Timex
	for i := before - 1; i >= s.first; i-- {
		if xi := s.d.timexAt[i]; xi >= 0 && datesEvents(&s.d.in.Times[xi]) && s.d.in.Times[xi].Interval != nil {
			anchor = &s.d.in.Times[xi]
			break
		}
	}
	if anchor == nil {
		return nil
	}
	x := *anchor
	x.Start, x.End, x.Text = dur.Start, dur.End, dur.Text
	switch unit {
	case "Y":
		y, _ := monthShift(&x, sign*12*n)
		return y
	case "M":
		y, _ := monthShift(&x, sign*n)
		return y
	case "W":
		n *= 7
	case "D":
	default:
		return nil
	}
	if anchor.Granularity != timex.Day {
		return nil // "two days later" from a month: which day is unsure
	}
	x.Type, x.Mod, x.Relative = timex.Date, "", true
	x = dayShifted(x, sign*n)
	return &x
}
