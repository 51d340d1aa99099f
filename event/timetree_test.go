package event

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTreeDating checks the time expression the parse attaches: it
// dates the trigger it modifies, and not a verb whose complement it
// modifies.
func TestTreeDating(t *testing.T) {
	d := func(text, value string, rel bool) tx { return tx{text, timex.Date, value, rel} }
	checkDating(t, []datingCase{
		// the complement's time is the complement's
		{"Russia has also just agreed to meet Ukraine in Kyiv from 2024-05-12.",
			[]tx{d("2024-05-12", "2024-05-12", false)}, "agreed", "", PublicationBound},
		// the time the verb governs, not a nearer one of another clause
		{"Iranian protesters clashed with Turkish police here Wednesday following the funeral of a man killed the previous day.",
			[]tx{d("Wednesday", "2024-06-19", true), d("the previous day", "2024-06-18", true)}, "clashed", "2024-06-19", Relative},
		// a past decision's day the parse hangs on its infinitive is the
		// decision's; an appointment's day stays the appointment's
		{"The senators voted to censure the governor on Tuesday.",
			[]tx{d("Tuesday", "2024-06-18", true)}, "voted", "2024-06-18", Relative},
		{"Erdogan asked the council to dissolve the assembly on Tuesday.",
			[]tx{d("Tuesday", "2024-06-18", true)}, "asked", "2024-06-18", Relative},
		{"Erdogan agreed to meet the Iranian envoy again on Tuesday.",
			[]tx{d("Tuesday", "2024-06-18", true)}, "agreed", "", Publication},
		// a participle describing a noun trigger gives the noun its time
		{"Russia welcomed an agreement reached on Tuesday between Iran and Turkey.",
			[]tx{d("Tuesday", "2024-06-18", true)}, "agreement", "2024-06-18", Relative},
		// the report's day does not date an event told in the perfect
		{"Russian police in the town of Kursk have arrested 24 students for calling for a boycott, a report said Thursday.",
			[]tx{d("Thursday", "2024-06-20", true)}, "arrested", "", PublicationBound},
		{"Turkey has signed an accord with Iran, the Turkish ministry said on Thursday.",
			[]tx{d("Thursday", "2024-06-20", true)}, "signed", "", PublicationBound},
		{"Putin has scored a landslide re-election, officials said Thursday.",
			[]tx{d("Thursday", "2024-06-20", true)}, "re-election", "", PublicationBound},
		// a year of the report holds an act it tells in the past
		// perfect; a day of it does not
		{"In mid 2009 the navy said it had captured a pirate chief near the cape.",
			[]tx{d("mid 2009", "2009", false)}, "captured", "2009", Explicit},
		{"The navy said on Thursday it had captured a pirate chief near the cape.",
			[]tx{d("Thursday", "2024-06-20", true)}, "captured", "", PublicationBound},
		// a bare day right after the verb of saying is the saying's,
		// though the parse hang it on the perfect it reports
		{"The coast guard said Thursday it had seized a trawler near the cape.",
			[]tx{d("Thursday", "2024-06-20", true)}, "seized", "", PublicationBound},
		{"Border police said Thursday they had arrested nine smugglers in Kursk.",
			[]tx{d("Thursday", "2024-06-20", true)}, "arrested", "", PublicationBound},
		// and neither does an -ing adjunct of that perfect, wherever
		// the parse hangs it (adjunctHead); in the simple past it shares
		// the saying's day
		{"The coast guard said Thursday it had seized a trawler while repelling an attack near the cape.",
			[]tx{d("Thursday", "2024-06-20", true)}, "attack", "", PublicationBound},
		{"The coast guard said Thursday it had seized a trawler and freed its crew while repelling an attack near the cape.",
			[]tx{d("Thursday", "2024-06-20", true)}, "attack", "", PublicationBound},
		{"The coast guard said Thursday it seized a trawler while repelling an attack near the cape.",
			[]tx{d("Thursday", "2024-06-20", true)}, "attack", "2024-06-20", Relative},
		// an act in the simple past shares it
		{"Border police said Thursday they arrested nine smugglers in Kursk.",
			[]tx{d("Thursday", "2024-06-20", true)}, "arrested", "2024-06-20", Relative},
		// a time inside the phrase of a word of a clause fronted before
		// the verb is that word's; one on the clause's verb is at one
		// with the verb's
		{"Ignoring a court order issued in March, the dockers vowed to continue their strike.",
			[]tx{d("March", "2024-03", true)}, "vowed", "", Publication},
		{"Speaking to reporters on Monday, Russia criticised the agency.",
			[]tx{d("Monday", "2024-06-17", true)}, "criticised", "2024-06-17", Relative},
		// nor is it kept from an event told in the past tense
		{"Russian police arrested 24 students in Kursk, a report said Thursday.",
			[]tx{d("Thursday", "2024-06-20", true)}, "arrested", "2024-06-20", Relative},
		// a plural noun shaped like a participle ("policemen") opens no
		// reduced relative that would keep the time from the main verb
		{"Gunmen killed five policemen in Kursk on Tuesday.",
			[]tx{d("Tuesday", "2024-06-18", true)}, "killed", "2024-06-18", Relative},
		// a day owning the occasion the act took place in dates it; not
		// a later date of another clause
		{"During last week's session, the main index plunged 4.2 percent after the central bank's notice on March 28 of lending curbs.",
			[]tx{d("last week", "2024-W24", true), d("March 28", "2024-03-28", false)}, "plunged", "2024-W24", Relative},
		// a relative clause telling a disaster land dates it
		{"The typhoon, which hit the coast on Tuesday, left 300 people homeless.",
			[]tx{d("Tuesday", "2024-06-18", true)}, "typhoon", "2024-06-18", Relative},
		// a time the parse hangs on the adjective a verb leaves its
		// patient in is the verb's
		{"The two engineers were eventually released unharmed on Sunday.",
			[]tx{d("Sunday", "2024-06-16", true)}, "released", "2024-06-16", Relative},
		// and on the noun telling the office the act gave its patient;
		// a term ("for 2025") is no day of the act
		{"Kowalski was appointed governor of the province in 2019 after a long career.",
			[]tx{d("2019", "2019", false)}, "appointed", "2019", Explicit},
		{"Kowalski was elected mayor of Torun in 2019.",
			[]tx{d("2019", "2019", false)}, "elected", "2019", Explicit},
		{"Kowalski was elected chairman of the board for 2023.",
			[]tx{d("2023", "2023", false)}, "elected", "", Publication},
	})
}

// TestAnchoredBy checks that an event of a clause counting days before
// another takes that clause's day shifted back: the publication date for
// the main clause's news of the day, none for a main clause told at a
// coarser time.
func TestAnchoredBy(t *testing.T) {
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string
	}{
		{"Putin met Kim one day after Russia attacked Kursk.", nil, "attacked", "2024-06-19"},
		{"Putin met Kim on 2024-06-10, two days after Russia attacked Kursk.",
			[]tx{{"2024-06-10", timex.Date, "2024-06-10", false}}, "attacked", "2024-06-08"},
		// a fronted day the counting clause follows is the day it counts from
		{"On 2024-06-10, two days after Russia attacked Kursk, Putin met Kim.",
			[]tx{{"2024-06-10", timex.Date, "2024-06-10", false}}, "attacked", "2024-06-08"},
		// no count, no day
		{"Putin met Kim after Russia attacked Kursk.", nil, "attacked", ""},
		// a main clause told at a coarser time is not the day's news:
		// no day to count from
		{"Putin met Kim two weeks ago, four days after Russia attacked Kursk.",
			[]tx{{"two weeks ago", timex.Date, "2024-W23", true}}, "attacked", ""},
	} {
		m := find(t, input(c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q %q: dated %q, want %q", c.text, c.trigger, got, c.want)
		}
		if p := timeValue(find(t, parsed(t, c.text, c.times...), c.trigger)); p != c.want {
			t.Errorf("%q %q (parsed): dated %q, want %q", c.text, c.trigger, p, c.want)
		}
		if got != "" && m.Basis != Relative {
			t.Errorf("%q %q: basis %s, want relative", c.text, c.trigger, m.Basis)
		}
	}
}

// TestPastReading checks the re-reading of an expression resolved
// forward for a past-tense verb.
func TestPastReading(t *testing.T) {
	dct := time.Date(1997, 4, 15, 0, 0, 0, 0, time.UTC)
	month := func(text, value string, rel bool) *timex.Timex {
		s, _ := time.Parse("2006-01", value)
		return &timex.Timex{Text: text, Type: timex.Date, Value: value, Granularity: timex.Month,
			Interval: &timex.Interval{Start: s, End: s.AddDate(0, 1, -1)}, Relative: rel}
	}
	day := func(text, value string) *timex.Timex {
		s, _ := time.Parse(time.DateOnly, value)
		return &timex.Timex{Text: text, Type: timex.Date, Value: value, Granularity: timex.Day,
			Interval: &timex.Interval{Start: s, End: s}, Relative: true}
	}
	for _, c := range []struct {
		x    *timex.Timex
		want string // "" for none
	}{
		{month("February", "1998-02", true), "1997-02"},
		{month("in February", "1998-02", true), "1997-02"},
		{month("February 1998", "1998-02", false), ""}, // the year is written
		{month("February '98", "1998-02", true), ""},
		{month("May", "1998-05", true), ""}, // a year earlier is still after the DCT
		{day("Thursday", "1997-04-17"), "1997-04-10"},
		{day("April 17", "1997-04-17"), ""},
		{day("Jan. 9", "1998-01-09"), "1997-01-09"}, // carried into the next year
		{day("Dec. 9", "1997-12-09"), ""},           // the DCT's year: no misread year
	} {
		got := ""
		if y := pastReading(c.x, dct); y != nil {
			got = y.Value
			if y.Interval == nil || y.Interval.Start.Format("2006-01") != got[:7] {
				t.Errorf("%q: interval %v does not match %s", c.x.Text, y.Interval, got)
			}
		}
		if got != c.want {
			t.Errorf("%q (%s): %q, want %q", c.x.Text, c.x.Value, got, c.want)
		}
	}
	// in the text: a past-tense verb does not take next February
	in := input("Putin visited Pyongyang in February.", tx{"February", timex.Date, "2025-02", true})
	if m := only(t, in, Visit); m.Time == nil || m.Time.Value != "2024-02" || m.Factuality != Asserted {
		t.Errorf("%q: %+v, want 2024-02 asserted", in.Text, m.Time)
	}
}

// datingCase is a made-up sentence with its time expressions, the trigger
// of one of its mentions, and the value and basis of that mention's date
// ("" for none; an empty basis is not checked).
type datingCase struct {
	text    string
	times   []tx
	trigger string
	want    string
	basis   Basis
}

// checkDating checks the date of each case's mention, extracted with the
// parse the pipeline gives.
func checkDating(t *testing.T, cases []datingCase) {
	t.Helper()
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		in := input(c.text, c.times...)
		in.Parse = p.Sentence
		m := find(t, in, c.trigger)
		got := timeValue(m)
		if got != c.want || c.basis != "" && m.Basis != c.basis {
			t.Errorf("%q %q: dated %q (%s), want %q (%s)", c.text, c.trigger, got, m.Basis, c.want, c.basis)
		}
	}
}

// TestAnchorsNoun checks, on a real parse, that a when-clause dates the
// clause it hangs on: not a clause whose noun or infinitive it tells of
// ("called on Turkey to end the dispute set off when Turkish forces
// arrested four officers in March"), while a when-clause on the verb
// itself dates it.
func TestAnchorsNoun(t *testing.T) {
	march := tx{"March", timex.Date, "2024-03", true}
	for _, c := range []struct {
		text, trigger, want string
	}{
		{"Russia called on Turkey to end the dispute set off when Turkish forces arrested four Russian officers in March.", "called", ""},
		{"Russia attacked Kursk when Turkish forces arrested four Russian officers in March.", "attacked", "2024-03"},
	} {
		m := find(t, parsed(t, c.text, march), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
