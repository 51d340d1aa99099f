package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestClauseScope checks that a time expression dates the clause the
// parse attaches it in, that a report's time does not date an event told
// in another tense than the report, and that a weekday of a clause that
// points forward is the coming one (the test DCT, 2024-06-20, is a
// Thursday).
func TestClauseScope(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	checkDating(t, []datingCase{
		// a relative clause's time dates its own trigger, and the main
		// clause's its own (relative clauses are no bound for the word
		// rules: timescope.go says why)
		{"Rebels who had attacked the town on Monday were arrested by the police.",
			[]tx{d("Monday", "2024-06-17")}, "attacked", "2024-06-17", Relative},
		{"The police detained on Tuesday a former minister who had declared himself president.",
			[]tx{d("Tuesday", "2024-06-18")}, "detained", "2024-06-18", Relative},
		// a time in a relative clause below the trigger is that clause's
		// event's
		{"The minister said the trial of the seven, who were arrested in May, was illegal.",
			[]tx{{"in May", timex.Date, "2024-05", true}}, "trial", "", PublicationBound},
		// a time in a later event noun's phrase is that noun's
		{"The premier said his visit was a follow-up to the president's visit to Rome in May 2003.",
			[]tx{{"in May 2003", timex.Date, "2003-05", false}}, "visit", "", PublicationBound},
		// but not the time of the clause whose subject the first noun is
		// and whose object the later one ("the flood caused the
		// casualties on Monday": the flood's time too)
		{"The flood caused the casualties in the northern district on Monday, he added.",
			[]tx{d("Monday", "2024-06-17")}, "flood", "2024-06-17", Relative},
		// a possessive time is its noun's
		{"Police arrested two men seen at Sunday's protest.",
			[]tx{d("Sunday", "2024-06-16")}, "arrested", "", Publication},
		// a clause the parse hangs on the time itself is dated by it
		{"Russia has been supplying weapons to Iran, and last year it sent troops to Kursk.",
			[]tx{{"last year", timex.Date, "2023", true}}, "sent troops", "2023", Relative},
		// an event told in a when-clause after a comma takes the time
		// the clause describes
		{"It was the worst month since January, when rebels killed 30 people, more than ten of them in a bombing.",
			[]tx{{"January", timex.Date, "2024-01", true}}, "bombing", "2024-01", Relative},
		// a possessive time is its noun's, not that of an event the noun
		// is no part of
		{"The opposition, defeated in the last elections, vowed to win Sunday's polls.",
			[]tx{d("Sunday", "2024-06-16")}, "elections", "", PublicationBound},
		// the report's time does not date an event told in the present
		// or progressive...
		{"The ruling party is leading the count of the legislative elections, officials said Saturday.",
			[]tx{d("Saturday", "2024-06-15")}, "elections", "", PublicationBound},
		// ...but does one told in the same simple past
		{"Troops shelled the town, officials said Saturday.",
			[]tx{d("Saturday", "2024-06-15")}, "shelled", "2024-06-15", Relative},
		// the time of the verb telling a noun's event happen, not one the
		// parse hangs on the noun from afar
		{"The trial of the former minister on charges of fraud in the 1990s resumed Wednesday.",
			[]tx{{"the 1990s", timex.Date, "199", false}, d("Wednesday", "2024-06-19")}, "trial", "2024-06-19", Relative},
		// a dateline dates the day's news, not an event told in the
		// perfect or progressive
		{"MOSCOW, June 18 (Tass) -- Russia has attacked Kyiv, officials said.",
			[]tx{d("June 18", "2024-06-18")}, "attacked", "", PublicationBound},
		{"MOSCOW, June 18 -- Russia attacked Kyiv, officials said.",
			[]tx{d("June 18", "2024-06-18")}, "attacked", "2024-06-18", Relative},
		// a range dates its event by its first day
		{"The rebels, acting from May 12 to May 14, 2024 in the town, attacked Kursk.",
			[]tx{{"May 12", timex.Date, "2024-05-12", true}, {"May 14, 2024", timex.Date, "2024-05-14", false}}, "attacked", "2024-05-12", Relative},
		// a weekday of a clause pointing forward is the coming one
		{"The opposition vowed to win Sunday's polls.",
			[]tx{d("Sunday", "2024-06-16")}, "polls", "2024-06-23", Relative},
		{"Putin said Russia would attack Kursk on Monday.",
			[]tx{d("Monday", "2024-06-17")}, "attack", "2024-06-24", Relative},
		// ...but not that of an act a decision made enacts
		{"Oslo decided on Monday to halt its trade talks with Minsk.",
			[]tx{d("Monday", "2024-06-17")}, "halt", "2024-06-17", Relative},
		// one of a clause told as done stays the last one
		{"The opposition won Sunday's polls.",
			[]tx{d("Sunday", "2024-06-16")}, "polls", "2024-06-16", Relative},
		// a month with no year of a clause pointing forward is the
		// coming one; of a clause told as done, the last one
		{"Putin said Russia would attack Kursk in March.",
			[]tx{d("March", "2024-03")}, "attack", "2025-03", Relative},
		{"Russia attacked Kursk in March.",
			[]tx{d("March", "2024-03")}, "attacked", "2024-03", Relative},
		{"Putin said Russia would attack Kursk in March 2024.",
			[]tx{d("March 2024", "2024-03")}, "attack", "2024-03", Relative},
	})
}

// TestReducedParticipleDate checks, on a real parse, that a reduced
// relative clause on a noun ("the men arrested in Kursk") takes no time
// of the verb that reports its sentence, nor the day of the verb its noun
// is the subject of, but one of its own words or of the clause it hangs
// in.
func TestReducedParticipleDate(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	for _, c := range []struct {
		rule    string
		text    string
		times   []tx
		trigger string
		want    string // "" for none
	}{
		{"the report's day is not the participle's",
			"Russia will free the men arrested in Kursk, an officer said Tuesday.",
			[]tx{d("Tuesday", "2024-06-18")}, "arrested", ""},
		{"the main clause's day is the participle's too",
			"In June, Russia freed the men arrested in Kursk.",
			[]tx{d("June", "2024-06")}, "arrested", "2024-06"},
		{"a time of its own words",
			"Russia will free the men arrested in Kursk on Monday, an officer said Tuesday.",
			[]tx{d("Monday", "2024-06-17"), d("Tuesday", "2024-06-18")}, "arrested", "2024-06-17"},
		{"the day of the verb its noun is the subject of is not the participle's",
			"Sailors freed in Aden Friday reiterated their call for a truce.",
			[]tx{d("Friday", "2024-06-14")}, "freed", ""},
		{"nor a bare day right before that verb, hung on the participle",
			"Captives freed in Mali Sunday reiterated their plea for help.",
			[]tx{d("Sunday", "2024-06-16")}, "freed", ""},
		{"a day with a preposition stays the participle's",
			"Hostages freed in Kursk on Tuesday repeated their demand for a truce.",
			[]tx{d("Tuesday", "2024-06-18")}, "freed", "2024-06-18"},
		{"nor a day the parse hangs on the verb's predicate adjective",
			"A plumber charged with killing his landlord pleaded not guilty on Monday in a Kent court.",
			[]tx{d("Monday", "2024-06-17")}, "charged", ""},
		{"nor one on the adjective of a passive's predicate",
			"Three fishermen detained by the coast guard were released unharmed on Sunday.",
			[]tx{d("Sunday", "2024-06-16")}, "detained", ""},
		{"the verb itself keeps that day",
			"Three fishermen detained by the coast guard were released unharmed on Sunday.",
			[]tx{d("Sunday", "2024-06-16")}, "released", "2024-06-16"},
		{"a full verb keeps the clause's time",
			"Police arrested the men in Kursk, an officer said Tuesday.",
			[]tx{d("Tuesday", "2024-06-18")}, "arrested", "2024-06-18"},
	} {
		m := find(t, parsed(t, c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%s: %q: %q dated %q, want %q", c.rule, c.text, c.trigger, got, c.want)
		}
	}
}

// TestParticipleOnNoun checks that a participle between commas after a
// noun trigger tells the noun's event, its time included, with a parse or
// without: it is no apposition (phraseEnd).
func TestParticipleOnNoun(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string
	}{
		{"In his appeal, lodged last week, he admitted holding the passports.",
			[]tx{d("last week", "2024-W24")}, "appeal", "2024-W24"},
		{"The talks, held in Moscow last week, ended without a deal.",
			[]tx{d("last week", "2024-W24")}, "talks", "2024-W24"},
	} {
		for _, in := range []Input{input(c.text, c.times...), parsed(t, c.text, c.times...)} {
			m := find(t, in, c.trigger)
			got := timeValue(m)
			if got != c.want || m.Background {
				t.Errorf("%q (parse %v): %q dated %q (background %v), want %q of its own", c.text, in.Parse != nil, c.trigger, got, m.Background, c.want)
			}
		}
	}
}

// TestPerfectClauseScope checks that a time expression outside a clause
// told in the present perfect, or of a relative clause in the perfect or
// progressive, does not date that clause's event: it is bound by the
// publication date instead (the test DCT, 2024-06-20, is a Thursday).
func TestPerfectClauseScope(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	checkDating(t, []datingCase{
		// a relative clause in the perfect
		{"The mayor, who has urged the government to close the plant, attacked the company on Wednesday.",
			[]tx{d("Wednesday", "2024-06-19")}, "urged", "", PublicationBound},
		{"The general, who had visited Rome twice, resigned on Monday.",
			[]tx{d("Monday", "2024-06-17")}, "visited", "", PublicationBound},
		// a present perfect in a clause below a dated report
		{"The minister praised the funds the bank has pledged to the region, the agency reported on Tuesday.",
			[]tx{d("Tuesday", "2024-06-18")}, "pledged", "", PublicationBound},
		// the main clause keeps its time
		{"The mayor, who has urged the government to close the plant, attacked the company on Wednesday.",
			[]tx{d("Wednesday", "2024-06-19")}, "attacked", "2024-06-19", Relative},
		// a time of the relative clause's own still dates it
		{"The general, who had visited Rome on Monday, resigned.",
			[]tx{d("Monday", "2024-06-17")}, "visited", "2024-06-17", Relative},
	})
}

// TestEarlierNoun checks that an undated noun trigger told as before the
// report, by an earlier-adjective, as an oblique after "after" or
// "since" (or a conjunct of one), as the subject of a perfect or by a
// relative clause in the perfect, is bound by the publication date, and
// that one with a time of its own or none of these stays as it was.
func TestEarlierNoun(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	checkDating(t, []datingCase{
		{"Shops closed early after riots at previous NATO summits in Genoa and Evian.",
			nil, "summits", "", PublicationBound},
		{"Shops closed early after riots at earlier talks between Russia and Turkey.",
			nil, "talks", "", PublicationBound},
		{"Five nations signed trade accords with China on Sunday, after a summit between China and 30 countries.",
			[]tx{d("Sunday", "2024-06-16")}, "summit", "", PublicationBound},
		{"The leaders held a summit in Lima.",
			nil, "summit", "", Publication},
		{"Shops closed early after the summit in Lima on Sunday.",
			[]tx{d("Sunday", "2024-06-16")}, "summit", "2024-06-16", Relative},
		// a noun in a phrase that hangs by a conjunct on an "after"
		// oblique
		{"Calls for reform grew after a fire and explosion at a paint factory.",
			nil, "explosion", "", PublicationBound},
		// a conjunct in the subject of a clause in the perfect
		{"Power cuts, droughts and floods have ruined the harvest in the valley.",
			nil, "floods", "", PublicationBound},
		// a relative clause in the perfect on the noun
		{"The rebels were blamed for suicide bombings which have grown in the south.",
			nil, "bombings", "", PublicationBound},
		// a noun of a clause in the simple past keeps the day
		{"Rebels launched an attack on the garrison in the province.",
			nil, "attack", "", Publication},
	})
}

// TestRelativeBelow checks that a time inside a full relative clause on
// a noun below the trigger's word dates that clause, not the trigger.
func TestRelativeBelow(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	checkDating(t, []datingCase{
		{"Iran condemned the approval of the accord that was reached on Tuesday after long talks.",
			[]tx{d("Tuesday", "2024-06-18")}, "condemned", "", Publication},
		{"Iran condemned on Tuesday the approval of the accord that was reached after long talks.",
			[]tx{d("Tuesday", "2024-06-18")}, "condemned", "2024-06-18", Relative},
	})
}

// TestRelativeConjunct checks that a past verb the parse hangs as a
// conjunct of a present main verb, right after a past relative clause,
// is told as that clause's background (bounded by the publication), and
// that a conjunct of a past main verb stays the main clause's news.
func TestRelativeConjunct(t *testing.T) {
	checkDating(t, []datingCase{
		{"Militias now hold two ports that revolted and were retaken by federal troops.",
			nil, "retaken", "", PublicationBound},
		{"Guards detained a driver who crashed a truck and charged him with theft.",
			nil, "detained", "", Publication},
	})
}

// TestFrameEventTime checks that a verb event told in the course of an
// event noun with a time of its own ("in the 1973 coup", "in which")
// takes that time, and that a verb whose "in" names its case does not.
func TestFrameEventTime(t *testing.T) {
	d := func(text, value string, rel bool) tx { return tx{text, timex.Date, value, rel} }
	checkDating(t, []datingCase{
		{"The general was slain with his guards in the August 15, 1975 coup.",
			[]tx{d("August 15, 1975", "1975-08-15", false)}, "slain", "1975-08-15", Explicit},
		// the parse heads the phrase at the date: its head is the verb
		{"Judge Kim will hear witnesses to the killing of the president, slain with most of his family in the August 15, 1975 putsch.",
			[]tx{d("August 15, 1975", "1975-08-15", false)}, "slain", "1975-08-15", Explicit},
		{"Putin ruled Russia for 17 years after seizing power in a 1973 military coup.",
			[]tx{d("1973", "1973", false)}, "seizing power", "1973", Explicit},
		{"The trial of the plotters of a 1975 coup in which the leader was killed was adjourned on Monday.",
			[]tx{d("1975", "1975", false), d("Monday", "2024-06-17", true)}, "killed", "1975", Explicit},
		// a "where" clause on an event noun tells what happened at it,
		// whether the parse hangs it on the noun or on the main verb
		{"Attendance fell short of a 2011 plebiscite where islanders firmly rejected a plan to merge the councils.",
			[]tx{d("2011", "2011", false)}, "rejected", "2011", Explicit},
		{"The minister recalled the 1994 conference, where the delegates signed a charter.",
			[]tx{d("1994", "1994", false)}, "signed", "1994", Explicit},
		// a relative clause telling the noun's deed in the simple past
		// is the noun's event's, on its time, and so is its conjunct;
		// one in the present perfect is not
		{"He is also charged in three attacks, including the 2001 bombing that killed one person and maimed a guard.",
			[]tx{d("2001", "2001", false)}, "killed", "2001", Explicit},
		{"He is also charged in three attacks, including the 2001 bombing that killed one person and maimed a guard.",
			[]tx{d("2001", "2001", false)}, "maimed", "2001", Explicit},
		{"The war of 2003 that has killed thousands goes on.",
			[]tx{d("2003", "2003", false)}, "killed", "", PublicationBound},
		// "in" names the case of an accusation, not its setting
		{"Veterans are protesting a court ruling accusing the Iranian government in the 1992 murder of four dissidents.",
			[]tx{d("1992", "1992", false)}, "accusing", "", Publication},
	})
}

// TestRecentAdjective checks that an undated noun event called recent or
// finished ("recent", "just-concluded") is bounded by the publication
// date, not told as the day's news.
func TestRecentAdjective(t *testing.T) {
	checkDating(t, []datingCase{
		{"The patriarch spoke of his recent visit to Kyiv with church leaders.",
			nil, "visit", "", PublicationBound},
		{"At a press conference the spokesman took questions on Putin's just-concluded visit to China.",
			nil, "visit", "", PublicationBound},
		{"Russian media criticized the recently-ended summit in Ankara.",
			nil, "summit", "", PublicationBound},
		{"The patriarch spoke of a visit to Kyiv with church leaders.",
			nil, "visit", "", Publication},
	})
}

// TestRecentElsewhere checks that a noun event called recent takes no
// time its clause takes from outside the noun's phrase (the saying's day:
// "said Saturday it flew in tents after the recent flood"): bounded by
// the publication date, while a time in its own phrase dates it.
func TestRecentElsewhere(t *testing.T) {
	sat := tx{"Saturday", timex.Date, "2024-06-15", true}
	mon := tx{"Monday", timex.Date, "2024-06-10", true}
	checkDating(t, []datingCase{
		{"The charity said here Saturday it trucked blankets to hill towns of Ardena in response to the recent heavy flood in the north.",
			[]tx{sat}, "flood", "", PublicationBound},
		{"The charity trucked blankets to hill towns of Ardena after the recent heavy flood on Monday in the north.",
			[]tx{mon}, "flood", "2024-06-10", ""},
		{"The charity said here Saturday it trucked blankets to hill towns of Ardena in response to the heavy flood in the north.",
			[]tx{sat}, "flood", "2024-06-15", ""},
	})
}

// TestRecentFrame checks that an undated verb event told in the course of
// a recent occasion ("during a recent tour") is bounded by the
// publication date, also when the parse hangs the occasion on a
// to-infinitive the verb governs, and that a plain occasion leaves it the
// day's news.
func TestRecentFrame(t *testing.T) {
	checkDating(t, []datingCase{
		{"Xi urged the farmers of Kursk to plant more wheat during a recent inspection tour of the region.",
			nil, "urged", "", PublicationBound},
		{"Macron pledged new aid to Ukraine during a recent visit to Kyiv.",
			nil, "pledged", "", PublicationBound},
		{"Macron pledged new aid to Ukraine during a visit to Kyiv.",
			nil, "pledged", "", Publication},
	})
}

// TestSinceComparison checks that a time after "since" is no date of an
// event told in a simple tense (the point of a comparison), while a state
// told in the perfect, and a noun's own date after "since", keep it.
func TestSinceComparison(t *testing.T) {
	d := func(text, value string, rel bool) tx { return tx{text, timex.Date, value, rel} }
	checkDating(t, []datingCase{
		{"Russian oil output fell to its lowest level since 1992, officials said on Tuesday.",
			[]tx{d("1992", "1992", false), d("Tuesday", "2024-06-18", true)}, "fell", "2024-06-18", Relative},
		{"Voters in Kursk cast ballots in the first free election since 1969.",
			[]tx{d("1969", "1969", false)}, "election", "", PublicationBound},
		{"Protesters have been holding rallies in Moscow since Friday.",
			[]tx{d("Friday", "2024-06-14", true)}, "rallies", "2024-06-14", Relative},
		{"Police have arrested 40 men since last April's bombing in Kursk.",
			[]tx{d("last April", "2024-04", true)}, "bombing", "2024-04", Relative},
	})
}

// TestComparisonBase checks, on a real parse, that the time of the base a
// change is measured from ("from a year earlier", "from 7,950 dollars a
// day earlier", "over the previous month") does not date the change,
// or a prior change it follows ("following a 9.4 percent expansion in
// 2022"), while the time of the change does ("over the past week", "more
// than four percent Monday", "to 130 tonnes in 2023").
func TestComparisonBase(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	for _, c := range []struct {
		text, trigger string
		times         []tx
		want          string // "" for none
	}{
		{"Copper prices rose to 8,100 dollars from 7,950 dollars a day earlier.", "rose",
			[]tx{d("a day earlier", "2024-06-16")}, ""},
		{"Steel exports fell 4 percent from a year earlier.", "fell",
			[]tx{d("a year earlier", "2023")}, ""},
		{"Rice output grew 2 percent over the previous month.", "grew",
			[]tx{d("the previous month", "2024-05")}, ""},
		{"Copper output plunged from 400 tonnes in 2022 to 130 tonnes in 2023.", "plunged",
			[]tx{d("2022", "2022"), d("2023", "2023")}, "2023"},
		{"Copper prices rose 3 percent over the past week.", "rose",
			[]tx{d("the past week", "2024-W24")}, "2024-W24"},
		{"Copper prices jumped more than four percent Monday.", "jumped",
			[]tx{d("Monday", "2024-06-17")}, "2024-06-17"},
		{"Wheat exports dropped 3 percent from the figure for May.", "dropped",
			[]tx{d("May", "2024-05")}, ""},
		{"Rice output shrank in June, when it slipped 1 percent from the level of May.", "slipped",
			[]tx{d("June", "2024-06"), d("May", "2024-05")}, "2024-06"},
		{"Copper prices rebounded from record lows against the dollar on Monday.", "rebounded",
			[]tx{d("Monday", "2024-06-17")}, "2024-06-17"},
		{"Farm output grew 6.2 percent, following a 9.4 percent expansion in 2022.", "grew",
			[]tx{d("2022", "2022")}, ""},
		{"Tin exports slid 4 percent after a 7 percent jump in 2021, traders said.", "slid",
			[]tx{d("2021", "2021")}, ""},
		{"Tin exports slid 4 percent in 2023 after a 7 percent jump in 2021.", "slid",
			[]tx{d("2023", "2023"), d("2021", "2021")}, "2023"},
	} {
		m := find(t, parsed(t, c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestAppositiveRelative checks, on a real parse, that a relative clause
// describing a noun in apposition tells that noun's past: the time of the
// clause around it does not date it, and, undated, it is bounded by the
// publication date, whether its verb is the relative's or one the
// relative's verb completes ("who helped negotiate").
func TestAppositiveRelative(t *testing.T) {
	week := tx{"last week", timex.Date, "2024-W24", true}
	for _, c := range []struct {
		text, trigger string
		want          string // "" for none
	}{
		{"Vladimir Putin last week appointed Lavrov, a veteran diplomat who helped negotiate the withdrawal from Kabul, as his adviser.", "negotiate", ""},
		{"Vladimir Putin last week appointed Lavrov, a veteran diplomat who negotiated the withdrawal from Kabul, as his adviser.", "negotiated", ""},
		{"Vladimir Putin last week appointed Lavrov, a veteran diplomat who negotiated the withdrawal from Kabul, as his adviser.", "appointed", "2024-W24"},
	} {
		m := find(t, parsed(t, c.text, week), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
		if got == "" && m.Basis != PublicationBound {
			t.Errorf("%q: %q basis %s, want %s", c.text, c.trigger, m.Basis, PublicationBound)
		}
	}
}

// TestPlannedNounTime checks, on a real parse, that a time the parse
// hangs on a noun told as to come ("the expected visit next February")
// is that noun's, not the time of the verb whose object holds it.
func TestPlannedNounTime(t *testing.T) {
	feb := tx{"next February", timex.Date, "2025-02", true}
	for _, c := range []struct {
		text, trigger string
		time          tx
		want          string
	}{
		{"Lavrov expressed his appreciation for the expected visit of the Chinese premier to Moscow next February.", "expressed", feb, ""},
		// "early" hours are no plan
		{"Police arrested Kim at the airport in the early hours of Thursday morning.", "arrested",
			tx{"Thursday morning", timex.Date, "2024-06-20", true}, "2024-06-20"},
	} {
		m := find(t, parsed(t, c.text, c.time), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestDescribedElsewhere checks that a time describing a word the trigger
// does not govern does not date the trigger: a year naming which war, in
// a clause the parse hangs apart, and the time of a participle clause set
// off by commas on the subject; a noun the trigger governs keeps its year.
func TestDescribedElsewhere(t *testing.T) {
	y := func(text, value string) tx { return tx{text, timex.Date, value, false} }
	checkDating(t, []datingCase{
		{"The clashes led the mayor to appeal for restraint in a town still haunted by the 1961-1970 insurgency.",
			[]tx{y("1961", "1961"), y("1970", "1970")}, "appeal", "", Publication},
		{"The militia, founded in 1951, attacked the police station.",
			[]tx{{"in 1951", timex.Date, "1951", false}}, "attacked", "", Publication},
	})
}

// TestFramedReducedClause checks that a reduced relative clause that says
// during what happening its event took place takes no time the clause it
// hangs in tells before it: the teacher was not killed on Monday.
func TestFramedReducedClause(t *testing.T) {
	monday := tx{"on Monday", timex.Date, "2024-06-17", true}
	checkDating(t, []datingCase{
		{"Hundreds of students rallied on Monday behind the coffin of a teacher killed during the clashes.",
			[]tx{monday}, "killed", "", PublicationBound},
		{"Hundreds of students rallied on Monday behind the coffin of a teacher.",
			[]tx{monday}, "rallied", "2024-06-17", Relative},
	})
}

// TestForTarget: a date after "for" that lies after the publication is
// the time set for something, not the date of the verb's event, which
// takes its own year; a past date after "for" still dates it.
func TestForTarget(t *testing.T) {
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string
	}{
		{"Russia and China signed the treaty, originally planned for next year, in 2019.",
			[]tx{{"next year", timex.Date, "2025", true}, {"2019", timex.Date, "2019", false}}, "signed", "2019"},
		{"The plebiscite, first agreed for next year by the two parties in 2021, was called off.",
			[]tx{{"next year", timex.Date, "2025", true}, {"2021", timex.Date, "2021", false}}, "agreed", "2021"},
		{"The two parties agreed for next year in 2021 on a joint list.",
			[]tx{{"next year", timex.Date, "2025", true}, {"2021", timex.Date, "2021", false}}, "agreed", "2021"},
		{"The talks, slated for next year, were welcomed by the two parties in 2021.",
			[]tx{{"next year", timex.Date, "2025", true}, {"2021", timex.Date, "2021", false}}, "talks", "2025"},
	} {
		m := mentionOf(t, parsed(t, c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %s dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestSetOffParticiple: a past participle set off by commas after its
// noun is not dated by the main clause's time; bounded by the
// publication, or dated by a time of its own.
func TestSetOffParticiple(t *testing.T) {
	for _, c := range []struct {
		text      string
		times     []tx
		trigger   string
		want      string
		wantBasis Basis
	}{
		{"The gang's boss, arrested in Italy for smuggling, was released on Tuesday.",
			[]tx{{"Tuesday", timex.Date, "2024-06-18", true}}, "arrested", "", PublicationBound},
		{"The gang's boss, arrested in Italy in March, was released on Tuesday.",
			[]tx{{"March", timex.Date, "2024-03", true}, {"Tuesday", timex.Date, "2024-06-18", true}}, "arrested", "2024-03", Relative},
		{"The gang's boss, arrested in Italy for smuggling, was released on Tuesday.",
			[]tx{{"Tuesday", timex.Date, "2024-06-18", true}}, "released", "2024-06-18", Relative},
		{"The 2019 treaty, signed by the two states, was renewed on Tuesday.",
			[]tx{{"2019", timex.Date, "2019", false}, {"Tuesday", timex.Date, "2024-06-18", true}}, "signed", "2019", Explicit},
	} {
		m := mentionOf(t, parsed(t, c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want || m.Basis != c.wantBasis {
			t.Errorf("%q: %s dated %q %s, want %q %s", c.text, c.trigger, got, m.Basis, c.want, c.wantBasis)
		}
	}
}

// TestPurposeNounTime checks, on a real parse, that a time of the clause
// an infinitive hangs on does not date a noun that infinitive names by a
// verb neither light nor support for it, while a light verb's noun and
// the clause's own verb keep it.
func TestPurposeNounTime(t *testing.T) {
	week := tx{"this week", timex.Date, "2024-W25", true}
	mon := tx{"on Monday", timex.Date, "2024-06-17", true}
	checkDating(t, []datingCase{
		// the accord an infinitive refers to
		{"The army withdrew two battalions from the border this week to respect the truce agreement.", []tx{week}, "agreement", "", ""},
		// the bombing an infinitive avenges
		{"The militia vowed on Monday to avenge the bombing of its headquarters.", []tx{mon}, "bombing", "", ""},
		// a light verb's noun keeps the time
		{"The envoy flew to Vienna on Monday to attend the peace talks.", []tx{mon}, "talks", "2024-06-17", ""},
		// the clause's own verb keeps it
		{"The army withdrew two battalions from the border this week to respect the truce agreement.", []tx{week}, "withdrew", "2024-W25", ""},
	})
}

// TestRelativePast checks, on a real parse, that a simple-past relative
// clause with a relative pronoun on the main verb's object, or an -ing
// participle right after its noun, takes no time the parse hangs on that
// main verb: it tells another act of the noun, earlier or ongoing. Its
// own time still dates it, and the main verb keeps its day.
func TestRelativePast(t *testing.T) {
	fri := tx{"on Friday", timex.Date, "2024-06-14", true}
	sat := tx{"on Saturday", timex.Date, "2024-06-15", true}
	for _, c := range []struct {
		text, trigger string
		times         []tx
		want          string // "" for none
	}{
		{"Customs officers on Friday detained a smuggler who bombed a customs post near the border.", "bombed", []tx{fri}, ""},
		{"Customs officers on Friday detained a smuggler who bombed a customs post near the border.", "detained", []tx{fri}, "2024-06-14"},
		{"Customs officers detained on Saturday a smuggler who was attacked on Friday.", "attacked", []tx{sat, fri}, "2024-06-14"},
		{"The alliance fighting separatists in the hills said on Friday it had taken a village.", "fighting", []tx{fri}, ""},
	} {
		m := find(t, parsed(t, c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
