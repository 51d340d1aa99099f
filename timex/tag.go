package timex

import (
	"time"

	"github.com/chronograph-news/chronograph/token"
)

// Tagger finds time expressions. The zero value is ready to use.
type Tagger struct {
	// NoPreviousAnchor resolves every relative expression against the DCT,
	// never against the previous expression.
	NoPreviousAnchor bool
}

// Tag returns every time expression in text, in text order and non
// overlapping, resolved against dct (dct.IsZero() means no DCT).
func Tag(text string, dct time.Time) []Timex {
	var t Tagger
	return t.Tag(text, dct)
}

// Tag returns every time expression in text; see the package function Tag.
func (tg *Tagger) Tag(text string, dct time.Time) []Timex {
	toks := token.Tokenize(text)
	return tg.TagTokens(text, toks, token.Sentences(text, toks), dct)
}

// TagTokens is Tag over a text already tokenized with package token.
// clockAnchorReach is how many sentences after the day told last a clock
// time with no day of its own still falls on that day ("arrived on Dec. 4.
// At 10 a.m. he met ..."); further on, outside a history, it falls on the
// DCT's when that day lies more than clockRecentDays before the DCT (the
// background of the report: "died on November 25", in a paper of
// December 3), and on that day when it is recent ("late Tuesday ... At
// midnight").
const (
	clockAnchorReach = 1
	clockRecentDays  = 2
)

func (tg *Tagger) TagTokens(text string, toks []token.Token, sents []token.Sentence, dct time.Time) []Timex {
	r := newRecognizer(text, toks)
	specs := r.all()
	out := make([]Timex, 0, len(specs))
	var dctA, prev, narr anchor
	if !dct.IsZero() {
		d := dct.UTC()
		dctA = anchor{t: time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), gran: Day, ok: true}
	}
	// a text that tells enough dates of the past and seldom counts days
	// from the DCT reads as a history from its first expression; a news
	// report recalling history does once it has told them, unless it
	// counts its own days often (recallDeixisRatio).
	told := pastDates(r, specs, dctA)
	counted := deictic(specs)
	history := told >= narrativeMinDates && told > historyDeixisRatio*counted
	recalls := told > recallDeixisRatio*counted
	narrDates := 0 // explicit dates told so far that lie in the past of the DCT
	quoteOf := quoteOpenings(toks)
	var days []toldDate // day-precise dates resolved so far
	prevSent := -1      // the sentence of prev
	si := 0
	for _, s := range specs {
		for si < len(sents) && sents[si].Last <= s.first {
			si++
		}
		sFirst, sLast := 0, len(toks)
		if si < len(sents) {
			sFirst, sLast = sents[si].First, sents[si].Last
		}
		tense := r.tenseAt(sFirst, sLast, s.first, s.last, s.how == weekdayOf || s.how == weekend)
		p, n := prev, narr
		if !history && (narrDates < narrativeMinDates || !recalls) {
			n = anchor{}
		}
		if tg.NoPreviousAnchor {
			p, n = anchor{}, anchor{}
		}
		if s.dayAnchor && s.typ == Time && !history && si-prevSent > clockAnchorReach && p.ok && dctA.ok && p.t.Before(dctA.t.AddDate(0, 0, -clockRecentDays)) {
			// "The singer died on March 2. His family held a private
			// service. The cortege left at 9:00 am": a clock time
			// sentences away from a day of the background is of the
			// news of the day, not of that day
			p = anchor{}
		}
		rt := tense
		if s.pastDay {
			rt = r.possessiveDayTense(sFirst, s.first, tense)
		}
		if history && n.ok && (s.how == monthOf || s.how == seasonOf) &&
			(rt == present || rt == future && r.w(s.first-1) == "by") {
			// a history tells its story in the past: a clause without a
			// tense cue ("the Battle of X (5 May-12 May)") and a "by"
			// that reads as a deadline in news ("By 12 September the
			// army had …") are of the story; a future tense is not.
			rt = past
		}
		d := dctA
		if q := quoteOf[s.first]; q >= 0 {
			if m, ok := messageAnchor(r, days, q, sentenceStart(sents, q), dctA); ok {
				// an older message speaks of its own days
				d, p = m, m
			}
		}
		if history && n.ok && s.how == offset && s.n == 0 && !s.prevAnchor && !s.counted && !coarser(n.gran, s.unit.gran) {
			// in a history "the end of the year" and "this month" are
			// the story's, not the page's
			d = n
		}
		value, rel := resolve(s, d, p, n, rt)
		start, end := toks[s.first].Start, toks[s.last-1].End
		x := Timex{Start: start, End: end, Text: text[start:end], Type: s.typ, Value: value, Mod: s.mod, Relative: rel, Future: tense == future}
		if s.typ == Date || s.typ == Time {
			if g, iv, ok := ParseValue(value); ok {
				x.Granularity, x.Interval = g, iv
				if sundayLastWeek(s, d) && !s.prevAnchor && !iv.End.Before(d.t) {
					// the week just ended on a Sunday is its Monday to
					// Saturday: that Sunday is the news day, not of it
					x.Interval = &Interval{Start: iv.Start, End: d.t.AddDate(0, 0, -1)}
				}
				if iv := x.Interval; d.gran == Day && !iv.Start.After(d.t) && !iv.End.Before(d.t) {
					// "earlier this month" ends the day before the anchor,
					// "later this week" begins the day after it
					switch r.w(s.first) {
					case "earlier":
						if e := d.t.AddDate(0, 0, -1); !e.Before(iv.Start) {
							x.Interval = &Interval{Start: iv.Start, End: e}
						}
					case "later":
						if b := d.t.AddDate(0, 0, 1); !b.After(iv.End) {
							x.Interval = &Interval{Start: b, End: iv.End}
						}
					}
				}
				if narrativeAnchor(s, g) && r.w(s.first-1) != "since" && (tense != future || r.w(s.first-1) == "by") && !spanEnd(text, start) && !yearLabel(r, s, g) {
					// "the largest battle since 1813" compares with the
					// past, "the push planned for 1976" looks ahead, "the
					// 1992 murders" names an event: the story stays where
					// it is
					narr = anchor{t: iv.Start, gran: g, ok: true}
					if isPastDate(iv.Start, dctA) {
						narrDates++
					}
				}
				// comparisons ("a year earlier") and coarse periods do not
				// move the narrative's reference time.
				if g == Day && s.how == fixed {
					days = append(days, toldDate{first: s.first, last: s.last, day: iv.Start})
				}
				if g != Century && g != Decade && g != Millennium && !s.counted {
					prev, prevSent = anchor{t: iv.Start, gran: g, ok: true}, si
				}
			}
		}
		if !ValidValue(x.Type, x.Value) {
			continue // never emit a malformed value
		}
		out = append(out, x)
	}
	return inYears(text, rangeYears(text, out))
}
