// Package timex finds time expressions in news text and normalizes them to
// TIMEX3 values. Tagging runs in two stages, as in the best rule-based
// taggers: recognition over tokens emits an underspecified value, then
// resolution fills it in against the document creation time (DCT) or the
// previous expression, using the tense of the sentence.
package timex

import "time"

// Type is a TIMEX3 type.
type Type string

// The TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Granularity is the precision of a DATE or TIME value.
type Granularity string

// Granularities, from the coarsest.
const (
	Millennium Granularity = "millennium"
	Century    Granularity = "century"
	Decade     Granularity = "decade"
	Year       Granularity = "year"
	Half       Granularity = "half"
	Season     Granularity = "season"
	Quarter    Granularity = "quarter"
	Month      Granularity = "month"
	Week       Granularity = "week"
	Day        Granularity = "day"
	PartOfDay  Granularity = "partofday"
	Hour       Granularity = "hour"
	Minute     Granularity = "minute"
	Second     Granularity = "second"
)

// Interval is a closed calendar interval [Start, End] at day precision (or
// finer for TIME values). Both ends are UTC.
type Interval struct {
	Start time.Time
	End   time.Time
}

// Timex is one time expression found in a text.
type Timex struct {
	Start, End int    // byte offsets into the text
	Text       string // text[Start:End]
	Type       Type
	Value      string // TIMEX3 value: 2024-06-19, 2024-FA, P3D, PAST_REF, XXXX-06 ...
	Mod        string // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ... or ""
	// Granularity and Interval are set for DATE and TIME values that denote
	// a calendar interval (not for PAST_REF or XXXX-06); Interval is nil
	// otherwise.
	Granularity Granularity
	Interval    *Interval
	// Relative reports that the value was resolved against the DCT or a
	// previous expression rather than written out in full in the text.
	Relative bool
	// Future reports that the tense cue nearest the expression points
	// past the DCT ("will meet on Monday", "wrapping up by 2008"): a date
	// it names need not have come yet.
	Future bool
}
