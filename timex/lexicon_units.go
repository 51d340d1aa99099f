package timex

// unit is a calendar or clock unit of duration or offset.
type unit struct {
	gran Granularity
	code string // duration designator: Y, M, W, D, H, MIN, S, Q, WE
	mult int    // count of code per unit: a decade is 10 Y
}

// units maps unit words (singular and plural) to units.
var units = map[string]unit{
	"second": {Second, "S", 1}, "seconds": {Second, "S", 1},
	"minute": {Minute, "MIN", 1}, "minutes": {Minute, "MIN", 1},
	"hour": {Hour, "H", 1}, "hours": {Hour, "H", 1},
	"day": {Day, "D", 1}, "days": {Day, "D", 1},
	"night": {Day, "D", 1}, "nights": {Day, "D", 1},
	"week": {Week, "W", 1}, "weeks": {Week, "W", 1},
	"weekend": {Week, "WE", 1}, "weekends": {Week, "WE", 1},
	"fortnight": {Week, "W", 2}, "fortnights": {Week, "W", 2},
	"month": {Month, "M", 1}, "months": {Month, "M", 1},
	"quarter": {Quarter, "Q", 1}, "quarters": {Quarter, "Q", 1},
	"year": {Year, "Y", 1}, "years": {Year, "Y", 1},
	"decade": {Decade, "Y", 10}, "decades": {Decade, "Y", 10},
	"century": {Century, "Y", 100}, "centuries": {Century, "Y", 100},
	"millennium": {Millennium, "Y", 1000}, "millennia": {Millennium, "Y", 1000},
}

// pluralUnits are the plural unit words that make a vague duration on
// their own after "for", "in recent", "over the past".
var pluralUnits = wordList("plural_units")

// setAdverbs maps frequency adverbs and adjectives to SET values.
var setAdverbs = map[string]string{
	"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
	"annually": "P1Y", "annual": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "biannual": "P6M", "biennial": "P2Y",
}

// rateNouns are measures that a frequency adjective turns into a rate
// ("annual sales", "yearly revenue", "daily volume"); the adjective then
// names no recurring time and is not a SET.
var rateNouns = wordList("rate_nouns")

// measureNouns are units of measure (and counted things a machine
// processes) that a time unit after "per" or "an" divides into a speed:
// "60 miles per hour", "15 million instructions per second". By the
// TIMEX3 guidelines a speed is no time expression.
var measureNouns = wordList("measure_nouns")

// marginWords are the words before "by" that make the duration after it
// a winning margin ("won by 3 seconds", "trailed by two minutes"), which
// by the TIMEX3 guidelines is no time expression.
var marginWords = wordList("margin_words")

// elapsedCues are the words before a clock-like "2:41:09" that make it
// an elapsed time ("finished in 2:41:09", "a time of 2:03:23"): a
// DURATION, not a time of day.
var elapsedCues = wordList("elapsed_cues")
