package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// Rules found by a robustness run over news articles: each case is a
// hand-written sentence; the dct of the tests is 2024-06-20.

func TestTargetDates(t *testing.T) {
	for _, c := range []struct {
		text  string
		times []tx
		typ   Type
		value string // "" when the mention takes the publication date
		fact  Factuality
	}{
		// "by <date>" is a deadline: the agreement is not dated by it
		{"Turkey and France agreed that the bloc would cut tariffs by 2030.",
			[]tx{{"2030", timex.Date, "2030", false}}, Agreement, "", Asserted},
		{"Turkey and France agreed on Friday to cut tariffs by 2030.",
			[]tx{{"Friday", timex.Date, "2024-06-14", true}, {"2030", timex.Date, "2030", false}}, Agreement, "2024-06-14", Asserted},
		// until / through / before a future date
		{"Russia extended the sanctions until March 2026.",
			[]tx{{"March 2026", timex.Date, "2026-03", false}}, Sanction, "", Asserted},
		{"Iran will hold talks with France through 2025.",
			[]tx{{"2025", timex.Date, "2025", false}}, Meeting, "", Planned},
		{"Xi vowed to visit Moscow before 2026.",
			[]tx{{"2026", timex.Date, "2026", false}}, Visit, "", Planned},
		// a date that premodifies a noun after "by" is no deadline
		{"Iran was bound by the 2023 treaty with France.",
			[]tx{{"2023", timex.Date, "2023", false}}, Agreement, "2023", Asserted},
		{"The talks were ended by Tuesday's election.",
			[]tx{{"Tuesday", timex.Date, "2024-06-18", true}}, Election, "2024-06-18", Asserted},
		{"The talks were ended by Tuesday's election.",
			[]tx{{"Tuesday", timex.Date, "2024-06-18", true}}, Meeting, "", Asserted},
		// before a past date is no target: it dates nothing either, but
		// an ordinary date still does
		{"Putin visited Pyongyang in May 2024.",
			[]tx{{"May 2024", timex.Date, "2024-05", false}}, Visit, "2024-05", Asserted},
	} {
		m := only(t, input(c.text, c.times...), c.typ)
		got := timeValue(m)
		if got != c.value {
			t.Errorf("%q: date %q, want %q", c.text, got, c.value)
		}
		if (got == "") != (m.Basis == Publication || m.Basis == PublicationBound) {
			t.Errorf("%q: basis %s with date %q", c.text, m.Basis, got)
		}
		if m.Factuality != c.fact {
			t.Errorf("%q: factuality %s, want %s", c.text, m.Factuality, c.fact)
		}
	}
}

func TestDateScope(t *testing.T) {
	for _, c := range []struct {
		text  string
		times []tx
		typ   Type
		value string
		bg    bool
	}{
		// a parenthesis dates only what is inside it
		{"France provided aid to Ukraine, a land ruled by the Song dynasty (960-1127).",
			[]tx{{"960-1127", timex.Date, "1127", false}}, Aid, "", false},
		// a participial modifier of a noun dates nothing outside it
		{"Xi visited the temple, built 1,300 years ago, with Erdogan.",
			[]tx{{"1,300 years ago", timex.Date, "0724", false}}, Visit, "", false},
		// a relative clause dates only its own events
		{"Macron visited the fort, which was rebuilt in 1850, on Monday.",
			[]tx{{"1850", timex.Date, "1850", false}, {"Monday", timex.Date, "2024-06-17", true}}, Visit, "2024-06-17", false},
		// a date premodifying another noun dates that noun only
		{"Protesters in Ankara protested the 2019 verdict.",
			[]tx{{"2019", timex.Date, "2019", false}}, Protest, "", false},
		{"France protested at the 2019 summit.",
			[]tx{{"2019", timex.Date, "2019", false}}, Protest, "", false},
		// a relative clause with no comma, and a participle after a name
		{"Xi paid a visit to the tower (or pagoda) which is a relic of the Tang Dynasty built 1,300 years ago.",
			[]tx{{"1,300 years ago", timex.Date, "0724", false}}, Visit, "", false},
		{"Erdogan visited the mosque of the Ottoman Empire built 500 years ago.",
			[]tx{{"500 years ago", timex.Date, "1524", false}}, Visit, "", false},
		// "X-year-old" modifies a noun
		{"Erdogan toured the 300-year-old palace.",
			[]tx{{"300-year-old", timex.Date, "1724", false}}, Visit, "", false},
		// a nominal event with no participant more than a century old is background
		{"The invasion of 1812 is remembered in Moscow.",
			[]tx{{"1812", timex.Date, "1812", false}}, Invasion, "1812", true},
		// a race time is no time of day
		{"Kim arrived in Pyongyang at 2:27.13.",
			[]tx{{"2:27.13", timex.Time, "2024-06-20T14:27", false}}, Visit, "", false},
		// the term of a contract is no time of the event
		{"Russian crude for May delivery rose 2 percent.",
			[]tx{{"May", timex.Date, "2024-05", true}}, MarketMovement, "", false},
		{"Russian crude for delivery in May rose 2 percent.",
			[]tx{{"May", timex.Date, "2024-05", true}}, MarketMovement, "", false},
		{"Russian crude rose 2 percent in May.",
			[]tx{{"May", timex.Date, "2024-05", true}}, MarketMovement, "2024-05", false},
	} {
		m := only(t, input(c.text, c.times...), c.typ)
		got := timeValue(m)
		if got != c.value {
			t.Errorf("%q: date %q, want %q", c.text, got, c.value)
		}
		if m.Background != c.bg {
			t.Errorf("%q: background %v, want %v", c.text, m.Background, c.bg)
		}
	}
}

func TestFutureDates(t *testing.T) {
	for _, c := range []struct {
		text  string
		times []tx
		value string
		fact  Factuality
	}{
		// a date after the DCT makes a present or nominal event planned
		{"The summit in Beijing in 2026 drew interest.",
			[]tx{{"2026", timex.Date, "2026", false}}, "2026", Planned},
		{"Tass reported a meeting of Xi and Putin in July 2026.",
			[]tx{{"July 2026", timex.Date, "2026-07", false}}, "2026-07", Planned},
		// a past-tense verb dated after the DCT: the date is wrong
		{"Xi met Putin in July 2026.",
			[]tx{{"July 2026", timex.Date, "2026-07", false}}, "", Asserted},
		// ... but a weekday read forward means the one of the week before
		{"Xi met Putin on Friday.",
			[]tx{{"Friday", timex.Date, "2024-06-21", true}}, "2024-06-14", Asserted},
		{"Xi met Putin on 2024-06-21.",
			[]tx{{"2024-06-21", timex.Date, "2024-06-21", true}}, "", Asserted},
		// an earlier date stays
		{"Xi met Putin in May.",
			[]tx{{"May", timex.Date, "2024-05", true}}, "2024-05", Asserted},
	} {
		m := only(t, input(c.text, c.times...), Meeting)
		got := timeValue(m)
		if got != c.value || m.Factuality != c.fact {
			t.Errorf("%q: date %q %s, want %q %s", c.text, got, m.Factuality, c.value, c.fact)
		}
		if got == "" && m.Basis != Publication {
			t.Errorf("%q: basis %s, want publication", c.text, m.Basis)
		}
	}
}

func TestFalseTriggers(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  Type
	}{
		{"The fund fights HIV/AIDS in Africa.", Aid},
		{"AIDS deaths fell in France.", Aid},
		{"Aid is a contested word.", Aid},
		{"The Dow Jones index went up to a record.", Visit},
		{"The bronze medal went to a skater from Turkey.", Visit},
		{"Prices went to new highs in Moscow.", Visit},
		{"The tanker was traveling to Pyongyang with its crew.", Visit}, // no person nor body travels
		{"Dealing in the shares was suspended.", Agreement},
		{"The quake struck the coast of Turkey.", Attack},
		{"A powerful storm struck Beijing on Monday.", Attack},
		{"The earthquake killed 300 people in Iran.", Killing},
		{"Inflation hit a record in Turkey.", Attack},
		{"KCNA kills the rumor.", Killing}, // a news agency is never the agent of violence
		{"The resolution passed by 27 votes to 11.", Election},
		{"Turkey won a vote on sending troops.", Election},
		{"Pre-election bomb alerts closed streets in Ankara.", Election},
		{"The bank funds projects which meet sound principles.", Meeting},
	} {
		for _, m := range Extract(input(c.text)) {
			if m.Type == c.typ {
				t.Errorf("%q: want no %s mention, got %q", c.text, c.typ, m.Trigger)
			}
		}
	}
}

func TestTrueTriggersKept(t *testing.T) {
	for _, c := range []struct {
		text    string
		typ     Type
		trigger string
		roles   string
	}{
		{"France gave aid to Ukraine.", Aid, "aid", "agent=country:FRA recipient=country:UKR"},
		{"Putin went to Pyongyang.", Visit, "went", "agent=person:putin location=place:pyongyang"},
		{"NATO went to Kyiv for talks.", Visit, "went", "agent=org:nato location=place:kyiv"},
		{"Putin traveled to Pyongyang.", Visit, "traveled", "agent=person:putin location=place:pyongyang"},
		{"Putin headed for Pyongyang on Monday.", Visit, "headed", "agent=person:putin location=place:pyongyang"},
		{"Putin left here for Pyongyang.", Visit, "left", "agent=person:putin location=place:pyongyang"},
		{"Putin touched down on Monday in Pyongyang.", Visit, "touched down", "agent=person:putin location=place:pyongyang"},
		{"Russian missiles struck Kyiv.", Attack, "struck", "agent=country:RUS target=place:kyiv"},
		{"Russia hit Kyiv with drones.", Attack, "hit", "agent=country:RUS target=place:kyiv"},
		{"Russia signed a deal with Iran.", Agreement, "signed", "agent=country:RUS counterpart=country:IRN"},
		// diplomatic ties set up or cut; a loan granted
		{"Russia and Iran restored diplomatic relations.", DiplomaticCooperation, "restored", "agent=country:IRN agent=country:RUS"},
		{"Russia cut diplomatic ties with Ukraine.", ReduceRelations, "cut", "agent=country:RUS counterpart=country:UKR"},
		{"Russia approved a loan for Iran.", Aid, "loan", "agent=country:RUS recipient=country:IRN"},
		// riot-control weapons turned on a crowd are repression, not an attack
		{"Russian police fired tear gas at protesters in Kursk.", Coerce, "fired", "agent=country:RUS location=place:kursk"},
		// a news agency reporting a killing is the source, not the agent
		{"Russian troops killed ten people, Tass reported.", Killing, "killed", "agent=country:RUS"},
	} {
		m := only(t, input(c.text), c.typ)
		if m.Trigger != c.trigger {
			t.Errorf("%q: trigger %q, want %q", c.text, m.Trigger, c.trigger)
		}
		if got := roles(m); got != c.roles {
			t.Errorf("%q: participants %q, want %q", c.text, got, c.roles)
		}
	}
}

func TestExperiencedEvents(t *testing.T) {
	for _, c := range []struct {
		text  string
		typ   Type
		roles string
		bg    bool
	}{
		// a bare noun after an experiencer verb is generic: background
		{"Turkey is the only nation to have suffered nuclear attack.", Attack, "target=country:TUR", true},
		// with a determiner it is an event, whose subject is the target
		{"Ukraine suffered a massive attack on Monday.", Attack, "target=country:UKR", false},
		{"Iran faced new sanctions.", Sanction, "target=country:IRN", false},
	} {
		in := input(c.text)
		if strings.Contains(c.text, "Monday") {
			in = input(c.text, tx{"Monday", timex.Date, "2024-06-17", true})
		}
		m := only(t, in, c.typ)
		if got := roles(m); got != c.roles {
			t.Errorf("%q: participants %q, want %q", c.text, got, c.roles)
		}
		if m.Background != c.bg {
			t.Errorf("%q: background %v, want %v", c.text, m.Background, c.bg)
		}
	}
}

func TestDemands(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  Type
	}{
		{"Erdogan called for the resignation of the minister.", Resignation},
		{"Macron urged talks with Iran.", Meeting},
		{"Protesters in Ankara demanded elections.", Election},
	} {
		if m := only(t, input(c.text), c.typ); m.Factuality != Hypothetical {
			t.Errorf("%q: factuality %s, want hypothetical", c.text, m.Factuality)
		}
	}
}

func TestNounNegation(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  Type
		fact Factuality
	}{
		{"The talks were not held in Ankara.", Meeting, Negated},
		{"The summit did not take place.", Meeting, Negated},
		{"The summit was postponed.", Meeting, Negated},
		// the negated verb is about something else
		{"The attacks have not yet been claimed.", Attack, Asserted},
		{"The arrests were not explained by France.", Arrest, Asserted},
	} {
		if m := only(t, input(c.text), c.typ); m.Factuality != c.fact {
			t.Errorf("%q: factuality %s, want %s", c.text, m.Factuality, c.fact)
		}
	}
}
