package timex

import (
	"testing"
	"time"
)

// friday is the DCT of the examples: Friday 21 March 2025.
var friday = time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC)

// find returns the expression of text whose span is want.
func find(xs []Timex, want string) (Timex, bool) {
	for _, x := range xs {
		if x.Text == want {
			return x, true
		}
	}
	return Timex{}, false
}

func TestTagForms(t *testing.T) {
	tests := []struct {
		text  string // a sentence
		span  string // the expected expression in it
		typ   Type
		value string
		mod   string
	}{
		// guideline classes (TIMEX3 / TempEval-3): a counted unit compared
		// with "than" is a duration; "from now" counts a duration from the
		// present, each tagged; a bare plural unit is a vague duration;
		// recurring seasons and parts of the day are sets
		{"The launch came two days earlier than planned.", "two days", Duration, "P2D", ""},
		// years before the common era
		{"The fort fell in 480 BC to the raiders.", "480 BC", Date, "BC0480", ""},
		{"The colony was founded in 31 B.C.E. by settlers.", "31 B.C.E.", Date, "BC0031", ""},
		{"The fleet sailed in April 480 B.C. to the strait.", "April 480 B.C.", Date, "BC0480-04", ""},
		{"The revolt (499-493 BC) failed.", "499", Date, "BC0499", ""},
		{"The revolt (499-493 BC) failed.", "493 BC", Date, "BC0493", ""},
		// a span of days sharing their month: each day a date
		{"The siege (12-14 July 2024) failed.", "12", Date, "2024-07-12", ""},
		{"The siege (12-14 July 2024) failed.", "14 July 2024", Date, "2024-07-14", ""},
		{"The raids of 22 to 24 February 2011 failed.", "22", Date, "2011-02-22", ""},
		{"The raids of 22 to 24 February 2011 failed.", "24 February 2011", Date, "2011-02-24", ""},
		{"The fair runs on April 24 and 25.", "April 24", Date, "2025-04-24", ""},
		{"The fair runs on April 24 and 25.", "25", Date, "2025-04-25", ""},
		{"The raids of March 7 to 15, 1943 failed.", "March 7", Date, "1943-03-07", ""},
		{"The raids of March 7 to 15, 1943 failed.", "15, 1943", Date, "1943-03-15", ""},
		{"The talks on May 4-5 ended.", "May 4", Date, "2025-05-04", ""},
		{"The talks on May 4-5 ended.", "5", Date, "2025-05-05", ""},
		// a span of years, whatever the century
		{"Eastern front 1861-1863 The armies met.", "1861", Date, "1861", ""},
		{"Eastern front 1861-1863 The armies met.", "1863", Date, "1863", ""},
		{"The deal closes three months from now.", "three months", Duration, "P3M", ""},
		{"The deal closes three months from now.", "now", Date, "PRESENT_REF", ""},
		// "the day before <event>": the span ends at "the day", "before"
		// is a signal; the day is the one dated just before, or the date
		// it stands in apposition to, or unknown
		{"They met the day before the vote was held.", "the day", Date, "XXXX-XX-XX", ""},
		{"The vote was held on March 3. They met the day before the vote.", "the day", Date, "2025-03-02", ""},
		{"Shares rose on March 3, the day before the crash.", "the day", Date, "2025-03-03", ""},
		{"They left the day after Kim arrived.", "the day", Date, "XXXX-XX-XX", ""},
		{"It took weeks to finish the bridge.", "weeks", Duration, "PXW", ""},
		// elapsed times are durations; a genitive apostrophe stays in the
		// span; a duration used as an adjective leaves its determiner out
		{"She finished the race in 2:41:09.", "2:41:09", Duration, "PT2H41M9S", ""},
		{"He set a time of 1:05:00 on the course.", "1:05:00", Duration, "PT1H5M", ""},
		{"The judge gave him 10 years' probation.", "10 years'", Duration, "P10Y", ""},
		{"It was her first six-week course.", "six-week", Duration, "P6W", ""},
		{"It was the final two-day session.", "two-day", Duration, "P2D", ""},
		// one day of a month, which one untold; position words with or
		// without the unit's article; fiscal years told as their calendar
		// years
		{"She recalled that October day in 2009 when the dam broke.", "that October day in 2009", Date, "2009-10-XX", ""},
		{"Sales should rise toward the end of year.", "the end of year", Date, "2025", "END"},
		{"Sales should rise toward the end of the year.", "the end of the year", Date, "2025", "END"},
		{"Profit fell in the last fiscal year.", "last fiscal year", Date, "2024", ""},
		{"Profit will rise this fiscal year.", "this fiscal year", Date, "2025", ""},
		{"Profit will rise next fiscal year.", "next fiscal year", Date, "2026", ""},
		// generic "today" is the present age; a day's progressive or plan
		// is the day
		{"Computers today are fast and cheap.", "today", Date, "PRESENT_REF", ""},
		{"Young people today have less money.", "today", Date, "PRESENT_REF", ""},
		{"Officials today are meeting in the capital.", "today", Date, "2025-03-21", ""},
		{"The court today is expected to rule.", "today", Date, "2025-03-21", ""},
		{"Kim today is in the capital.", "today", Date, "2025-03-21", ""},
		// a quarter told by its last day is the calendar quarter holding
		// most of its months
		{"In the quarter ended July 31, sales rose.", "the quarter", Date, "2024-Q2", ""},
		{"For the quarter ended Sept. 30, 2023, net fell.", "the quarter", Date, "2023-Q3", ""},
		{"Sales in the quarter ending March 31 rose.", "the quarter", Date, "2025-Q1", ""},
		{"They met the day before Christmas.", "the day before Christmas", Date, "2024-12-24", ""},
		// a comparative is part of the span and gives the mod, a hedge
		// before it is not ("Just [over an hour]", as TBAQ marks it)
		{"The talks lasted just over a month.", "over a month", Duration, "P1M", "MORE_THAN"},
		{"The repair took slightly less than a week.", "less than a week", Duration, "P1W", "LESS_THAN"},
		// months joined to a later month of the same year share its year
		{"The armies clashed in August and September 1914.", "August", Date, "1914-08", ""},
		{"The armies clashed in August and September 1914.", "September 1914", Date, "1914-09", ""},
		{"Talks ran from May 3 to June 9, 1940.", "May 3", Date, "1940-05-03", ""},
		{"The leadership met in August/September 1956.", "August", Date, "1956-08", ""},
		{"Snow fell in December and January 1915.", "December", Date, "2024-12", ""},
		// weekdays sharing a plural part of the day each recur
		{"Buses leave on Monday and Tuesday nights.", "Monday", Set, "XXXX-WXX-1TNI", ""},
		{"Buses leave on Monday and Tuesday nights.", "Tuesday nights", Set, "XXXX-WXX-2TNI", ""},
		{"Minutes after the blast, police arrived.", "Minutes", Duration, "PTXM", ""},
		{"The tests run each spring.", "each spring", Set, "XXXX-SP", ""},
		{"He walks every evening.", "every evening", Set, "XXXX-XX-XXTEV", ""},
		// "the past/next decade" is a span of years, not a calendar decade;
		// each end of a range is an expression
		{"Spending will grow over the next decade.", "the next decade", Duration, "P10Y", ""},
		{"Crime fell in the past decade.", "the past decade", Duration, "P10Y", ""},
		{"It will take between 6 and 9 months.", "6", Duration, "P6M", ""},
		{"It will take between 6 and 9 months.", "9 months", Duration, "P9M", ""},
		{"The 1962-63 season was long.", "1962", Date, "1962", ""},
		{"The 1962-63 season was long.", "63", Date, "1963", ""},
		// absolute dates
		{"The talks began on June 19, 2024 in Pyongyang.", "June 19, 2024", Date, "2024-06-19", ""},
		{"The treaty was signed 19 June 2024.", "19 June 2024", Date, "2024-06-19", ""},
		{"Troops arrived on Feb. 27, officials said.", "Feb. 27", Date, "2025-02-27", ""},
		{"The deployment began in Sept. 2024.", "Sept. 2024", Date, "2024-09", ""},
		{"Trade grew in 2023.", "2023", Date, "2023", ""},
		{"Relations cooled in the 1990s.", "the 1990s", Date, "199", ""},
		{"Work started in mid-2024.", "mid-2024", Date, "2024", "MID"},
		{"Soldiers were sent in late 2024.", "late 2024", Date, "2024", "END"},
		{"He left on January 11.", "January 11", Date, "2025-01-11", ""},
		{"(@user) January 12, 2025 Kim met Putin.", "January 12, 2025", Date, "2025-01-12", ""},
		{"The 2025-03-21 report was late.", "2025-03-21", Date, "2025-03-21", ""},
		{"Fighting raged in the 20th century.", "the 20th century", Date, "19", ""},
		{"They met Monday, Oct. 26, 2020.", "Monday, Oct. 26, 2020", Date, "2020-10-26", ""},
		// weekdays and the tense of the sentence
		{"Kim met Putin on Friday.", "Friday", Date, "2025-03-21", ""},
		{"The delegation arrived Wednesday.", "Wednesday", Date, "2025-03-19", ""},
		{"The Friday explosions killed 12.", "Friday", Date, "2025-03-21", ""},
		// after a verb of speech a weekday is the day said, a name after it
		// the reported clause's subject
		{"The ministry said Monday Norway's exports fell.", "Monday", Date, "2025-03-17", ""},
		{"Mayor Tull announced Tuesday Dorvalle would rebuild the bridge.", "Tuesday", Date, "2025-03-18", ""},
		{"About 500 people attended a Sunday night service.", "Sunday night", Time, "2025-03-16TNI", ""},
		{"That Sunday, troops left.", "Sunday", Date, "2025-03-16", ""},
		// TimeBank leaves "earlier"/"later" out of a day's span.
		{"Earlier Friday, the ministry said so.", "Friday", Date, "2025-03-21", ""},
		{"He spoke later on Friday.", "Friday", Date, "2025-03-21", ""},
		{"Prices rose later in the day.", "the day", Date, "2025-03-21", ""},
		{"Earlier this week, troops moved.", "Earlier this week", Date, "2025-W12", ""},
		{"They will meet this weekend.", "this weekend", Date, "2025-W12-WE", ""},
		{"Talks will resume on Monday.", "Monday", Date, "2025-03-24", ""},
		{"He was seen last Friday.", "last Friday", Date, "2025-03-14", ""},
		{"Shelling began Thursday morning.", "Thursday morning", Time, "2025-03-20TMO", ""},
		// relative expressions
		{"Exports fell last year.", "last year", Date, "2024", ""},
		// a day with "last/this/next year" is that year's day
		{"The depot burned on Sept. 9 last year.", "Sept. 9 last year", Date, "2024-09-09", ""},
		{"The depot burned on May 2 this year.", "May 2 this year", Date, "2025-05-02", ""},
		// a comma ends the date: "last year" is the subject's
		{"On Sept. 9, last year ended badly.", "Sept. 9", Date, "2024-09-09", ""},
		{"The troops arrived last fall.", "last fall", Date, "2024-FA", ""},
		{"It was hot last summer.", "last summer", Date, "2024-SU", ""},
		{"Prices rose this week.", "this week", Date, "2025-W12", ""},
		{"They had met the previous day.", "the previous day", Date, "2025-03-20", ""},
		{"He had arrived the day before.", "the day before", Date, "2025-03-20", ""},
		{"The attack happened two days ago.", "two days ago", Date, "2025-03-19", ""},
		{"Elections are due next month.", "next month", Date, "2025-04", ""},
		{"The drills ran in late February.", "late February", Date, "2025-02", "END"},
		{"The summit will be held in April.", "April", Date, "2025-04", ""},
		{"He visited Moscow in April.", "April", Date, "2024-04", ""},
		{"He was in charge at the time.", "the time", Date, "PAST_REF", ""},
		{"Trade doubled earlier this year.", "earlier this year", Date, "2025", ""},
		{"Markets are calm now.", "now", Date, "PRESENT_REF", ""},
		{"It rained yesterday.", "yesterday", Date, "2025-03-20", ""},
		{"The rally is tonight.", "tonight", Time, "2025-03-21TNI", ""},
		{"Profits rose in the third quarter.", "the third quarter", Date, "2024-Q3", ""},
		{"The plant opened a decade ago.", "a decade ago", Date, "2015", ""},
		{"The decision will come in the future.", "the future", Date, "FUTURE_REF", ""},
		{"Sales in the current fiscal year rose.", "the current fiscal year", Date, "2025", ""},
		// holidays, resolved like a month and day
		{"The boy was found on Thanksgiving Day last year.", "Thanksgiving Day", Date, "2024-11-28", ""},
		{"They will be home by Christmas.", "Christmas", Date, "2025-12-25", ""},
		{"Protests began on New Year's Eve.", "New Year's Eve", Date, "2024-12-31", ""},
		{"The vote was held on Easter 2024.", "Easter 2024", Date, "2024-03-31", ""},
		{"Fireworks marked Independence Day 1998.", "Independence Day 1998", Date, "1998-07-04", ""},
		{"The results came last Thanksgiving.", "last Thanksgiving", Date, "2024-11-28", ""},
		// weekday with its date; financial periods
		{"The Times said in an editorial on Monday, Oct. 26: The murder.", "Monday, Oct. 26", Date, "2026-10-26", ""},
		{"It said on Saturday, Oct. 26: The murder.", "Saturday, Oct. 26", Date, "2024-10-26", ""},
		{"Sales in the latest period rose 5%.", "the latest period", Date, "2024-Q4", ""},
		// tense cues: obligations point ahead, a noun "plan" does not
		{"The dividend is payable Dec. 15.", "Dec. 15", Date, "2025-12-15", ""},
		{"The pact becomes effective Feb. 1.", "Feb. 1", Date, "2026-02-01", ""},
		{"The thrift announced the plan Aug. 21.", "Aug. 21", Date, "2024-08-21", ""},
		{"It had been due to expire Friday evening.", "Friday evening", Time, "2025-03-21TEV", ""},
		// passive forms take the auxiliary's tense; "by" sets a deadline
		{"The case is heard in May in the appeals court.", "May", Date, "2025-05", ""},
		{"The accession was planned for early March.", "early March", Date, "2025-03", "START"},
		{"The talks are supposed to conclude by May, he said.", "May", Date, "2025-05", ""},
		{"The members had filed reports by Wednesday.", "Wednesday", Date, "2025-03-19", ""},
		// TimeBank conventions for quarters, vague decades and "nearly"
		{"Profit fell in the past two quarters.", "the past two quarters", Duration, "P2Q", ""},
		{"Losses lasted several quarters.", "several quarters", Duration, "PXQ", ""},
		{"The company pays interest every quarter.", "every quarter", Set, "P1Q", ""},
		{"It was a decades-long feud.", "decades-long", Duration, "PXY", ""},
		{"The ruins stood for centuries.", "centuries", Duration, "PXC", ""},
		{"The war lasted nearly two years.", "nearly two years", Duration, "P2Y", "APPROX"},
		{"He left almost four years ago.", "almost four years ago", Date, "2021", "LESS_THAN"},
		{"They talked for about two hours.", "two hours", Duration, "PT2H", "APPROX"},
		{"The plan will be announced at a later date.", "a later date", Date, "FUTURE_REF", ""},
		// clock times
		{"The father will leave at 4 in the morning, Castro said.", "4 in the morning", Time, "2025-03-21T04:00", ""},
		{"The shelling began at 9:30 at night.", "9:30 at night", Time, "2025-03-21T21:30", ""},
		{"The blast came at 10:35 a.m. local time.", "10:35 a.m.", Time, "2025-03-21T10:35", ""},
		{"The vote will close at 10 p.m. Wednesday.", "10 p.m. Wednesday", Time, "2025-03-26T22:00", ""},
		{"The polls opened at 7 a.m. (0400 GMT) Wednesday.", "7 a.m. (0400 GMT) Wednesday", Time, "2025-03-19T07:00", ""},
		{"The divers surfaced at 1925 GMT, the navy said.", "1925 GMT", Time, "2025-03-21T19:25", ""},
		{"The ferry docked at 0615 UTC Wednesday.", "0615 UTC Wednesday", Time, "2025-03-19T06:15", ""},
		{"The bridge was finished in 1925 by a German firm.", "1925", Date, "1925", ""},
		// durations and sets
		{"The 11-day visit ended.", "11-day", Duration, "P11D", ""},
		{"After hours-long talks they left.", "hours-long", Duration, "PTXH", ""},
		{"Putin held an hours-long phone call.", "hours-long", Duration, "PTXH", ""},
		{"The mission lasted more than two thousand years.", "more than two thousand years", Duration, "P2000Y", "MORE_THAN"},
		{"The bombing happened in nineteen ninety-six.", "nineteen ninety-six", Date, "1996", ""},
		{"The plant closed in the fall of last year.", "the fall", Date, "2024-FA", ""},
		{"The plant closed in the fall in 2023 and reopened.", "the fall in 2023", Date, "2023-FA", ""},
		{"Sales for the year ended Sept. 30 rose.", "the year", Duration, "P1Y", ""},
		// a year-shifted period named a quarter is a quarter: the one
		// reported (the last complete before the DCT), a year apart; a
		// "period" may be longer, so it keeps the year
		{"Profit fell from the year-ago quarter.", "the year-ago quarter", Date, "2023-Q4", ""},
		{"Sales in the 1988 quarter were flat.", "the 1988 quarter", Date, "1988-Q4", ""},
		{"Profit fell from the year-ago period.", "the year-ago period", Date, "2024", ""},
		{"Sales in the 1988 period were flat.", "the 1988 period", Date, "1988", ""},
		// a quarter or half of "last/this/next year's": that quarter of the
		// year n years away; a bare "quarter" is the reported one
		{"It will report next year's first quarter soon.", "next year's first quarter", Date, "2026-Q1", ""},
		{"Sales fell in last year's third quarter.", "last year's third quarter", Date, "2024-Q3", ""},
		{"Sales in this year's first half rose.", "this year's first half", Date, "2025-H1", ""},
		{"Profit rose from last year's quarter.", "last year's quarter", Date, "2023-Q4", ""},
		{"Costs rose from last year's period.", "last year's period", Date, "2024", ""},
		{"Last year's results were weak.", "Last year", Date, "2024", ""},
		// a year in words after a month or "season of", as transcripts
		// write it; "two thousand" before a noun counts
		{"It rose in January nineteen ninety-seven.", "January nineteen ninety-seven", Date, "1997-01", ""},
		{"It fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", Date, "1994-WI", ""},
		{"It ended in May two thousand.", "May two thousand", Date, "2000-05", ""},
		{"In March two thousand people marched.", "March", Date, "2025-03", ""},
		{"Sales fell in the last half of 1989.", "the last half of 1989", Date, "1989-H2", ""},
		// "or so" before "ago" approximates a counted date
		{"He came back two years or so ago.", "two years or so ago", Date, "2023", "APPROX"},
		{"They talked for a week or so.", "a week or so", Duration, "P1W", "APPROX"},
		{"Profit rose in the first two quarters of 1990.", "the first two quarters of 1990", Date, "1990-H1", ""},
		// "the day before/after" a named day counts from it
		{"It happened the day before last Tuesday.", "the day before last Tuesday", Date, "2025-03-17", ""},
		{"Voting ended the day after March 3.", "the day after March 3", Date, "2025-03-04", ""},
		// a position within a part of the day: the part keeps its day
		{"He left mid-afternoon yesterday.", "mid-afternoon yesterday", Time, "2025-03-20TAF", "MID"},
		{"They met early Tuesday morning.", "early Tuesday morning", Time, "2025-03-18TMO", "START"},
		{"The night today is cold.", "today", Date, "2025-03-21", ""},
		// "the week of" a day is the ISO week holding it
		{"Shops close during Easter week.", "Easter week", Date, "2025-W16", ""},
		{"Talks resume the week of April 7.", "the week of April 7", Date, "2025-W15", ""},
		{"Talks began the week of Jan. 10, 2000.", "the week of Jan. 10, 2000", Date, "2000-W02", ""},
		{"The deal should close by year-end.", "year-end", Date, "2025", "END"},
		{"Crime fell through the nineties.", "the nineties", Date, "199", ""},
		{"Sales in the current fiscal year rose.", "the current fiscal year", Date, "2025", ""},
		{"Costs rose this past spring.", "this past spring", Date, "2024-SP", ""},
		{"It grew for the first time in years.", "years", Duration, "PXY", ""},
		{"He left Wednesday's meeting early.", "Wednesday", Date, "2025-03-19", ""},
		{"Talks were held for the next year or so.", "the next year or so", Date, "2026", "APPROX"},
		{"The war lasted three years.", "three years", Duration, "P3Y", ""},
		{"He served 24 years in prison.", "24 years", Duration, "P24Y", ""},
		{"It took a decade to build.", "a decade", Duration, "P10Y", ""},
		{"The annual parade was cancelled.", "annual", Set, "P1Y", ""},
		{"The festival is held every year.", "every year", Set, "P1Y", ""},
		{"Markets report daily.", "daily", Set, "P1D", ""},
		{"The ferry sails on Tuesday nights.", "Tuesday nights", Set, "XXXX-WXX-2TNI", ""},
		{"The ferry sailed on Tuesday night.", "Tuesday night", Time, "2025-03-18TNI", ""},
		{"The talks took 5 1/2 hours.", "5 1/2 hours", Duration, "PT5H30M", ""},
		{"Stocks fell in the past two years.", "the past two years", Duration, "P2Y", ""},
		// modifiers
		{"The siege lasted more than four decades.", "more than four decades", Duration, "P40Y", "MORE_THAN"},
		{"It lasted at least 72 hours.", "at least 72 hours", Duration, "PT72H", "EQUAL_OR_MORE"},
		{"They talked for about two weeks.", "two weeks", Duration, "P2W", "APPROX"},
		{"The center opened in the early 1990s.", "the early 1990s", Date, "199", "START"},
		{"It ends at the end of the year.", "the end of the year", Date, "2025", "END"},
	}
	for _, tc := range tests {
		xs := Tag(tc.text, friday)
		x, ok := find(xs, tc.span)
		if !ok {
			t.Errorf("%q: no expression %q; got %+v", tc.text, tc.span, xs)
			continue
		}
		if x.Type != tc.typ || x.Value != tc.value || x.Mod != tc.mod {
			t.Errorf("%q: %q = %s %s %q, want %s %s %q", tc.text, tc.span, x.Type, x.Value, x.Mod, tc.typ, tc.value, tc.mod)
		}
	}
}

// TestTagYearSpanCount: a span of four-digit numbers before a count noun
// is a count, not a span of years.
func TestTagYearSpanCount(t *testing.T) {
	for _, x := range Tag("Each side lost 1500-1550 troops.", friday) {
		if x.Text == "1500" {
			t.Errorf("1500 of \"1500-1550 troops\" tagged as %s", x.Value)
		}
	}
}

// TestTagDaySpanCount: a number after a month and day, joined by "and",
// that counts something is no second day.
func TestTagDaySpanCount(t *testing.T) {
	xs := Tag("On April 24 and 25 people were hurt.", friday)
	if len(xs) != 1 || xs[0].Text != "April 24" {
		t.Errorf("got %+v, want April 24 alone", xs)
	}
}

func TestTagNotTimes(t *testing.T) {
	for _, text := range []string{
		"You may go home.",
		"The march began at dawn's end.",
		"Protesters march on the capital.",
		"She wrote for the Sunday Times.",
		"Mr. Sunday declined to comment.",
		"Version 2.3.1 of the software shipped.",
		"The match ended 3-1.",
		"They won 3-1 in the final.",
		"About 10,000 troops were deployed.",
		"The company paid $2000 in fines.",
		"He is a 24-year-old soldier.",
		"The general, 52 years old, resigned.",
		"May I ask a question?",
		"He slept through the last half of the game.",
		"Korea JoongAng Daily reported it.",
		"It rose three-quarters of a point.",
		"He starred in High Noon.",
		"Crowds cheered the fall of the regime.",
		// "the fall" with what fell, by how much, or a verb after it is a
		// decline
		"Acme Bank led the fall in bank shares.",
		"The fall was led by utilities.",
		"The index extended the fall to 1,180 points.",
		"The poll was published by USA Today on its site.",
		"Prices rose at a modest annual rate of 2.9%.",
		"The company has annual sales of $2 billion.",
		"The current account deficit widened.",
		"A current flowed through the wire.",
		"The current flowed through the wire.",
		"The new law took effect.",
		// by the TIMEX3 guidelines attributive "current" and the adverb
		// "recently" are no time expressions (TimeBank marks some)
		"He traveled with his current wife.",
		"Shares sold at the then-current price.",
		"He recently resigned.",
		// speeds and winning margins are no time expressions
		"The car reached 90 miles per hour on the straight.",
		"The train ran at 80 kilometres an hour.",
		"The chip runs 15 million instructions per second.",
		"She won by 3 seconds in the sprint.",
		// a race time with its hundredths is no time of day, nor is one
		// whose hundredths a stray space sets apart
		"She holds the 1500m world record of 3:50.07 since the trials.",
		"She holds the 1500m world record of 3:50. 07 since the trials.",
		// periods of a game and rounds of a tournament are no quarters of
		// a year
		"The Rivers led 54-43 after the third quarter.",
		"The visitors trailed 12 - 9 in the first quarter.",
		"He left the game in the second half with a sore knee.",
		"The holders were knocked out in the quarter-finals.",
		"The champion edged his rival by two minutes.",
	} {
		if xs := Tag(text, friday); len(xs) != 0 {
			t.Errorf("%q: got %+v, want no expression", text, xs)
		}
	}
}

func TestTagAnchorsToPrevious(t *testing.T) {
	text := "In 2023 the two sides signed a pact. The following year troops arrived. " +
		"On June 19, 2024 they met. The next day they left. The same day a decree followed."
	xs := Tag(text, friday)
	want := map[string]string{"2023": "2023", "The following year": "2024", "The next day": "2024-06-20",
		"The same day": "2024-06-20"}
	for span, v := range want {
		x, ok := find(xs, span)
		if !ok || x.Value != v {
			t.Errorf("%q = %+v (found %v), want value %s", span, x, ok, v)
		}
	}
	if x, _ := find(xs, "The following year"); !x.Relative || x.Granularity != Year || x.Interval == nil {
		t.Errorf("following year: %+v, want relative with a year interval", x)
	}
}

// TestTagWeekdayFromPrevious: "the previous Friday" and "the following
// Monday" are the weekday before or after the day told before, or the
// DCT's when no day was.
func TestTagWeekdayFromPrevious(t *testing.T) {
	for _, tc := range []struct{ text, span, value string }{
		{"Shares fell on Oct. 12, 2023, after rising the previous Friday.", "the previous Friday", "2023-10-06"},
		{"The pact was signed on March 3, 2022. The following Monday, troops left.", "The following Monday", "2022-03-07"},
		{"Shares rose the previous Friday.", "the previous Friday", "2025-03-14"},
	} {
		x, ok := find(Tag(tc.text, friday), tc.span)
		if !ok || x.Value != tc.value || x.Type != Date {
			t.Errorf("%q: %q = %+v (found %v), want %s", tc.text, tc.span, x, ok, tc.value)
		}
	}
}

func TestTagComparedPeriod(t *testing.T) {
	xs := Tag("Profit rose in the third quarter from the 1988 period. Sales in the 1990 period fell.", friday)
	if x, ok := find(xs, "the 1988 period"); !ok || x.Value != "1988-Q3" {
		t.Errorf("the 1988 period = %+v (found %v), want 1988-Q3", x, ok)
	}
	if x, ok := find(Tag("It beat the 1990 period.", friday), "the 1990 period"); !ok || x.Value != "1990" {
		t.Errorf("the 1990 period alone = %+v (found %v), want 1990", x, ok)
	}
}

func TestTagWithoutDCT(t *testing.T) {
	tests := []struct{ text, span, value string }{
		{"Kim met Putin on Friday.", "Friday", "XXXX-WXX-5"},
		{"The summit was in June.", "June", "XXXX-06"},
		{"Exports fell last year.", "last year", "PAST_REF"},
		{"Talks began June 19, 2024.", "June 19, 2024", "2024-06-19"},
	}
	for _, tc := range tests {
		x, ok := find(Tag(tc.text, time.Time{}), tc.span)
		if !ok || x.Value != tc.value {
			t.Errorf("%q: %q = %+v (found %v), want %s", tc.text, tc.span, x, ok, tc.value)
		}
		if ok && x.Interval != nil && tc.value[0] != '2' {
			t.Errorf("%q: unresolved %s has an interval", tc.text, x.Value)
		}
	}
}

func TestTagIntervals(t *testing.T) {
	x, ok := find(Tag("Trade grew in late February.", friday), "late February")
	if !ok || x.Granularity != Month || x.Interval == nil {
		t.Fatalf("got %+v", x)
	}
	if !x.Interval.Start.Equal(day(2025, 2, 1)) || !x.Interval.End.Equal(day(2025, 2, 28)) {
		t.Errorf("interval %v..%v, want 2025-02-01..2025-02-28", x.Interval.Start, x.Interval.End)
	}
}

// TestFallBeforeMonth checks that "the fall" followed by "in" and a month
// is a decline told with its month, not the season: only the month is a
// time expression.
func TestFallBeforeMonth(t *testing.T) {
	for _, tc := range []struct{ text, month string }{
		{"Shares extended the fall in March.", "March"},
		{"The fall in October was steep.", "October"},
	} {
		if xs := Tag(tc.text, friday); len(xs) != 1 || xs[0].Text != tc.month {
			t.Errorf("%q: got %+v, want %q alone", tc.text, xs, tc.month)
		}
	}
}

// TestTagIntervalBeforeAnchor checks that "earlier this X" ends the day
// before the DCT and "later this X" begins the day after it, the value
// unchanged.
func TestTagIntervalBeforeAnchor(t *testing.T) {
	tests := []struct {
		text, span, value string
		start, end        time.Time
	}{
		{"The council met earlier this month.", "earlier this month", "2025-03", day(2025, 3, 1), day(2025, 3, 20)},
		{"The council met earlier this week.", "earlier this week", "2025-W12", day(2025, 3, 17), day(2025, 3, 20)},
		{"The council meets later this month.", "later this month", "2025-03", day(2025, 3, 22), day(2025, 3, 31)},
		{"The council met this month.", "this month", "2025-03", day(2025, 3, 1), day(2025, 3, 31)},
	}
	for _, tc := range tests {
		x, ok := find(Tag(tc.text, friday), tc.span)
		if !ok || x.Value != tc.value || x.Interval == nil {
			t.Fatalf("%q: %q = %+v (found %v), want %s", tc.text, tc.span, x, ok, tc.value)
		}
		if !x.Interval.Start.Equal(tc.start) || !x.Interval.End.Equal(tc.end) {
			t.Errorf("%q: interval %v..%v, want %v..%v", tc.text, x.Interval.Start, x.Interval.End, tc.start, tc.end)
		}
	}
}

func TestTagOffsets(t *testing.T) {
	text := "Officials said Friday that the 11-day drills, which began Feb. 27, ended."
	for _, x := range Tag(text, friday) {
		if text[x.Start:x.End] != x.Text {
			t.Errorf("%+v: text[%d:%d] = %q", x, x.Start, x.End, text[x.Start:x.End])
		}
	}
}

// TestTagDayInPreviousPeriod checks that "that (same) day" after a month
// or year other than the DCT's is an unknown day of that period, and after
// the DCT's own period the DCT.
func TestTagDayInPreviousPeriod(t *testing.T) {
	tests := []struct {
		text, span, value string
	}{
		{"The plant was closed last October. The order was signed that same day.", "that same day", "2024-10-XX"},
		{"The treaty dates from 2019. Crowds gathered that day.", "that day", "2019-XX-XX"},
		{"Sales rose this year. That day was busy.", "That day", "2025-03-21"},
	}
	for _, tc := range tests {
		x, ok := find(Tag(tc.text, friday), tc.span)
		if !ok || x.Value != tc.value {
			t.Errorf("%q: %q = %+v (found %v), want %s", tc.text, tc.span, x, ok, tc.value)
		}
	}
}

// TestTagYearAgoAfterForecast checks that a quarter still to come (a
// forecast) is not the reported quarter a "year-ago period" compares
// with, while a reported one is.
func TestTagYearAgoAfterForecast(t *testing.T) {
	tests := []struct {
		text, value string
	}{
		{"Losses will last through the third quarter of 2025. In the year-ago period it earned $1 million.", "2023-Q4"},
		{"Profit rose in the third quarter of 2024. In the year-ago period it earned $1 million.", "2023-Q3"},
		{"In the year-ago period it earned $1 million.", "2024"},
	}
	for _, tc := range tests {
		x, ok := find(Tag(tc.text, friday), "the year-ago period")
		if !ok || x.Value != tc.value {
			t.Errorf("%q: the year-ago period = %+v (found %v), want %s", tc.text, x, ok, tc.value)
		}
	}
}

// TestTagClockAwayFromDay: a clock time with no day falls on the day told
// in its sentence or the one before; further on, in the news, on the
// DCT's, unless that day was recent.
func TestTagClockAwayFromDay(t *testing.T) {
	for _, tc := range []struct{ text, span, value string }{
		{"The singer died on March 2. His family held a private service. The cortege left at 9:00 am.", "9:00 am", "2025-03-21T09:00"},
		{"The talks opened on March 18. At 9:00 am the envoys arrived.", "9:00 am", "2025-03-18T09:00"},
		{"The raid began late Thursday. The rebels surrendered. At midnight the troops withdrew.", "midnight", "2025-03-20T24:00"},
		{"The talks opened on March 18 and at 9:00 am the envoys arrived.", "9:00 am", "2025-03-18T09:00"},
	} {
		x, ok := find(Tag(tc.text, friday), tc.span)
		if !ok || x.Value != tc.value {
			t.Errorf("%q: %q = %+v (found %v), want %s", tc.text, tc.span, x, ok, tc.value)
		}
	}
}

// TestTagLastWeekOnSunday checks that "last week" told on a Sunday is the
// week that Sunday ends (Monday to Sunday), while on another day it is the
// calendar week before the DCT's, and "a week ago" and "last weekend" on
// a Sunday still reach back seven days.
func TestTagLastWeekOnSunday(t *testing.T) {
	sunday := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC) // ISO week 2025-W12
	tests := []struct {
		dct        time.Time
		text, span string
		value      string
	}{
		{sunday, "The ferry sank last week off the cape.", "last week", "2025-W12"},
		{friday, "The ferry sank last week off the cape.", "last week", "2025-W11"},
		{sunday.AddDate(0, 0, 1), "The ferry sank last week off the cape.", "last week", "2025-W12"},
		{sunday, "The ferry sank last weekend off the cape.", "last weekend", "2025-W11-WE"},
		{sunday, "The ferry sank next week off the cape.", "next week", "2025-W13"},
	}
	for _, tc := range tests {
		x, ok := find(Tag(tc.text, tc.dct), tc.span)
		if !ok || x.Value != tc.value {
			t.Errorf("%s %q: %q = %+v (found %v), want %s", tc.dct.Format(time.DateOnly), tc.text, tc.span, x, ok, tc.value)
		}
	}
	// the week just ended ends the day before the Sunday it is told on
	x, ok := find(Tag("The ferry sank last week off the cape.", sunday), "last week")
	if !ok || x.Interval == nil || !x.Interval.End.Equal(sunday.AddDate(0, 0, -1)) {
		t.Errorf("last week on a Sunday: interval %+v, want it to end on Saturday", x.Interval)
	}
}
