package event

import (
	"github.com/chronograph-news/chronograph/timex"
)

// periodcount.go: a count of people or things an act befell one by one,
// summed over the story's year or the one before ("4,000 prisoners were
// executed last year", "police have arrested 2,600 migrants so far this
// year", "in 2005, 334 officials were criticized"): a statistic of many
// acts, none told as one.

// periodCountMin is the smallest count a statistic sums: fewer may be
// one raid's or one attack's.
const periodCountMin = 100

// periodSumMin is the smallest count a present perfect sums over the
// period running at publication ("31 smugglers have been detained this
// year"): told as a running total, not as one act.
const periodSumMin = 10

// periodCountYears is how many years before the publication's a summed
// period may lie: an older year dates history told ("148 people were
// executed in 1982"), not this year's or last year's figures.
const periodCountYears = 1

// periodSpans are the granularities of a period a statistic sums: a year,
// a half or a quarter. A month or a day may date one mass arrest.
var periodSpans = map[timex.Granularity]bool{timex.Year: true, timex.Half: true, timex.Quarter: true}

// periodCount reports whether the verb trigger t, of a type of
// modality.yaml period_counted, tells a count of periodCountMin or more
// in its object or passive subject ("arrested 18,000 people", "4,000
// prisoners were executed") over a period of periodSpans that lies in
// the publication's year or periodCountYears before it, or, in the
// present perfect, a count of periodSumMin or more over the period of the
// publication's year ("31 smugglers have been detained this year"). A cause named as
// one happening ("the landslide killed 900 this year") or a clause of
// time opened by a word of modality.yaml temporal_marks ("900 were
// killed when a landslide hit the town") tells that happening's
// toll, not a statistic.
//
// A bare plural event noun in an "in" oblique of such a verb is the
// happenings summed ("200 soldiers have been killed in clashes this
// year"), no one of them told.
func (s *sent) periodCount(t *trigger) bool {
	if !theModality.periodCounted[string(t.e.Type)] || s.tree() == nil || s.d.in.DCT.IsZero() {
		return false
	}
	var n node
	if t.noun {
		c, ok := s.triggerNode(t)
		if !ok {
			return false
		}
		h, ok := s.tr.head(c)
		if !ok || s.tr.rel(c) != "obl" || s.tr.caseWord(c) != "in" || !s.tr.barePluralOf(c) || s.tr.pickedOut(c) || !s.tr.verbal(h) {
			return false
		}
		n = h
	} else {
		v, ok := s.verbNode(t)
		if !ok {
			return false
		}
		n = v
	}
	d := s.tr
	least, most := 0, 0 // how many patients hold periodSumMin, periodCountMin
	for _, o := range d.kids(n, is("obj", "nsubj:pass")) {
		if s.countAtLeast(o, periodSumMin) {
			least++
		}
		if s.countAtLeast(o, periodCountMin) {
			most++
		}
	}
	if least == 0 {
		return false
	}
	for _, c := range d.kids(n, is("nsubj")) {
		if !d.barePluralOf(c) && d.lemmaIn(c, theModality.tallyCauses) {
			return false // "the blast killed 120 people last year"
		}
	}
	for _, a := range d.kids(n, is("advcl")) {
		if d.timeClause(a, theModality.temporalMarks) {
			return false // "900 were killed when a landslide hit the town"
		}
	}
	x, _, _ := s.date(t)
	if x == nil || !periodSpans[x.Granularity] || x.Interval == nil {
		return false
	}
	y, dy := x.Interval.Start.Year(), s.d.in.DCT.Year()
	if most > 0 {
		return y <= dy && y >= dy-periodCountYears
	}
	return y == dy && s.presentPerfect(n) // "31 smugglers have been detained this year"
}

// countAtLeast reports whether the noun n is, or is counted by, a number
// of at least min ("3,150 inmates", "more than 6,200 foreign
// workers", "1,480").
func (s *sent) countAtLeast(n node, min float64) bool {
	d := s.tr
	nums := d.kids(n, is("nummod"))
	if d.w(n).UPOS == "NUM" {
		nums = append(nums, n)
	}
	for _, k := range nums {
		for _, i := range s.tokensOf(k) {
			if v, _, ok := s.number(i); ok && v >= min {
				return true
			}
		}
	}
	return false
}
