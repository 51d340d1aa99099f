package merge

import (
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// reportLagDays is how many days before the day of the report that dates
// a mention (event.Mention.ReportDated) the event it retells may lie.
const reportLagDays = 2

// dateFromReport re-dates each item dated only by the day of the verb
// that reports it ("A flood killed 47, the minister said on Friday"), or
// of another act that tells of its noun ("rejected on Wednesday the accord
// reached between them"), by
// the one day, at most reportLagDays before that, on which its document
// dates a mention of its type or row by an own expression ("The flood
// struck on Thursday night"), or the one week so dated that ends on such
// a day ("mourned on Monday the loss of Vell, who died over
// the weekend"): news reports a happening of the day before as the day's
// report, and the two are one event, dated by the own expression. The mention must name no agent the dated one lacks (unless
// the dated one names no one and is told at most anaphoraWindow sentences
// after it: namelessDetail), no other place and no other amount of one unit ("a bomb killed five in
// Mosul, police said Sunday" is no retelling of "a bomb killed three in
// Baghdad on Saturday"), and must not be told as a separate incident
// (event.Mention.Apart). Two such days leave it as it is.
func dateFromReport(items []*item, opt Options) {
	// The mentions that may date another, by document and bucket, in
	// order: a report-dated one is never one, so re-dating leaves these
	// lists as they are, and each mention is compared with its own
	// document's alone, not with the whole corpus.
	type key struct{ doc, bucket string }
	dated := map[key][]*item{}
	for _, d := range items {
		if !d.m.ReportDated && d.strong && d.iv != nil && (withinDay(d.gran) || d.gran == timex.Week) {
			k := key{d.m.Doc, bucket(d.m)}
			dated[k] = append(dated[k], d)
		}
	}
	for _, it := range items {
		if !it.m.ReportDated || !it.strong || it.iv == nil || !withinDay(it.gran) || it.m.Apart {
			continue
		}
		last := day(it.iv.Start)
		first := last.AddDate(0, 0, -reportLagDays)
		var from *item
		for _, d := range dated[key{it.m.Doc, bucket(it.m)}] {
			if factClass(d.m.Factuality) != factClass(it.m.Factuality) {
				continue
			}
			if dd := reportedDay(d); dd.Before(first) || !dd.Before(last) {
				continue
			}
			if !agentsWithin(it, d, opt) && !namelessDetail(it, d) || otherPlace(it.m.Location, d.m.Location, opt) ||
				otherAmounts(it.m, d.m) {
				continue
			}
			if from != nil && !sameReportDate(from, d) {
				from = nil
				break
			}
			from = d
		}
		switch {
		case from != nil && from.gran == timex.Week:
			it.iv, it.gran, it.value = from.iv, from.gran, from.value
		case from != nil:
			d := day(from.iv.Start)
			it.iv = &timex.Interval{Start: d, End: d}
			it.gran, it.value = timex.Day, d.Format(time.DateOnly)
		}
	}
}

// reportedDay returns the day of d, a mention dated by its own expression
// to a day or a time of day, or to a week: the week's last day ("Vell,
// who died over the weekend" is told again by "mourned on Monday the loss
// of Vell").
func reportedDay(d *item) time.Time {
	if d.gran == timex.Week {
		return day(lastInstant(d.iv))
	}
	return day(d.iv.Start)
}

// sameReportDate reports whether a and b, candidates of dateFromReport,
// give one date: the same day, or the same week.
func sameReportDate(a, b *item) bool {
	if a.gran == timex.Week || b.gran == timex.Week {
		return a.gran == b.gran && a.iv.Start.Equal(b.iv.Start) && a.iv.End.Equal(b.iv.End)
	}
	return day(a.iv.Start).Equal(day(b.iv.Start))
}

// otherAmounts reports whether a and b state amounts of one unit that do
// not overlap.
func otherAmounts(a, b *event.Mention) bool {
	for _, q := range a.Quantities {
		for _, p := range b.Quantities {
			if p.Unit == q.Unit && (p.Max < q.Min || q.Max < p.Min) {
				return true
			}
		}
	}
	return false
}

// namelessDetail reports whether d, a mention naming no agent or
// counterpart, is told after it, at most anaphoraWindow sentences below:
// the detail of the act a lead reports, whose doers the lead named ("Army
// troops killed one militant, the ministry said Tuesday" / "one rebel was
// killed in the district on Sunday"). Such a mention can share no actor
// with it; its nearness and rule 4's single day stand in.
func namelessDetail(it, d *item) bool {
	return len(d.all) == 0 && d.m.Sentence > it.m.Sentence && d.m.Sentence-it.m.Sentence <= anaphoraWindow
}

// otherPlace reports whether two locations of one article's mentions
// name two places: not the same, neither inside the other, nor a country
// and a place the gazetteer puts in no country ("a blast in the north of
// Freedonia" and "the blast at the Ridgeway pit" tell one place at two
// scales); "" names none.
func otherPlace(a, b string, opt Options) bool {
	if a == "" || b == "" || related(a, map[string]bool{b: true}, opt.Affiliation) {
		return false
	}
	unplaced := func(id string) bool { return countryOf(id, opt.Affiliation) == "" }
	country := func(id string) bool { return strings.HasPrefix(id, countryPrefix) }
	return !(country(a) && unplaced(b) || country(b) && unplaced(a))
}
