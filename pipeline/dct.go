package pipeline

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/merge"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// Inference is a document creation time inferred from a document's text
// and from the events of other, dated documents: a day when the evidence
// supports one, else an interval that holds the DCT (see InferDCT).
type Inference struct {
	// DCT is the inferred day; zero when the evidence supports only the
	// interval.
	DCT time.Time
	// Earliest and Latest bound the interval the DCT lies in, both days
	// included; both are DCT for a day.
	Earliest, Latest time.Time
	// Confidence in (0,1] that the DCT is the day (or lies in the
	// interval); the confidence of the events whose date rests on an
	// inferred day is lowered to this.
	Confidence float64
	// Reason lists the evidence that decided, for reports and logs; when
	// no DCT is inferred it may say why the evidence was not enough.
	Reason string
}

// Range renders an interval-only inference: "YYYY-MM" when the interval
// is a calendar month, else "YYYY-MM-DD/YYYY-MM-DD"; "" for a day or when
// nothing was inferred.
func (inf *Inference) Range() string {
	if inf == nil || !inf.DCT.IsZero() || inf.Earliest.IsZero() {
		return ""
	}
	if inf.Earliest.Day() == 1 && inf.Latest.Equal(inf.Earliest.AddDate(0, 1, -1)) {
		return inf.Earliest.Format("2006-01")
	}
	return inf.Earliest.Format(time.DateOnly) + "/" + inf.Latest.Format(time.DateOnly)
}

// describe is the DCTReason of a document: the reason and confidence of
// an inference, the reason alone when none was made, "" for nil.
func (inf *Inference) describe() string {
	switch {
	case inf == nil:
		return ""
	case inf.Earliest.IsZero():
		return inf.Reason
	}
	return fmt.Sprintf("%s (confidence %.1f)", inf.Reason, inf.Confidence)
}

// dctRanges maps each document of dates inferred to an interval but no
// day to that interval (merge.Options.DCTRange).
func dctRanges(dates []DocDate) map[string]timex.Interval {
	out := map[string]timex.Interval{}
	for _, d := range dates {
		if inf := d.Inferred; inf != nil && inf.DCT.IsZero() && !inf.Earliest.IsZero() {
			out[d.Doc] = timex.Interval{Start: inf.Earliest, End: inf.Latest}
		}
	}
	return out
}

// dayInference is an inference of the day d.
func dayInference(d time.Time, conf float64, reason string) Inference {
	return Inference{DCT: d, Earliest: d, Latest: d, Confidence: conf, Reason: reason}
}

// Confidences of the kinds of evidence, strongest first.
const (
	matchConfidence = 0.8 // the same event is dated in another article
	// rangeConfidence: the DCT lies between a yearless month (news names
	// a month without its year in its own year) or the start of a counted
	// year and the end of that year.
	rangeConfidence = 0.6
)

// weekdayRx finds weekday names. News refers to the days of the past week
// by name ("departed on Friday"), so a named weekday puts the DCT on that
// day or in the six days after it.
var weekdayRx = regexp.MustCompile(`\b([A-Z][a-z]+day)s?\b`)

// InferDCT infers the creation time of an undated document from:
//
//   - its dateline ("TOKYO, March 3 (Kyodo) -"), which decides when there
//     is one: its date, or its month and day in the year that puts it on
//     or after the lower bound below (see datelineDay);
//   - the year it counts ("the 50th anniversary of its founding in 1975",
//     "25 years ago, in 2000", "is healing 12 years after" the elections
//     it dates elsewhere: see countedYear), when no full date or year it
//     names is later: the DCT lies in that year;
//   - the statistics of a completed period it reports ("inflation in the
//     first 10 months of 2006": see completedPeriod), when no full date
//     or year it names is later: the DCT is after the period's end, in the
//     year of the day after it;
//   - its time expressions: the latest fully specified, absolute date it
//     mentions outside sentences about the future is a lower bound (an
//     article is not older than the dates it reports), raised by the
//     yearless months of its other sentences (see yearlessMonthBound)
//     and, when a yearless month, a count or a period gives the year, by
//     its yearless days and holidays (see yearlessDayBound); a
//     full date before the latest year the text names is history told in
//     passing, and one quoted or in the past perfect is background (see
//     backgroundSentence): either bounds the DCT but places it on no day;
//   - the weekdays it names ("on Friday"): the DCT is such a day or in the
//     week after one, and is preferably the day itself (this ranks the
//     matches below);
//   - its publication-dated event mentions (no time expression of their
//     own: things the article reports as current), and those dated by a
//     weekday alone ("met on Saturday"), matched against the day-dated
//     events of other documents (dated by their own time expressions or
//     by their documents' known DCTs) by compatible type and a shared
//     agent or counterpart (see matchedDay): each sentence has one vote,
//     shared among the days its mentions match, and the best-supported
//     day (most votes, then the best weekday fit, then the latest) not
//     before the lower bound is adopted when it has minMatchVotes and,
//     when the text names a weekday first, falls on it or the day after
//     (see matchedDay).
//
// Without a dateline or a match, a day-precise lower bound gives no day,
// even with a weekday named: news writes the year of a date that is not of
// its own week, so the latest full date is mostly history. A bound that
// only a yearless month ("in late June") or a counted year gives does not
// place the DCT within a week: the inference is then the interval from it
// to the end of its year, with no day (to the end of its month when the
// bound is a yearless day and the text tells of something "earlier this
// month"). A full date told as to come bounds the DCT from above (see
// fixtureBound): no matched or story day on or after it is adopted, and
// with a lower bound at most maxFixtureSpan days before it the inference
// is the interval between them. When all this gives no DCT, the
// offices of the office-holders the text names by a current title
// ("President X"), as the Phoenix dictionary dates them, bound it from
// above, and the year before the latest year the text names from below
// (news names the coming year without a future tense): an interval of
// years, within the dictionary's records (see officeInterval). It reports
// false when the text allows no inference at all; the Reason may then say
// why.
func InferDCT(text string, timexes []timex.Timex, mentions []event.Mention, known []timeline.Event) (Inference, bool) {
	return inferDCT(text, timexes, mentions, known, storyEvidence{})
}

// inferDCT is InferDCT with the dated articles nearest the text's story
// (see storyDay), which date it when neither a dateline nor an event
// match does, and give a yearless dateline with no lower bound its year
// (see storyDatelineDay).
func inferDCT(text string, timexes []timex.Timex, mentions []event.Mention, known []timeline.Event, story storyEvidence) (Inference, bool) {
	bound, background, hasBound := lowerBound(text, timexes)
	latestYear, hasYear := latestYearNamed(text, timexes)
	var historical string
	if hasBound && hasYear && latestYear > bound.Year() {
		// the article is not older than the years it names: a full date
		// of an earlier year is background, and the year is no day
		historical = fmt.Sprintf("the latest full date %s is before %d, a year the text names", bound.Format(time.DateOnly), latestYear)
		bound = time.Date(latestYear, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	boundWhy, coarse := "the latest full date", false
	if y, why, ok := countedYear(text); ok && (!hasYear || latestYear <= y) && (!hasBound || bound.Year() <= y) {
		// the article's own year, counted: it raises the year named,
		// and a bound of an earlier year to its first day
		latestYear, hasYear = y, true
		if !hasBound || bound.Year() < y {
			bound, hasBound, background, historical = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true, false, ""
			boundWhy, coarse = fmt.Sprintf("the start of %d (%s)", y, why), true
		}
	}
	if end, why, ok := completedPeriod(text); ok && (!hasBound || !bound.After(end)) && (!hasYear || latestYear <= end.AddDate(0, 0, 1).Year()) {
		// the statistics of a period are reported after it ended, and
		// before the next period's replace them
		bound, hasBound, background, historical = end.AddDate(0, 0, 1), true, false, ""
		latestYear, hasYear = max(latestYear, bound.Year()), true
		boundWhy, coarse = why, true
	}
	if inf, ok := datelineDay(text, timexes, bound, hasBound); ok {
		return inf, true
	}
	if inf, ok := storyDatelineDay(text, timexes, story, bound, hasBound); ok {
		return inf, true
	}
	yearlessDay := false // the bound is a day named without its year
	if hasBound && historical == "" && !background {
		// a yearless month takes the year of the latest full date only
		// when that date is news, not background
		if m, why, ok := yearlessMonthBound(text, timexes, bound); ok {
			bound, boundWhy, coarse = m, why, true
		}
		// a yearless day only when a yearless month or a count already
		// puts the DCT in the bound's year: the latest full date alone is
		// too often history for a day to take its year
		if coarse {
			if d, why, ok := yearlessDayBound(text, timexes, bound); ok {
				bound, boundWhy, yearlessDay = d, why, true
			}
		}
	}
	named := namedWeekdays(text)
	// a date told as to come bounds the DCT from above
	fixture, fixtureSaid, hasFixture := fixtureBound(timexes, bound, hasBound)
	beforeFixture := func(d time.Time) bool { return !hasFixture || d.Before(fixture) }

	wd, hasWD := firstWeekday(timexes)
	if d, n, why, ok := matchedDay(mentions, known, bound, hasBound, latestYear, hasYear, named, wd, hasWD); ok && beforeFixture(d) {
		return dayInference(d, matchConfidence, fmt.Sprintf("%s (%s matching sentences)", why, strconv.FormatFloat(n, 'g', 3, 64))), true
	}
	if inf, ok := storyDay(story, wd, hasWD, bound, hasBound, latestYear, hasYear); ok && beforeFixture(inf.DCT) {
		return inf, true
	}
	// offices falls back on the offices the text names (see
	// officeInterval) when the other evidence gives no DCT.
	offices := func(none Inference) (Inference, bool) {
		// News names the coming year often, without a future tense
		// ("the 2007 elections", "the budget for 2007", "from Jan. 1,
		// 2006"): the latest year the text names puts the DCT no
		// earlier than the year before it.
		var told []timex.Timex // the years the text tells, not as a prospect
		for _, t := range timexes {
			if !t.Future {
				told = append(told, t)
			}
		}
		y, ok := latestYearNamed(text, told)
		if !ok {
			return none, false
		}
		lower := time.Date(y-1, 1, 1, 0, 0, 0, 0, time.UTC)
		lowerWhy := fmt.Sprintf("the year before %d, the latest year the text names", y)
		if _, recTo := actor.PhoenixRecords(); lower.After(recTo) {
			return none, false // the offices bound the DCT from above only, within the dictionary's records
		}
		if inf, ok := officeInterval(text, timexes, lower, lowerWhy); ok || inf.Reason != "" && none.Reason == "" {
			return inf, ok
		}
		return none, false
	}
	if historical != "" {
		boundWhy = fmt.Sprintf("the start of %d, a year the text names", latestYear)
	}
	switch {
	case hasBound && hasFixture && fixture.Sub(bound) <= maxFixtureSpan*24*time.Hour:
		// a lower bound and a fixture close enough after it: the DCT is
		// between them (and in the bound's year, for a coarse bound)
		end := fixture.AddDate(0, 0, -1)
		if yearEnd := time.Date(bound.Year(), 12, 31, 0, 0, 0, 0, time.UTC); coarse && yearEnd.Before(end) {
			end = yearEnd
		}
		return Inference{Earliest: bound, Latest: end, Confidence: rangeConfidence,
			Reason: fmt.Sprintf("between %s %s and %s; no evidence of the day", boundWhy, bound.Format(time.DateOnly), fixtureWhy(fixture, fixtureSaid))}, true
	case !hasBound:
		return offices(Inference{})
	case historical != "":
		return offices(Inference{Reason: "no DCT: " + historical})
	case background && !coarse:
		return offices(Inference{Reason: fmt.Sprintf("no DCT: the latest full date %s is told as background (quoted, or in the past perfect)", bound.Format(time.DateOnly))})
	case coarse && yearlessDay && earlierThisMonth(text, timexes):
		end := time.Date(bound.Year(), bound.Month()+1, 0, 0, 0, 0, 0, time.UTC)
		return Inference{Earliest: bound, Latest: end, Confidence: rangeConfidence,
			Reason: fmt.Sprintf("between %s %s and the end of its month (the text tells of something earlier this month); no evidence of the day", boundWhy, bound.Format(time.DateOnly))}, true
	case coarse:
		end := time.Date(bound.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
		return Inference{Earliest: bound, Latest: end, Confidence: rangeConfidence,
			Reason: fmt.Sprintf("between %s %s and the end of its year; no evidence of the day", boundWhy, bound.Format(time.DateOnly))}, true
	}
	// A lower bound says nothing of how long after it the article was
	// written, even with a weekday named: news writes the year of a date
	// when it is not the article's own (the day of a massacre, a record
	// of 1987), so the latest full date is mostly history, years before.
	return offices(Inference{Reason: fmt.Sprintf("no DCT: only a lower bound, %s %s", boundWhy, bound.Format(time.DateOnly))})
}

// matchedDay returns the day the publication-dated mentions match best
// among the known events (see InferDCT), its votes and why. When the text
// names a weekday first (first, when hasFirst; see firstWeekday), the day
// must be that weekday or one of the matchDayAfter days after it: news
// names its own day first, and a match on another weekday is another
// occurrence of an act that recurs (a minister's statements, a yearly
// appeal, a monthly meeting).
func matchedDay(mentions []event.Mention, known []timeline.Event, bound time.Time, hasBound bool,
	latestYear int, hasYear bool, named map[time.Weekday]bool, first time.Weekday, hasFirst bool) (time.Time, float64, string, bool) {
	why := map[time.Time]string{}
	// the days each sentence's mentions match: a sentence is one vote,
	// however many triggers it has ("talks … the two met")
	sentDays := map[int][]time.Time{}
	for i := range mentions {
		m := &mentions[i]
		wday, byWeekday := unresolvedWeekday(m.Time)
		if (m.Time != nil && !byWeekday) || (m.Factuality != event.Asserted && m.Factuality != event.Reported) {
			continue
		}
		days := sentDays[m.Sentence]
		for j := range known {
			e := &known[j]
			if e.Date.Granularity != string(timex.Day) {
				continue
			}
			if !merge.Compatible(m.Type, event.Type(e.Type)) || !sharesActor(m, e) {
				continue
			}
			d, err := time.Parse(time.DateOnly, e.Date.Start)
			if err != nil || (hasBound && d.Before(bound)) || slices.ContainsFunc(days, d.Equal) ||
				(byWeekday && d.Weekday() != wday) {
				continue
			}
			// A state or generic agent ("China holds talks", "police
			// arrest") acts somewhere every day: sharing only such an
			// actor is evidence when the day is a weekday the text names.
			if !namesSpecific(m) && weekdayDistance(d, named) != 0 {
				continue
			}
			if !hasYear && !sharesPerson(m, e) {
				continue // see the year rule below
			}
			days = append(days, d)
			if why[d] == "" {
				why[d] = fmt.Sprintf("%s mention matches event %s", m.Type, e.ID)
			}
		}
		sentDays[m.Sentence] = days
	}
	votes := map[time.Time]float64{}
	for _, k := range slices.Sorted(maps.Keys(sentDays)) { // sums in one order: deterministic
		days := sentDays[k]
		for _, d := range days {
			votes[d] += 1 / float64(len(days))
		}
	}
	var cands []time.Time
	for d, v := range votes {
		// A match is evidence only when it agrees with the text: in or
		// after the latest year the text names (an article is not older
		// than the years it reports) and not years after it; and told by
		// several sentences (whose mentions name a person the event has,
		// when the text names no year: then the match alone gives the
		// year, and the acts of states and markets recur every year).
		// One sentence matching an event of its kind elsewhere is too
		// thin, even on a weekday the text names: the same kind of
		// meeting recurs.
		if hasYear && (d.Year() > latestYear+matchYearSlack || d.Year() < latestYear) {
			continue
		}
		if v < minMatchVotes || hasFirst && !onOwnDay(d, first) {
			continue
		}
		cands = append(cands, d)
	}
	if len(cands) == 0 {
		return time.Time{}, 0, "", false
	}
	slices.SortFunc(cands, func(a, b time.Time) int {
		return cmp.Or(-cmp.Compare(votes[a], votes[b]),
			cmp.Compare(weekdayDistance(a, named), weekdayDistance(b, named)),
			-a.Compare(b))
	})
	d := cands[0]
	return d, votes[d], why[d], true
}

// onOwnDay reports whether d is the weekday first or one of the
// matchDayAfter days after it.
func onOwnDay(d time.Time, first time.Weekday) bool {
	return (int(d.Weekday())-int(first)+7)%7 <= matchDayAfter
}

// unresolvedWeekday returns the weekday of a time expression that names
// only one ("on Saturday" read without a DCT: XXXX-WXX-6).
func unresolvedWeekday(x *timex.Timex) (time.Weekday, bool) {
	if x == nil || len(x.Value) != len("XXXX-WXX-6") || !strings.HasPrefix(x.Value, "XXXX-WXX-") {
		return 0, false
	}
	n := x.Value[len(x.Value)-1]
	if n < '1' || n > '7' {
		return 0, false
	}
	return time.Weekday(n-'0') % 7, true
}

// Thresholds of the event-match evidence (see InferDCT).
const (
	// minMatchVotes is how many votes (sentences, or their shares when a
	// sentence's mentions match several days) a day needs for the match
	// to date the article.
	minMatchVotes = 2
	// matchYearSlack is how many years after the latest year the text
	// names a matched day may fall.
	matchYearSlack = 3
	// matchDayAfter is how many days after the weekday the text names
	// first a matched day may fall (a report filed the next morning).
	matchDayAfter = 1
)

// latestYearNamed returns the latest year of an absolute time expression
// of the text (a year, month or day; not in a sentence about the future).
func latestYearNamed(text string, timexes []timex.Timex) (int, bool) {
	var toks []token.Token
	var sents []token.Sentence
	latest := 0
	for _, t := range timexes {
		if t.Type != timex.Date || t.Relative || t.Interval == nil || len(t.Value) < 4 || strings.HasPrefix(t.Value, "XXXX") {
			continue
		}
		y := t.Interval.Start.Year()
		if y <= latest {
			continue
		}
		if toks == nil {
			toks = token.Tokenize(text)
			sents = token.Sentences(text, toks)
		}
		if futureSentence(text, toks, sents, t.Start) {
			continue
		}
		latest = y
	}
	return latest, latest > 0
}

// lowerBound returns the latest absolute, day-precise date among timexes
// that is not in a sentence about the future: an article is not older
// than what it reports, but may name the day of a coming vote. background
// tells that this date is told as background (see backgroundSentence): it
// still bounds the DCT, but says nothing of how near the DCT is.
func lowerBound(text string, timexes []timex.Timex) (bound time.Time, background, ok bool) {
	var toks []token.Token
	var sents []token.Sentence
	for _, t := range timexes {
		if t.Type != timex.Date && t.Type != timex.Time {
			continue
		}
		if t.Relative || t.Interval == nil || (t.Granularity != timex.Day && t.Type != timex.Time) {
			continue
		}
		d := day(t.Interval.Start)
		if !d.After(bound) {
			continue
		}
		if toks == nil {
			toks = token.Tokenize(text)
			sents = token.Sentences(text, toks)
		}
		if !futureSentence(text, toks, sents, t.Start) {
			bound, background = d, backgroundSentence(text, toks, sents, t.Start)
		}
	}
	return bound, background, !bound.IsZero()
}

// futureCues mark a sentence that speaks of the future: a month it names
// need not have come yet. Promises, aims and schedules count ("agreed to
// hold elections in 2007", "vowed to finish by 2010", "the vote due in
// May"; "set for", in futureSentence).
var futureCues = wordList("future_cues")

// yearlessMonthBound raises a lower bound with the months a text names
// without a year ("in April", "in late June") in sentences that do not
// speak of the future. News style writes a month without its year only
// when it falls in the article's own year, so with the year of the latest
// full date as that year, the article is not older than the latest such
// month (its first, middle or last third for early/mid/late).
func yearlessMonthBound(text string, timexes []timex.Timex, bound time.Time) (time.Time, string, bool) {
	toks := token.Tokenize(text)
	sents := token.Sentences(text, toks)
	best, why := bound, ""
	for _, t := range timexes {
		if t.Type != timex.Date || len(t.Value) != len("XXXX-06") || !strings.HasPrefix(t.Value, "XXXX-") {
			continue
		}
		month, err := strconv.Atoi(t.Value[5:])
		if err != nil || month < 1 || month > 12 || t.Future || futureSentence(text, toks, sents, t.Start) {
			continue
		}
		if w, _, _ := strings.Cut(strings.ToLower(t.Text), " "); w == "last" || w == "next" {
			continue // "last December": a month of the year before the DCT's, or the next
		}
		dayOf := map[string]int{"MID": 11, "END": 21}[t.Mod]
		d := time.Date(bound.Year(), time.Month(month), max(dayOf, 1), 0, 0, 0, 0, time.UTC)
		if d.After(best) {
			best, why = d, fmt.Sprintf("the yearless month %q (in the year of the latest full date)", t.Text)
		}
	}
	return best, why, why != ""
}

// futureSentence reports whether the sentence holding offset off has a
// future cue.
func futureSentence(text string, toks []token.Token, sents []token.Sentence, off int) bool {
	for _, s := range sents {
		if off < s.Start || off >= s.End {
			continue
		}
		for k, tk := range toks[s.First:s.Last] {
			if futureCues[strings.ToLower(tk.Text)] {
				return true
			}
			if j := s.First + k + 1; j < s.Last && strings.EqualFold(tk.Text, "set") && strings.EqualFold(toks[j].Text, "for") {
				return true // "elections set for Jan. 25"
			}
		}
	}
	return false
}

// backgroundSentence reports whether offset off is told as background:
// right after "since" (what a record is compared with), inside a quotation (someone recalling: "beginning with his entry into
// the league on April 15, 1947"), or in a sentence in the past perfect
// ("had been prime minister before he retired on Oct. 31, 2003").
func backgroundSentence(text string, toks []token.Token, sents []token.Sentence, off int) bool {
	for _, s := range sents {
		if off < s.Start || off >= s.End {
			continue
		}
		for k := s.First; k < s.Last && toks[k].Start < off; k++ {
			if toks[k].End <= off && off-toks[k].End <= len(" ") && strings.EqualFold(toks[k].Text, "since") {
				return true // a record compared with: "the highest since January 18, 1993"
			}
		}
		if quoted(text[s.Start:off]) {
			return true
		}
		for k := s.First; k+1 < s.Last; k++ {
			if strings.EqualFold(toks[k].Text, "had") && toks[k+1].Kind == token.Word && toks[k+1].Text != "to" {
				return true
			}
		}
	}
	return false
}

// quoted reports whether the end of s lies inside a quotation: an opening
// curly quote not closed after it, or an odd number of straight ones.
func quoted(s string) bool {
	if open, closed := strings.LastIndex(s, "“"), strings.LastIndex(s, "”"); open >= 0 || closed >= 0 {
		return open > closed
	}
	return strings.Count(s, `"`)%2 == 1
}

// namedWeekdays returns the weekdays text names.
func namedWeekdays(text string) map[time.Weekday]bool {
	named := map[time.Weekday]bool{}
	for _, m := range weekdayRx.FindAllStringSubmatch(text, -1) {
		if d, ok := timex.Weekday(m[1]); ok {
			named[d] = true
		}
	}
	return named
}

// namesSpecific reports whether m names an agent or counterpart that is
// neither a country nor a generic agent.
func namesSpecific(m *event.Mention) bool {
	for _, p := range m.Participants {
		if (p.Role == event.Agent || p.Role == event.Counterpart) &&
			!strings.HasPrefix(p.ActorID, "country:") && !strings.HasPrefix(p.ActorID, actor.AgentPrefix) {
			return true
		}
	}
	return false
}

// sharesPerson reports whether m names as agent or counterpart a person
// who is an agent or counterpart of e.
func sharesPerson(m *event.Mention, e *timeline.Event) bool {
	for _, p := range m.Participants {
		if (p.Role != event.Agent && p.Role != event.Counterpart) || !strings.HasPrefix(p.ActorID, "person:") {
			continue
		}
		for _, q := range e.Participants {
			if q.Actor == p.ActorID && (q.Role == string(event.Agent) || q.Role == string(event.Counterpart)) {
				return true
			}
		}
	}
	return false
}

// weekdayDistance is the number of days from the latest named weekday on
// or before d to d (0 when d is one), or 7 when no weekday is named.
func weekdayDistance(d time.Time, named map[time.Weekday]bool) int {
	for k := range 7 {
		if named[d.AddDate(0, 0, -k).Weekday()] {
			return k
		}
	}
	return 7
}

// sharesActor reports whether m and e have an agent in common, or the
// agent of one is a counterpart of the other; when m names an agent, it
// must be among e's agents or counterparts. A shared counterpart alone
// (two meetings "with Kim") is not evidence.
func sharesActor(m *event.Mention, e *timeline.Event) bool {
	theirs := map[string]string{}
	for _, p := range e.Participants {
		if p.Role == string(event.Agent) || p.Role == string(event.Counterpart) {
			theirs[p.Actor] = p.Role
		}
	}
	agentShared, agentMissing := false, false
	for _, p := range m.Participants {
		if p.Role != event.Agent && p.Role != event.Counterpart {
			continue
		}
		role, ok := theirs[p.ActorID]
		switch {
		case ok && (p.Role == event.Agent || role == string(event.Agent)):
			agentShared = true
		case !ok && p.Role == event.Agent:
			agentMissing = true
		}
	}
	if !agentShared || agentMissing {
		return false
	}
	// Each naming a party the other lacks (Kim meeting Lavrov, Shoigu
	// meeting Kim) are two events.
	mine := map[string]bool{}
	for _, p := range m.Participants {
		mine[p.ActorID] = true
	}
	unmatched := false
	for _, p := range m.Participants {
		if (p.Role == event.Agent || p.Role == event.Counterpart) && theirs[p.ActorID] == "" {
			unmatched = true
		}
	}
	for id, role := range theirs {
		if unmatched && role == string(event.Agent) && !mine[id] {
			return false
		}
	}
	return true
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// dateOnly formats t as YYYY-MM-DD, or "" when t is zero.
func dateOnly(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
