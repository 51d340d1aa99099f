package event

import (
	"strings"
	"testing"
)

// Table tests of compound modifiers, hedging nouns, passive infinitives
// and passives framed by a reporting participle.

func TestCompoundModifiers(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  Type
	}{
		{"The former development aid minister spoke in Ankara.", Aid},
		{"Election observers arrived in Kyiv.", Election},
		{"The Kremlin-appointed governor of Crimea resigned.", Appointment},
		{"Iran-backed militias are present in the region.", Aid},
		{"The election commission met in Ankara.", Election},
		{"Macron attacked Iran during the election campaign on Tuesday.", Election},
		{"EU Humanitarian Aid Commissioner Macron spoke in Kyiv.", Aid},
		{"The humanitarian aid chief spoke in Kyiv.", Aid},
	} {
		for _, m := range Extract(input(c.text)) {
			if m.Type == c.typ {
				t.Errorf("%q: want no %s mention, got %q", c.text, c.typ, m.Trigger)
			}
		}
	}
	// the trigger stays when it heads its own phrase or is a prefixed verb
	for _, c := range []struct {
		text    string
		typ     Type
		trigger string
	}{
		{"Turkey sent aid to Iran.", Aid, "aid"},
		{"Voters re-elected Macron in May.", Election, "elected"},
		{"The newly-elected parliament met in Kyiv.", Election, "elected"},
		{"Lavrov was accused by Macron of lying.", Disapprove, "accused"}, // CAMEO 112
		{"Turkey accused France of meddling.", Disapprove, "accused"},
		{"The election was held in May.", Election, "election"},
	} {
		m := only(t, input(c.text), c.typ)
		if m.Trigger != c.trigger {
			t.Errorf("%q: trigger %q, want %q", c.text, m.Trigger, c.trigger)
		}
	}
}

func TestHedgedFactuality(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  Type
		want Factuality
	}{
		{"Diplomats discussed the possibility of a summit in Ankara.", Meeting, Hypothetical},
		{"The prospect of talks between Iran and France rose.", Meeting, Hypothetical},
		{"The budget has to be ratified by parliament.", Agreement, Planned},
		{"Macron is to be elected in May.", Election, Planned},
		// a passive that is told is asserted
		{"Macron was elected in May.", Election, Asserted},
		{"Police recommended that Lavrov be arrested for fraud.", Arrest, Hypothetical},
		{"Lavrov will be arrested in May.", Arrest, Planned},
		{"Iran joined talks aimed at reaching a treaty.", Agreement, Planned},
		{"Parties campaigned in the run-up to Sunday's elections.", Election, Planned},
		{"Troops gathered ahead of the summit.", Meeting, Planned},
		{"Iran warned France in the event that Macron is elected.", Election, Hypothetical},
		{"Putin was the first leader to be elected in May.", Election, Asserted},
		{"They are the first unit of the Russian army to be deployed in Kursk.", MilitaryDeployment, Asserted},
		{"France decided to postpone the visit to Beijing.", Visit, Negated},
		{"Iran met France despite failing to reach an accord.", Agreement, Negated},
	} {
		m := only(t, input(c.text), c.typ)
		if m.Factuality != c.want {
			t.Errorf("%q: factuality %s, want %s", c.text, m.Factuality, c.want)
		}
	}
}

func TestReportedPassive(t *testing.T) {
	for _, c := range []struct {
		text  string
		typ   Type
		roles string
	}{
		{"Two Russian soldiers were reported killed in Kursk.", Killing, "location=place:kursk target=country:RUS"},
		{"Ten Iran sailors are feared captured.", Capture, "target=country:IRN"},
	} {
		m := only(t, input(c.text), c.typ)
		if got := roles(m); got != c.roles {
			t.Errorf("%q: roles %q, want %q", c.text, got, c.roles)
		}
	}
}

func TestBorneCharge(t *testing.T) {
	for _, c := range []struct {
		text       string
		background bool
	}{
		{"A court jailed two activists accused of subversion.", true},
		{"Lavrov, who is accused of ordering the raid, spoke in Kyiv.", true},
		{"Lavrov was accused by Macron of lying.", false},
		{"Turkey accused France of meddling.", false},
	} {
		m := only(t, input(c.text), Disapprove) // accuse: CAMEO 112
		if m.Background != c.background {
			t.Errorf("%q: background %v, want %v", c.text, m.Background, c.background)
		}
	}
}

func TestAttributiveParticiple(t *testing.T) {
	for _, c := range []struct {
		text       string
		typ        Type
		background bool
	}{
		{"Troops loyal to the newly elected president marched in Kyiv.", Election, true},
		{"The newly-elected parliament met in Kyiv.", Election, true},
		{"Last week the newly elected parliament met in Kyiv.", Election, true},
		{"An arrested officer spoke to Tass.", Arrest, true},
		// a reduced clause with its own agent or place tells the event
		{"Officials of the government detained by police in June spoke.", Arrest, false},
		{"Macron was elected in May.", Election, false},
	} {
		in := input(c.text)
		if strings.Contains(c.text, "June") {
			in = input(c.text, tx{"June", "DATE", "2024-06", false})
		}
		if strings.Contains(c.text, "Last week") {
			in = input(c.text, tx{"Last week", "DATE", "2024-06-10", true})
		}
		m := only(t, in, c.typ)
		if m.Background != c.background {
			t.Errorf("%q: background %v, want %v", c.text, m.Background, c.background)
		}
	}
}
