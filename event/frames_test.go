package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// find returns the mention whose trigger is trigger, failing the test
// when there is none.
// timeValue is a mention's time value, "" when it has none.
func timeValue(m Mention) string {
	if m.Time == nil {
		return ""
	}
	return m.Time.Value
}

func find(t *testing.T, in Input, trigger string) Mention {
	t.Helper()
	all := Extract(in)
	for _, m := range all {
		if m.Trigger == trigger {
			return m
		}
	}
	t.Fatalf("%q: no mention %q in %v", in.Text, trigger, summary(all))
	return Mention{}
}

func TestClauseDating(t *testing.T) {
	d := func(text, value string, rel bool) tx { return tx{text, timex.Date, value, rel} }
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string // resolved value, "" for publication or publication-bound
		basis   Basis
	}{
		// a date in a subordinate clause dates that clause's event only
		{"Xi's visit comes after Iran and Turkey agreed on Wednesday to a truce.",
			[]tx{d("Wednesday", "2024-06-19", true)}, "visit", "", PublicationBound}, // a possessive: background
		{"Xi's visit comes after Iran and Turkey agreed on Wednesday to a truce.",
			[]tx{d("Wednesday", "2024-06-19", true)}, "agreed", "2024-06-19", Relative},
		{"Macron visited Ankara, though it remained unclear when Erdogan would travel to Beijing in July.",
			[]tx{d("July", "2024-07", true)}, "visited", "", Publication},
		{"Macron visited Ankara, though it remained unclear when Erdogan would travel to Beijing in July.",
			[]tx{d("July", "2024-07", true)}, "travel", "2024-07", Relative},
		{"Macron met Erdogan since the summit in March.",
			[]tx{d("March", "2024-03", true)}, "met", "", Publication},
		// a report's date does not date what it says had happened earlier
		{"The institute estimated in a report on Monday that 5,000 Iranian troops had been deployed to Syria.",
			[]tx{d("Monday", "2024-06-17", true)}, "deployed", "", PublicationBound},
		{"Iran said on Monday that it deployed 5,000 troops to Syria.",
			[]tx{d("Monday", "2024-06-17", true)}, "deployed", "2024-06-17", Relative},
		// temporal proximity anchors the main clause
		{"Hours after the drills began on 2024-03-04, Iran fired two missiles.",
			[]tx{d("2024-03-04", "2024-03-04", false)}, "fired", "2024-03-04", Relative},
		{"Hours after the drills began on 2024-03-04, Iran fired two missiles.",
			[]tx{d("2024-03-04", "2024-03-04", false)}, "drills", "2024-03-04", Explicit},
		{"Minutes after Kim arrived in Moscow on 2024-03-04, Putin met him.",
			[]tx{d("2024-03-04", "2024-03-04", false)}, "met", "2024-03-04", Relative},
		{"Russia attacked Kyiv shortly after the summit ended on 2024-03-04.",
			[]tx{d("2024-03-04", "2024-03-04", false)}, "attacked", "2024-03-04", Relative},
		// a day count shifts the anchor's date
		{"Two days after the summit ended on 2024-03-04, Russia attacked Kyiv.",
			[]tx{d("2024-03-04", "2024-03-04", false)}, "attacked", "2024-03-06", Relative},
		{"The day before the talks opened on 2024-03-04, China fired missiles.",
			[]tx{d("2024-03-04", "2024-03-04", false)}, "fired", "2024-03-03", Relative},
		// "on the same day that ...": the same date for both clauses
		{"The launches occurred on the same day that France concluded its annual drills.",
			[]tx{d("the same day", "2024-06-19", true)}, "drills", "2024-06-19", Relative},
		// an apposition's date does not date the subject noun; the
		// predicate's does
		{"The missile launches, the third this year, occurred on the same day.",
			[]tx{d("this year", "2024", true), d("the same day", "2024-06-19", true)}, "missile launches", "2024-06-19", Relative},
		// a relative clause dates the noun it describes
		{"No deal was reached during Xi's visit, which ended on 2024-03-04.",
			[]tx{d("2024-03-04", "2024-03-04", false)}, "visit", "2024-03-04", Explicit},
		// a when-clause shares the sentence opener's date
		{"In 2023, when Xi traveled to Moscow, Putin gave him a tour.",
			[]tx{d("2023", "2023", false)}, "traveled", "2023", Explicit},
	} {
		m := find(t, input(c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want || m.Basis != c.basis {
			t.Errorf("%q %q: dated %q (%s), want %q (%s)", c.text, c.trigger, got, m.Basis, c.want, c.basis)
		}
	}
}

func TestFrames(t *testing.T) {
	for _, c := range []struct {
		text    string
		trigger string
		typ     Type
		roles   string
	}{
		// discuss: a meeting between the parties
		{"Kim and Putin discussed trade.", "discussed", Meeting, "agent=person:kim agent=person:putin"},
		{"Xi discussed trade with Erdogan.", "discussed", Meeting, "agent=person:xi counterpart=person:erdogan"},
		{"Xi met Putin in Moscow, and the two discussed trade.", "discussed", Meeting, "agent=person:putin agent=person:xi"},
		// departing a place ends a visit there
		{"Lavrov departed Pyongyang on Friday.", "departed", Visit, "agent=person:lavrov location=place:pyongyang"},
		{"Lavrov left Moscow after the talks.", "left", Visit, "agent=person:lavrov location=place:moscow"},
		// speaking: a phone call between leaders apart, a meeting in a place
		{"Xi spoke with Putin.", "spoke with", PhoneCall, "agent=person:xi counterpart=person:putin"},
		{"Xi spoke with Putin on the phone.", "spoke with", PhoneCall, "agent=person:xi counterpart=person:putin"},
		{"Xi spoke with Putin in Moscow.", "spoke with", Meeting, "agent=person:xi counterpart=person:putin location=place:moscow"},
		// a conversation is a phone call when the pair spoke by phone before
		{"Xi had a phone call with Putin. Xi described his conversation with Putin as warm.", "conversation", PhoneCall, "agent=person:xi counterpart=person:putin"},
		{"Kim praised Russia during his conversation with Lavrov.", "conversation", Meeting, "agent=person:kim counterpart=person:lavrov"},
		// training: an exercise of the subject's actors, demonyms included
		{"The Russian and North Korean militaries concluded their annual training.", "training", MilitaryExercise, "agent=country:PRK agent=country:RUS"},
		// overseeing a test: the overseer is the agent
		{"Kim oversaw the test-launches of new cruise missiles.", "test-launches", WeaponsTest, "agent=person:kim"},
		{"China fired several ballistic missiles into the sea.", "fired", WeaponsTest, "agent=country:CHN"},
		// a tour given: the recipient visits, the giver hosts
		{"Kim gave Putin a personal tour of the factory.", "tour", Visit, "agent=person:putin counterpart=person:kim"},
		{"When Shoigu arrived, Kim gave him a tour of the plant.", "tour", Visit, "agent=person:shoigu counterpart=person:kim"},
	} {
		m := find(t, input(c.text), c.trigger)
		if m.Type != c.typ || roles(m) != c.roles {
			t.Errorf("%q: %s %q, want %s %q", c.text, m.Type, roles(m), c.typ, c.roles)
		}
	}
}

func TestFramesReject(t *testing.T) {
	for _, c := range []struct{ text, trigger string }{
		{"Analysts discussed the plan.", "discussed"}, // one party: no meeting
		{"Lavrov left the room.", "left"},             // no place left
		{"Russian troops left Kursk.", "left"},        // no visit without a person
		{"The pilots started training.", "training"},  // no military cue
		{"Xi spoke with reporters.", "spoke with"},    // nobody to meet
		{"The training of teachers began.", "training"},
		{"Officials discussed the Ukraine invasion.", "discussed"},
	} {
		for _, m := range Extract(input(c.text)) {
			if m.Trigger == c.trigger {
				t.Errorf("%q: unwanted %s mention %q", c.text, m.Type, m.Trigger)
			}
		}
	}
}

func TestTrainingDate(t *testing.T) {
	in := input("The Iron Bridge training began on 2024-03-04.", tx{"2024-03-04", timex.Date, "2024-03-04", false})
	m := only(t, in, MilitaryExercise)
	if m.Time == nil || m.Time.Value != "2024-03-04" || m.Title != "Iron Bridge exercise" || m.Background {
		t.Errorf("%q: %+v", in.Text, m)
	}
	in = input("Kim oversaw the test-launches of new cruise missiles the previous day.", tx{"the previous day", timex.Date, "2024-06-19", true})
	if m := only(t, in, WeaponsTest); m.Time == nil || m.Time.Value != "2024-06-19" || m.Basis != Relative {
		t.Errorf("%q: dated %v %s", in.Text, m.Time, m.Basis)
	}
}

func TestBackground(t *testing.T) {
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    bool
	}{
		{"The treaty took effect.", nil, "treaty", true},
		{"New sanctions were criticized.", nil, "sanctions", true},
		{"Their recent summits were productive.", nil, "summits", true},
		{"Agreements reached in Moscow remain secret.", nil, "Agreements", true},
		{"Xi criticized the invasion of Ukraine.", nil, "invasion", true},
		// a habit is no event
		{"Iran often responds to French drills with missile tests.", nil, "drills", true},
		{"Russia usually attacks Kyiv at night.", nil, "attacks", true},
		// events told, not referred to
		{"Putin visited Pyongyang.", nil, "visited", false},
		{"Russia held talks with Iran.", nil, "held talks", false},
		{"Putin's visit to Pyongyang on 2024-06-19 drew criticism.", []tx{{"2024-06-19", timex.Date, "2024-06-19", false}}, "visit", false},
		{"The summit between Xi and Putin on 2024-03-04 ended.", []tx{{"2024-03-04", timex.Date, "2024-03-04", false}}, "summit", false},
		{"Putin's visit to Pyongyang drew criticism.", nil, "visit", true},
		{"The Putin-Kim summit ended.", nil, "summit", false},
		{"In June 2023, Putin's visit to Pyongyang drew criticism.", []tx{{"June 2023", timex.Date, "2023-06", false}}, "visit", false},
	} {
		m := find(t, input(c.text, c.times...), c.trigger)
		if m.Background != c.want {
			t.Errorf("%q %q: background %v, want %v", c.text, c.trigger, m.Background, c.want)
		}
		if m.Background && m.Confidence > 0.4 {
			t.Errorf("%q %q: background confidence %v > 0.4", c.text, c.trigger, m.Confidence)
		}
	}
}

func TestObjectTitles(t *testing.T) {
	for _, c := range []struct{ text, trigger, want string }{
		{"Iran and Turkey agreed in principle to a limited ceasefire.", "agreed in principle", "Iran and Turkey agree to ceasefire"},
		{"Putin signed a major mutual defense treaty with Kim.", "signed", "Putin signs mutual defense treaty with Kim Jong Un"},
		{"Kim oversaw the test-launches of new anti-aircraft missiles.", "test-launches", "Kim Jong Un tests anti-aircraft missiles"},
		{"China fired several ballistic missiles into the sea.", "fired", "China fires ballistic missiles"},
		{"Russia and China held the Ocean Shield exercise.", "exercise", "Russia and China hold Ocean Shield exercise"},
		{"The ceasefire collapsed.", "ceasefire", "Ceasefire"},
		{"The test-launch of two cruise missiles failed.", "test-launch", "Test of cruise missiles"},
	} {
		in := input(c.text)
		in.Names["country:CHN"], in.Names["country:RUS"] = "China", "Russia"
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
	// the object noun merges into its verb: one agreement
	if ms := Extract(input("Iran and Turkey agreed on Monday to a truce.")); len(ms) != 1 {
		t.Errorf("agreed to a truce: %v, want one mention", summary(ms))
	}
}

func TestSpecificLocation(t *testing.T) {
	// a capital resolved to its country ("visited Pyongyang") is the city
	// when the document knows the city as a place
	in := input("Kim stayed in Pyongyang. Putin visited Pyongyang.")
	for i := range in.Actors {
		if a := &in.Actors[i]; a.Text == "Pyongyang" && a.Start > 20 {
			a.ActorID, a.Kind, a.Location = "country:PRK", actor.Country, false
		}
	}
	if m := find(t, in, "visited"); m.Location != "place:pyongyang" || !strings.Contains(m.Title, "Pyongyang") {
		t.Errorf("%q: location %q title %q", in.Text, m.Location, m.Title)
	}
	// or when Names knows the place
	in = input("Putin visited Beijing.")
	in.Actors[1].ActorID, in.Actors[1].Kind = "country:CHN", actor.Country
	in.Names["place:beijing"] = "Beijing"
	if m := find(t, in, "visited"); m.Location != "place:beijing" {
		t.Errorf("%q: location %q, want place:beijing", in.Text, m.Location)
	}
	// a country named as such stays the country
	if m := find(t, input("Putin visited China."), "visited"); m.Location != "country:CHN" {
		t.Errorf("visited China: location %q", m.Location)
	}
	// the most specific location of the clause
	if m := find(t, input("Erdogan arrived in China at Beijing airport."), "arrived"); m.Location != "place:beijing" {
		t.Errorf("arrived in China at Beijing: location %q", m.Location)
	}
}

func TestSameDay(t *testing.T) {
	// "the same day" is the day that dated the events told before, whatever
	// the time tagger resolved it to
	in := input("Kim oversaw the test-launches of cruise missiles on 2024-03-04. The missile launches occurred on the same day that France concluded its annual drills.",
		tx{"2024-03-04", timex.Date, "2024-03-04", false}, tx{"the same day", timex.Date, "2024-06-20", true})
	for _, trigger := range []string{"missile launches", "drills"} {
		m := find(t, in, trigger)
		if m.Time == nil || m.Time.Value != "2024-03-04" || m.Basis != Relative || m.Time.Text != "the same day" {
			t.Errorf("%q: dated %+v (%s), want 2024-03-04 by \"the same day\"", trigger, m.Time, m.Basis)
		}
	}
}

func TestQuotedVerb(t *testing.T) {
	// a quotation opening at the verb does not hide its subject
	m := find(t, input("Xi said that Putin “agreed to an immediate truce.”"), "agreed")
	if roles(m) != "agent=person:putin" || m.Title != "Putin agrees to truce" {
		t.Errorf("participants %q title %q", roles(m), m.Title)
	}
}

func TestExerciseName(t *testing.T) {
	// a definite reference takes the name of the one exercise the article
	// names, even in a later sentence
	in := input("Russia and Iran concluded their annual training. The Ocean Shield exercise lasted 11 days.")
	in.Names["country:RUS"], in.Names["country:IRN"] = "Russia", "Iran"
	if m := find(t, in, "training"); m.Title != "Russia and Iran hold Ocean Shield exercise" {
		t.Errorf("title %q", m.Title)
	}
	// two names: none is taken
	in = input("Russia and Iran concluded their annual training. The Ocean Shield exercise and the Sea Guard drills ended.")
	in.Names["country:RUS"], in.Names["country:IRN"] = "Russia", "Iran"
	if m := find(t, in, "training"); m.Title != "Russia and Iran hold military exercise" {
		t.Errorf("title %q", m.Title)
	}
}

func TestBackgroundOwnTime(t *testing.T) {
	// a time far before a noun in its clause is the clause's, not the noun's
	in := input("On 2024-03-04 Kim denounced what Iran views as an invasion plan.", tx{"2024-03-04", timex.Date, "2024-03-04", false})
	if m := find(t, in, "invasion"); !m.Background {
		t.Errorf("%q: invasion not background", in.Text)
	}
	in = input("Iran hailed the 2024-03-04 summit.", tx{"2024-03-04", timex.Date, "2024-03-04", false})
	if m := find(t, in, "summit"); m.Background {
		t.Errorf("%q: summit with its own date is background", in.Text)
	}
}

// TestTollOfEvent checks that the injuries or deaths a result verb tells
// of a new event in its subject are that event's, not a killing of their
// own, and that those of a definite noun (which may refer back) or of a
// verb's own subject stay a mention.
func TestTollOfEvent(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // a killing mention
	}{
		{"A clash between Russian troops and NATO troops left 20 people injured in Kursk.", false},
		{"The clash between Russian troops and NATO troops left 20 people injured in Kursk.", true},
		{"Russian troops injured ten people in Kursk.", true},
	} {
		got := false
		for _, m := range Extract(parsed(t, c.text)) {
			got = got || m.Type == Killing
		}
		if got != c.want {
			t.Errorf("%q: killing mention %v, want %v", c.text, got, c.want)
		}
	}
}
