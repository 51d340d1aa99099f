package timex

// how tells the resolver how to complete an underspecified value.
type how uint8

const (
	// fixed: value is complete as recognized (absolute dates, durations,
	// sets, PAST_REF...).
	fixed how = iota
	// offset: n units from the anchor ("last year", "two days ago").
	offset
	// weekdayOf: the weekday wday nearest the anchor in the tense's
	// direction; n = -1 or +1 forces last/next, n = 0 with this=true the
	// anchor's week.
	weekdayOf
	// monthOf: month (and day) with the year to be found.
	monthOf
	// seasonOf: the season code with the year to be found.
	seasonOf
	// quarterOf: quarter q with the year to be found.
	quarterOf
	// prevQuarter: the last complete quarter before the anchor.
	prevQuarter
	// weekend: the weekend nearest the anchor in the tense's direction.
	weekend
	// holidayOf: the holiday hol with the year to be found.
	holidayOf
	// quarterEnding: the calendar quarter holding most of the three
	// months up to day/month (of year, else found).
	quarterEnding
	// periodOf: "the 1988 period" of a financial report: the period
	// being compared (the previous expression's quarter) in year.
	periodOf
)

// spec is a recognized expression before resolution: token range, type and
// an underspecified value.
type spec struct {
	first, last  int // token range [first, last)
	typ          Type
	mod          string
	value        string // complete value when how == fixed
	how          how
	unit         unit // for offset
	n            int  // offset count, or -1/0/+1 for last/this/next
	strict       bool // last/next given explicitly (not from tense)
	this         bool // "this" given explicitly
	month, day   int
	wday         int
	season       string
	quarter      int
	year         int    // explicit year, 0 if none
	suffix       string // appended to a resolved date: "TMO", "T14:00"
	prevAnchor   bool   // anchored on the previous expression, not the DCT
	yearRel      bool   // month with "this/last/next year": year is n years from the anchor
	counted      bool   // a counted offset: "a year ago", "two days earlier"
	dayAnchor    bool   // anchored on the previous expression if it names a day
	pastDay      bool   // a possessive weekday ("Thursday's close"): past unless its clause looks ahead (possessiveDayTense)
	hol          holiday
	wdayDate     bool // a month and day named with their weekday ("Monday, Oct. 26")
	dayShift     int  // days added to the resolved day: "the day before [last Tuesday]"
	weekOfDay    bool // "the week of March 6": the ISO week holding the day
	unknownDay   bool // a day of the month, which one untold: "that October day"
	onlyPrev     bool // counted from the previous expression only, else unknown: "the day [before the vote]"
	namesPeriod  bool // a year-shifted "period" ("the year-ago period"): a quarter among quarters
	namesQuarter bool // a year-shifted period named a quarter ("the year-ago quarter", "the 1988 quarter")
}
