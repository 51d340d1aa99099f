package event

import (
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timex"
)

// TestNarrativeShift checks a sentence that opens by counting days from
// the moment told just before.
func TestNarrativeShift(t *testing.T) {
	d := func(text, value string, rel bool) tx { return tx{text, timex.Date, value, rel} }
	dur := func(text, value string) tx { return tx{text, timex.Duration, value, false} }
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string // "" for none
	}{
		{"A bomb exploded in Ankara on Friday. A day before that, police arrested two men.",
			[]tx{d("Friday", "2024-06-14", true), dur("A day", "P1D")}, "arrested", "2024-06-13"},
		{"A bomb exploded in Ankara on Friday. Two days later, police arrested two men.",
			[]tx{d("Friday", "2024-06-14", true), dur("Two days", "P2D")}, "arrested", "2024-06-16"},
		{"A bomb exploded in Ankara on Friday. A week earlier, police arrested two men.",
			[]tx{d("Friday", "2024-06-14", true), dur("A week", "P1W")}, "arrested", "2024-06-07"},
		// a duration that counts no shift dates nothing of its own
		{"A bomb exploded in Ankara on Friday. For two days police arrested men.",
			[]tx{d("Friday", "2024-06-14", true), dur("two days", "P2D")}, "arrested", "2024-06-14"},
		// months are not counted in days: no date from the sentence before
		{"A bomb exploded in Ankara on Friday. Two months later, police arrested two men.",
			[]tx{d("Friday", "2024-06-14", true), dur("Two months", "P2M")}, "arrested", ""},
	} {
		m := find(t, input(c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestNarrativeQuoted checks that the date an event of a quotation gets
// does not go on to the next sentence when the quoting sentence tells an
// event of its own, and does when the quotation is all the sentence
// tells of events.
func TestNarrativeQuoted(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, false} }
	for _, c := range []struct {
		text  string
		times []tx
		want  string // "" for none
	}{
		{"\"Rebels attacked Kursk on 2020-03-02,\" the judge said after Russia arrested Kim. Police arrested two men.",
			[]tx{d("2020-03-02", "2020-03-02")}, ""},
		{"\"Rebels attacked Kursk on 2020-03-02,\" the judge said. Police arrested two men.",
			[]tx{d("2020-03-02", "2020-03-02")}, "2020-03-02"},
	} {
		in := input(c.text, c.times...)
		var got string
		found := false
		for _, m := range Extract(in) {
			if m.Type == Arrest && m.Sentence == 1 {
				found = true
				if m.Time != nil {
					got = m.Time.Value
				}
			}
		}
		if !found {
			t.Fatalf("%q: no arrest in the second sentence", c.text)
		}
		if got != c.want {
			t.Errorf("%q: the second arrest dated %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNarrativeReach checks how far the date of the story goes on: a
// recent day past undated sentences up to narrativeReach sentences on (to
// an event with a side of its own), an older day to the next sentence
// only.
func TestNarrativeReach(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	for _, c := range []struct {
		rule  string
		text  string
		times []tx
		want  string // "" for none
	}{
		{"recent day, next sentence",
			"Rebels attacked Kursk on Wednesday. Russian police arrested two men.",
			[]tx{d("Wednesday", "2024-06-19")}, "2024-06-19"},
		{"recent day, past a quotation and a reaction",
			"Rebels attacked Kursk on Wednesday. \"We deplore it,\" Putin said. The town is quiet. Russian police arrested two men.",
			[]tx{d("Wednesday", "2024-06-19")}, "2024-06-19"},
		{"recent day, beyond the reach (of a lead two days back: newsday.go carries the day before publication)",
			"Rebels attacked Kursk on Tuesday. Putin is sad. Kim is sad. Xi is sad. Erdogan is sad. Russian police arrested two men.",
			[]tx{d("Tuesday", "2024-06-18")}, ""},
		{"old day, next sentence",
			"Rebels attacked Kursk on March 2, 2020. Russian police arrested two men.",
			[]tx{d("March 2, 2020", "2020-03-02")}, "2020-03-02"},
		{"old day, not past an undated sentence",
			"Rebels attacked Kursk on March 2, 2020. Putin is sad. Russian police arrested two men.",
			[]tx{d("March 2, 2020", "2020-03-02")}, ""},
		{"recent day, past an undated sentence, but to no anonymous event",
			"Rebels attacked Kursk on Wednesday. \"We deplore it,\" Putin said. Police arrested two men.",
			[]tx{d("Wednesday", "2024-06-19")}, ""},
		{"recent day, past an undated sentence, to an anonymous event the account goes on with",
			"Rebels attacked Kursk on Wednesday. \"We deplore it,\" Putin said. Police also arrested two men.",
			[]tx{d("Wednesday", "2024-06-19")}, "2024-06-19"},
		{"recent day of a noun, not past the next sentence",
			"Putin spoke of an attack by rebels on Kursk on Wednesday. \"We deplore it,\" Xi said. Russian police arrested two men.",
			[]tx{d("Wednesday", "2024-06-19")}, ""},
		{"a later dated sentence ends the story",
			"Rebels attacked Kursk on Wednesday. Putin met Xi in 2019. Kim is sad. Russian police arrested two men.",
			[]tx{d("Wednesday", "2024-06-19"), d("2019", "2019")}, ""},
	} {
		m := find(t, input(c.text, c.times...), "arrested")
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%s: %q: arrest dated %q, want %q", c.rule, c.text, got, c.want)
		}
	}
}

// TestNarrativeFromVerb checks, on a real parse, that a sentence whose
// dated past verb is no trigger still gives its day to the next one
// (rootPastTime), and that a report's day or a verb coordinated with a
// perfect does not.
func TestNarrativeFromVerb(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	for _, c := range []struct {
		rule  string
		text  string
		times []tx
		want  string // "" for none
	}{
		{"simple past with the day before it",
			"Kursk on Tuesday experienced its worst day in years. Police arrested two men.",
			[]tx{d("Tuesday", "2024-06-18")}, "2024-06-18"},
		{"past perfect",
			"Russia had closed the border earlier Tuesday. Police arrested two men.",
			[]tx{d("Tuesday", "2024-06-18")}, "2024-06-18"},
		{"a report's day",
			"The town is quiet, officials said Tuesday. Police arrested two men.",
			[]tx{d("Tuesday", "2024-06-18")}, ""},
		{"a present tense",
			"Kursk on Tuesday remains calm. Police arrested two men.",
			[]tx{d("Tuesday", "2024-06-18")}, ""},
		{"coordinated with a perfect",
			"Rebels attacked Kursk on Tuesday. Police have searched the town and arrested two men.",
			[]tx{d("Tuesday", "2024-06-18")}, ""},
	} {
		m := find(t, parsed(t, c.text, c.times...), "arrested")
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%s: %q: arrest dated %q, want %q", c.rule, c.text, got, c.want)
		}
	}
}

// TestNarrativeContinues checks, on a real parse, that a recent narrative
// date reaches, past an undated sentence, an event naming no agent or
// counterpart when its verb says the account goes on ("also").
func TestNarrativeContinues(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	for _, c := range []struct {
		text string
		want string
	}{
		{"Rebels attacked Kursk on Wednesday. \"We deplore it,\" Putin said. Police also arrested two men.", "2024-06-19"},
		{"Rebels attacked Kursk on Wednesday. \"We deplore it,\" Putin said. Police arrested two men.", ""},
	} {
		m := find(t, parsed(t, c.text, d("Wednesday", "2024-06-19")), "arrested")
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: arrest dated %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNarrativeApartDay checks that a sentence telling another happening
// ("In an earlier incident, ...") takes the day of a time told before,
// not its hour, while a plain next sentence takes the hour.
func TestNarrativeApartDay(t *testing.T) {
	hour := func(text, value string) tx { return tx{text, timex.Time, value, true} }
	at := func(text string) Input {
		in := input(text, hour("1:40 a.m. Sunday", "2024-06-16T01:40"))
		x := &in.Times[0]
		d := time.Date(2024, 6, 16, 1, 40, 0, 0, time.UTC)
		x.Granularity, x.Interval = timex.Minute, &timex.Interval{Start: d, End: d}
		return in
	}
	for _, c := range []struct{ text, trigger, want string }{
		{"A roadside bomb exploded in Kyiv at 1:40 a.m. Sunday. In an earlier incident, gunmen attacked a checkpoint in Kursk.",
			"attacked", "2024-06-16"},
		{"A roadside bomb exploded in Kyiv at 1:40 a.m. Sunday. Gunmen attacked a checkpoint in Kursk.",
			"attacked", "2024-06-16T01:40"},
	} {
		m := find(t, at(c.text), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestNarrativeSubject checks, on a real parse, that a pronoun subject
// goes on with the time of the sentence before's root verb when it agrees
// with that verb's subject: a year too, and a report's day for what the
// speaker goes on to say, not for what others did.
func TestNarrativeSubject(t *testing.T) {
	year := tx{"last year", timex.Date, "2023", true}
	wed := tx{"Wednesday", timex.Date, "2024-06-19", true}
	since := tx{"2015", timex.Date, "2015", false}
	checkDating(t, []datingCase{
		// a year goes on with the pronoun
		{"Iran and Turkey expanded their trade last year. They signed two large accords on power.", []tx{year}, "signed", "2023", ""},
		// no pronoun: another account
		{"Iran and Turkey expanded their trade last year. France signed two major pacts on energy.", []tx{year}, "signed", "", ""},
		// the pronoun does not agree
		{"Iran and Turkey expanded their trade last year. It signed two major pacts on energy.", []tx{year}, "signed", "", ""},
		// the speaker goes on
		{"On Wednesday, the farmers' union of Iran said it was worried about the drought. It called on China to cut tariffs.", []tx{wed}, "called", "2024-06-19", ""},
		// others' deeds after a report
		{"On Wednesday, the police of Kursk said the town was calm. They arrested two men.", []tx{wed}, "arrested", "", ""},
		// a year after "since" is a point of comparison, not the verb's time
		{"Iran and Turkey expanded their trade to the highest level since 2015. They signed two large accords on power.", []tx{since}, "signed", "", ""},
	})
}

// TestClockOnNarrative checks that a time of day naming no day, in the
// sentence after one that told its happening's day, is a time of that day,
// not of the day of the report the tagger anchored it to.
func TestClockOnNarrative(t *testing.T) {
	in := parsed(t, "Two trains collided near Kursk on Monday, police said Tuesday. The accident took place at around 5:30 p.m. local time.",
		tx{"Monday", timex.Date, "2024-06-17", true}, tx{"Tuesday", timex.Date, "2024-06-18", true},
		tx{"around 5:30 p.m.", timex.Time, "2024-06-18T17:30", true})
	for i := range in.Times {
		if g, iv, ok := timex.ParseValue(in.Times[i].Value); ok && in.Times[i].Interval == nil {
			in.Times[i].Granularity, in.Times[i].Interval = g, iv
		}
	}
	m := find(t, in, "accident")
	if m.Time == nil || m.Time.Value != "2024-06-17T17:30" {
		t.Errorf("accident dated %v, want 2024-06-17T17:30", m.Time)
	}
}

// TestNarrativeApartClause checks that a date told only in an adverbial
// clause setting another moment ("after ... on Tuesday") does not go on to
// the next sentence, while one of the main clause does.
func TestNarrativeApartClause(t *testing.T) {
	tue := tx{"Tuesday", timex.Date, "2024-06-18", true}
	for _, c := range []struct {
		text, want string // want "" for none
	}{
		{"The envoy gave no news conference, after Kim was released on Tuesday. He condemned the army and accused Putin of betrayal.", ""},
		{"The envoy gave no news conference, after Kim was released on Tuesday. The envoy condemned the army and accused Putin of betrayal.", ""},
		{"Rebels released Kim on Tuesday after talks. He condemned the army and accused Putin of betrayal.", "2024-06-18"},
	} {
		m := mentionOf(t, parsed(t, c.text, tue), "accused")
		if got := timeValue(m); got != c.want {
			t.Errorf("%q: accused dated %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNarrativeUnchangedPast checks, on the real parse and the tagger's
// times, that a verb whose past is spelt as its base goes on with the day
// counted from the sentence before after a singular subject
// (unchangedPast), and not after subjects joined by "and", where it may
// be a present.
func TestNarrativeUnchangedPast(t *testing.T) {
	for _, c := range []struct {
		text, trigger, want string // want "" for no day of the account
	}{
		{"A bomb exploded in Ankara on June 12. Two days later, Interior Minister Lavrov quit the cabinet.", "quit", "2024-06-14"},
		{"A bomb exploded in Ankara on June 12. Two days later, Lavrov, a reformer but an ally of Putin, also quit the cabinet.", "quit", "2024-06-14"},
		{"A bomb exploded in Ankara on June 12. Two days later, Lavrov and Shoigu quit the cabinet.", "quit", ""},
	} {
		m, ok := taggedMention(t, c.text, c.trigger)
		if !ok {
			t.Errorf("%q: no mention %q", c.text, c.trigger)
			continue
		}
		got := ""
		if m.Basis == Relative {
			got = timeValue(m)
		}
		if got != c.want {
			t.Errorf("%q: %q dated %q (%v), want %q", c.text, c.trigger, timeValue(m), m.Basis, c.want)
		}
	}
}
