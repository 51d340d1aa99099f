package timex

import (
	"testing"
	"time"
)

// TestTagTenseResolution checks how the clause's tense and the
// last/next/this modifiers pick the year of a month and the week of a
// weekday.
func TestTagTenseResolution(t *testing.T) {
	oct1 := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	may6 := time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)
	oct30 := time.Date(2025, 10, 30, 0, 0, 0, 0, time.UTC)
	monday := time.Date(2025, 3, 24, 0, 0, 0, 0, time.UTC) // ISO week 2025-W13
	tests := []struct {
		dct   time.Time
		text  string
		span  string
		value string
	}{
		// "last"/"next" + a month: the adjacent month is a year off,
		// since the one just ended is "last month" or "this February".
		{friday, "Two helicopters crashed last February.", "last February", "2024-02"},
		{friday, "Prices peaked last January.", "last January", "2025-01"},
		{friday, "The plant was closed last March.", "last March", "2024-03"},
		{friday, "The plant will reopen next April.", "next April", "2026-04"},
		{friday, "The plant will reopen next May.", "next May", "2025-05"},
		{friday, "Snow fell this February.", "this February", "2025-02"},
		// a fronted adverbial takes the tense of the main clause,
		// however far its verb.
		{oct1, "In January, a week after the summit in the capital of the northern province of the country, a bomb in the city centre killed six people.", "January", "2025-01"},
		{oct1, "In January, a week after the summit in the capital of the northern province of the country, the new bridge over the river will open.", "January", "2026-01"},
		// "were planning to" is a pending intention; "were expected
		// to" reports what was due then.
		{friday, "Protesters planned a rally on Saturday and were planning to march to the embassy on Monday.", "Saturday", "2025-03-22"},
		{friday, "The leaders were expected to sign a deal in late February.", "late February", "2025-02"},
		// a past tense spelt as the present ("beat", "hit") is past,
		// unless "to", a modal or "set to" carries the tense
		{may6, "Chelsea beat Arsenal 2-1 on Wednesday.", "Wednesday", "2025-04-30"},
		{may6, "Chelsea hope to beat Arsenal on Wednesday.", "Wednesday", "2025-05-07"},
		{may6, "The peace process, set to resume Wednesday in the capital, faces threats.", "Wednesday", "2025-05-07"},
		// quoted speech keeps its own tense: the reporting verb after
		// the closing quote does not reach into it.
		{friday, "\"We will leave at dawn (6 a.m. Monday),\" the minister said.", "6 a.m. Monday", "2025-03-24T06:00"},
		{friday, "``They leave Monday,'' the minister said.", "Monday", "2025-03-24"},
		{friday, "The minister said Monday that talks would resume.", "Monday", "2025-03-17"},
		// a trailing attribution after a comma does not tell the tense of
		// a clause whose own verb came before the expression; with no
		// verb before, the comma ends an opener and the verb after it is
		// the main clause's.
		{friday, "The two airlines are to sign the code-share accord in June, the transport minister said Wednesday.", "June", "2025-06"},
		{friday, "At a summit of the bloc on Monday, the foreign minister said the plan was dead.", "Monday", "2025-03-17"},
		// a passive verb group takes its auxiliary's tense, however far
		// the auxiliary lies.
		{friday, "Colonel Vance will be named commander of the new orbital station crew for a mission in December.", "December", "2025-12"},
		// "since" looks back.
		{may6, "Police have been searching for him since shortly after the Oct. 23 attack.", "Oct. 23", "2024-10-23"},
		// the present perfect reports the past, unless it plans.
		{oct1, "Officials have been in talks with the rebels in March.", "March", "2025-03"},
		{oct1, "The ministry has scheduled talks in March.", "March", "2026-03"},
		// an "-ed" adjective after a determiner is no past tense.
		{oct1, "The split would be paid on a still unspecified date in January.", "January", "2026-01"},
		{friday, "On Sunday, the hastily planned trip began.", "Sunday", "2025-03-16"},
		// "through"/"until" end a state: the nearest instance.
		{oct30, "Lenders have extended the credit line through January.", "January", "2026-01"},
		// without a cue a past month is likelier than an equally far
		// future one, but a much nearer future one still wins.
		{oct30, "Shares hit a high of $42.875 in June from $29.75 in March.", "March", "2025-03"},
		{oct30, "Its new plant, the largest in the region, opens in January.", "January", "2026-01"},
		// weekdays: past clause → on or before the DCT, future → after.
		{friday, "The envoy has visited the border on Sunday.", "Sunday", "2025-03-16"},
		{friday, "The monarch will meet the president on Thursday.", "Thursday", "2025-03-27"},
		{friday, "The king met the president Thursday.", "Thursday", "2025-03-20"},
		// a possessive weekday is past unless its clause looks ahead:
		// a forward preposition in a clause that is not past, a future
		// act held at its event, or the subject of a future clause.
		{friday, "The regulator investigated Tuesday's outage.", "Tuesday", "2025-03-18"},
		{friday, "The regulator will investigate Tuesday's outage.", "Tuesday", "2025-03-18"},
		{friday, "The side sits third after Tuesday's draw.", "Tuesday", "2025-03-18"},
		{friday, "Hopefuls queue for tickets ahead of Tuesday's concert.", "Tuesday", "2025-03-25"},
		{friday, "Hopefuls queued for tickets ahead of Tuesday's concert.", "Tuesday", "2025-03-18"},
		{friday, "The two finalists will meet in Tuesday's decider.", "Tuesday", "2025-03-25"},
		{friday, "Tuesday's ballot will settle the question.", "Tuesday", "2025-03-25"},
		{friday, "The share of the firm before Tuesday's purchase is small.", "Tuesday", "2025-03-18"},
		// a present progressive with a named day tells a plan; "set
		// to" points ahead; a passive after "will be" and an adverb
		// is the auxiliary's.
		{friday, "The envoy is travelling to the coast on Tuesday.", "Tuesday", "2025-03-25"},
		{friday, "Talks on the dam are set to restart Tuesday, a mediator said.", "Tuesday", "2025-03-25"},
		{friday, "The new bureau will be formally opened on Tuesday, officials said.", "Tuesday", "2025-03-25"},
		// what follows a comma or a subordinator after a clause with its
		// own verb is another clause; a relative "when" clause tells
		// the time's own tense; the first part of a compound adjective
		// is no verb.
		{friday, "The governor, who will tour the valley on Tuesday, has been ill.", "Tuesday", "2025-03-25"},
		{friday, "Nurses will go back to the wards Tuesday after the board agreed to a raise.", "Tuesday", "2025-03-25"},
		{friday, "Troops arrived before a planned sweep at the weekend, when patrols will double.", "the weekend", "2025-W12-WE"},
		// a weekend in a present progressive is ahead, and so is one
		// with no cue told late in the week (Thursday on); past
		// cues still look back.
		{monday, "Fans are flocking to the coast for the regatta at the weekend.", "the weekend", "2025-W13-WE"},
		{friday, "Thousands of fans in the stands and the final at the weekend.", "the weekend", "2025-W12-WE"},
		{monday, "Thousands of fans in the stands and the final at the weekend.", "the weekend", "2025-W12-WE"},
		{friday, "Thousands of fans watched the final at the weekend.", "the weekend", "2025-W11-WE"},
		// the simple present of a scheduled change or fixture points
		// ahead, a noun after a determiner and a name does not.
		{friday, "The fishing ban comes into force on Tuesday.", "Tuesday", "2025-03-25"},
		{friday, "The envoy launches a new bid for a truce on Tuesday.", "Tuesday", "2025-03-25"},
		{friday, "The council meets on Tuesday to pick a mayor.", "Tuesday", "2025-03-25"},
		{oct30, "Her lease of the farm expires in September.", "September", "2026-09"},
		// a participle coordinated with one before shares its verb group.
		{friday, "The relic will be publicly displayed and blessed by the bishop on Tuesday, he said.", "Tuesday", "2025-03-25"},
		// a conjunction before a subject opens another clause; a state
		// that will last ends ahead.
		{may6, "The bill was read in the chamber Wednesday and it is expected that it passes soon.", "Wednesday", "2025-04-30"},
		{oct30, "The rebels say they will reach the coast before March and the army has been quiet.", "March", "2026-03"},
		{may6, "The monitors will stay in the valley until January.", "January", "2026-01"},
		{oct30, "Lenders have extended the credit line through January.", "January", "2026-01"},
		// "last" after a determiner is an adjective, no past cue.
		{friday, "The side is to play its last opponent of the group on Tuesday.", "Tuesday", "2025-03-25"},
		{may6, "The summit, which includes two closed-door rounds and lasts until about noon on Wednesday, is about water.", "noon on Wednesday", "2025-05-07T12:00"},
	}
	for _, tt := range tests {
		x, ok := find(Tag(tt.text, tt.dct), tt.span)
		if !ok {
			t.Errorf("%q: no expression %q in %+v", tt.text, tt.span, Tag(tt.text, tt.dct))
			continue
		}
		if x.Value != tt.value {
			t.Errorf("%q (DCT %s): %q = %s, want %s", tt.text, tt.dct.Format("2006-01-02"), tt.span, x.Value, tt.value)
		}
	}
}
