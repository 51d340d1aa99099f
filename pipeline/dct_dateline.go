package pipeline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// A dateline opens a wire story with its place and date: "TOKYO, March 3
// (Kyodo) -", "LUSAKA, Nov. 1 (Xinhua) --", "BEIJING, Nov. 17, 2005 —".
// Its date is the day the story was filed: the DCT.

// datelinePlace is what may stand before the date of a dateline: a place
// whose first word is in capitals ("TOKYO", "SEOUL, South Korea",
// "NEW YORK"), then a comma, at the start of a line.
var datelinePlace = regexp.MustCompile(`(?:^|\n)[ \t]*[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]*)*(?:,[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*)*)?,[ \t]*$`)

// datelineEnd is what follows the date of a dateline: an optional agency
// in parentheses, then a dash or a colon.
var datelineEnd = regexp.MustCompile(`^[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--|—|–|-|:)`)

// An agency in parentheses after the date marks a dateline by itself: its
// place may then be written in title case ("Jerusalem, Nov. 1 (Xinhua)
// --") and the dash may be missing ("KORDO, Nov. 27 (Wire) Officials
// said ...").
var (
	datelineTitlePlace = regexp.MustCompile(`(?:^|\n)[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]*)*(?:,[ \t]*[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*)*)?,[ \t]*$`)
	datelineAgency     = regexp.MustCompile(`^[ \t]*\([A-Z][A-Za-z .'-]{1,38}\)[ \t]*(?:--|—|–|-|:|[A-Z])`)
)

// maxDatelineOffset bounds where a dateline may start: within the first
// lines of the text (a headline may come first).
const maxDatelineOffset = 400

// datelineConfidence is the confidence of a DCT read from a dateline with
// its year; a yearless one takes its year from the text's other dates and
// gets yearlessDatelineConfidence.
const (
	datelineConfidence         = 0.9
	yearlessDatelineConfidence = 0.7
)

// dateline returns the day-precise date expression of text's dateline:
// its value (YYYY-MM-DD, or XXXX-MM-DD without a year) and text.
func dateline(text string, timexes []timex.Timex) (value, said string, ok bool) {
	for _, t := range timexes {
		if t.Start > maxDatelineOffset {
			break
		}
		if t.Type != timex.Date || len(t.Value) != len("2006-01-02") {
			continue
		}
		before, after := text[:t.Start], text[t.End:]
		if !(datelinePlace.MatchString(before) && datelineEnd.MatchString(after)) &&
			!(datelineTitlePlace.MatchString(before) && datelineAgency.MatchString(after)) {
			continue
		}
		return t.Value, t.Text, true
	}
	return "", "", false
}

// datelineDay infers the DCT from text's dateline: its date when it has a
// year; else its month and day in the year that puts it on or after the
// lower bound (the latest full date the text reports) and less than a year
// after it. Without a dateline, or a yearless one and no bound, ok is
// false.
func datelineDay(text string, timexes []timex.Timex, bound time.Time, hasBound bool) (Inference, bool) {
	v, said, ok := dateline(text, timexes)
	if !ok {
		return Inference{}, false
	}
	if d, err := time.Parse(time.DateOnly, v); err == nil {
		return dayInference(d, datelineConfidence, fmt.Sprintf("the dateline %q", said)), true
	}
	if !hasBound || !strings.HasPrefix(v, "XXXX-") {
		return Inference{}, false
	}
	m, err1 := strconv.Atoi(v[5:7])
	dd, err2 := strconv.Atoi(v[8:10])
	if err1 != nil || err2 != nil {
		return Inference{}, false
	}
	for _, y := range []int{bound.Year(), bound.Year() + 1} {
		d := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		if d.Month() != time.Month(m) || d.Before(bound) {
			continue // no such day, or before what the text reports
		}
		return dayInference(d, yearlessDatelineConfidence,
			fmt.Sprintf("the dateline %q, in the year that puts it on or after %s", said, bound.Format(time.DateOnly))), true
	}
	return Inference{}, false
}

// Bounds of a yearless dateline dated by its story (see storyDatelineDay).
const (
	// maxDatelineStoryYears is how many years, first to last, the
	// story's articles may span: wider, the dateline's day falls on the
	// weekday named in too many of them.
	maxDatelineStoryYears = 2
	// datelineDayAfter is how many days after the weekday the text names
	// first its dateline may be (a report of the day before).
	datelineDayAfter = 1
)

// storyDatelineDay infers the DCT from a yearless dateline ("ZHANJIANG,
// Nov. 15 (Xinhua) --") with no bound to take its year from: among the
// years of the dated articles of the text's story (those weighed by
// storyDay, spanning at most maxDatelineStoryYears), the one where the
// dateline's day is the weekday the text names first (not as a prospect)
// or one of the datelineDayAfter days after it, and not before the lower
// bound when hasBound. Two such years, or none, give no day: the weekday
// checks the year the story suggests, and a story of the same season in
// two years gives one only when its day fits one.
func storyDatelineDay(text string, timexes []timex.Timex, story storyEvidence, bound time.Time, hasBound bool) (Inference, bool) {
	v, said, ok := dateline(text, timexes)
	if !ok || !strings.HasPrefix(v, "XXXX-") {
		return Inference{}, false
	}
	m, err1 := strconv.Atoi(v[5:7])
	dd, err2 := strconv.Atoi(v[8:10])
	wd, hasWD := firstWeekday(timexes)
	if err1 != nil || err2 != nil || !hasWD {
		return Inference{}, false
	}
	first, last := 0, 0
	for _, n := range story.neighbors {
		if n.Cos < storyLooseCos {
			continue
		}
		if y := n.DCT.Year(); first == 0 || y < first {
			first = y
		}
		last = max(last, n.DCT.Year())
	}
	if first == 0 || last-first > maxDatelineStoryYears {
		return Inference{}, false
	}
	var found time.Time
	for y := first; y <= last; y++ {
		d := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		if d.Month() != time.Month(m) || hasBound && d.Before(bound) {
			continue
		}
		if (int(d.Weekday())-int(wd)+7)%7 > datelineDayAfter {
			continue
		}
		if !found.IsZero() {
			return Inference{}, false // two years fit
		}
		found = d
	}
	if found.IsZero() {
		return Inference{}, false
	}
	return dayInference(found, yearlessDatelineConfidence, fmt.Sprintf(
		"the dateline %q in %d, the one year of its story's articles (%d..%d) where it falls on the %s the text names first or the day after",
		said, found.Year(), first, last, wd)), true
}
