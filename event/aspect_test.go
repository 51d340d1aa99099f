package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timex"
)

// TestPublicationBound checks which undated mentions are bound by the
// publication date rather than dated by it: without a parse, with the
// full analysis, and with the tagger and parser alone (the build's: no
// lemmas).
func TestPublicationBound(t *testing.T) {
	full, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	bare, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	parsers := map[string]func(string, int, int) conllu.Sentence{"none": nil, "full": full.Sentence, "tagger+parser": bare.Sentence}
	for _, tc := range []struct {
		text  string
		times []tx
		typ   Type
		want  Basis
	}{
		// the news of the day: the publication date
		{"Russia attacked Kursk.", nil, Attack, Publication},
		{"Putin visits Pyongyang.", nil, Visit, Publication},
		// a perfect, past or present
		{"Russia had attacked Kursk.", nil, Attack, PublicationBound},
		{"Russia has attacked Kursk.", nil, Attack, PublicationBound},
		{"Kim said Russia had attacked Kursk.", nil, Attack, PublicationBound},
		{"Three Russian soldiers have been arrested in Kyiv.", nil, Arrest, PublicationBound},
		// ongoing
		{"Russia is attacking Kursk.", nil, Attack, PublicationBound},
		{"Russia has been attacking Kursk.", nil, Attack, PublicationBound},
		// a relative clause, not a complement clause
		{"Kim praised Putin, who visited Pyongyang.", nil, Visit, PublicationBound},
		{"Kim said that Russia attacked Kursk.", nil, Attack, Publication},
		// past a pronoun subject after its relativizer
		{"Kim studied in Kazan, where he met Putin.", nil, Meeting, PublicationBound},
		{"Kim thanked Putin, with whom he held talks.", nil, Meeting, Publication},
		// an adverb placing it earlier
		{"Earlier, Russia attacked Kursk.", nil, Attack, PublicationBound},
		{"Russia earlier attacked Kursk.", nil, Attack, PublicationBound},
		// a clause told as before its main clause's
		{"Ukraine closed the border after Russia attacked Kursk.", nil, Attack, PublicationBound},
		{"The rally may be nearing its end after the central bank of Russia raised interest rates.", nil, EconomicPolicy, PublicationBound},
		// a time expression dates the event whatever its tense
		{"Russia had attacked Kursk on Friday.", []tx{{"Friday", timex.Date, "2024-06-14", true}}, Attack, Relative},
		{"Russia has attacked Kursk in 2023.", []tx{{"2023", timex.Date, "2023", false}}, Attack, Explicit},
	} {
		for _, parsed := range []string{"none", "full", "tagger+parser"} {
			in := input(tc.text, tc.times...)
			in.Parse = parsers[parsed]
			m := only(t, in, tc.typ)
			if m.Basis != tc.want {
				t.Errorf("%q (parse %s): basis %s, want %s", tc.text, parsed, m.Basis, tc.want)
			}
			if m.Basis == PublicationBound && m.Time != nil {
				t.Errorf("%q (parse %s): publication-bound with a time %q", tc.text, parsed, m.Time.Text)
			}
		}
	}
}

// TestPerfectConjunct checks, on a real parse, that a verb coordinated
// with a perfect and sharing its auxiliary is a perfect too, while one
// with a subject of its own is not.
func TestPerfectConjunct(t *testing.T) {
	for _, tc := range []struct {
		text string
		typ  Type
		want Basis
	}{
		{"Russia has closed the border with Ukraine and attacked Kursk.", Attack, PublicationBound},
		{"Russia has closed the border with Ukraine and rebels attacked Kursk.", Attack, Publication},
		// a past passive with no subject of its own goes on telling the
		// past perfect it is coordinated with; not a simple past
		{"The smugglers had admitted the charges and were jailed for six years.", Arrest, PublicationBound},
		{"The smugglers admitted the charges and were jailed for six years.", Arrest, Publication},
	} {
		m := only(t, parsed(t, tc.text), tc.typ)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}

// TestPerfectAdjunct checks, on a real parse, that a participle adjunct
// with no auxiliary or subject of its own shares its head's perfect or
// progressive, while one of a simple past does not, and that a noun
// trigger the parse makes a verb takes that verb's auxiliaries.
func TestPerfectAdjunct(t *testing.T) {
	for _, tc := range []struct {
		text string
		typ  Type
		want Basis
	}{
		{"The rebels have been fighting for a state of their own, accusing the army of abuses.", Disapprove, PublicationBound},
		{"The twins have arrived in Oslo on a wave of success, winning titles in Lyon and Porto.", SportResult, PublicationBound},
		{"The rebels raided the town, accusing the army of abuses.", Disapprove, Publication},
		{"Rebels have been fighting the army in the hills.", Attack, PublicationBound},
		{"The rebels have been fighting for control of the hills in Ukraine.", Attack, PublicationBound}, // (a fight for a cause is no attack: TestFoughtCause)
	} {
		m := only(t, parsed(t, tc.text), tc.typ)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}

// TestThatTime checks, on a real parse, that an event told "at that time"
// or "at the time" lies before the report, while "at a time" and "at the
// same time" leave it the day's news.
func TestThatTime(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Basis
	}{
		{"At that time, Russia attacked Kursk.", PublicationBound},
		{"Russia attacked Kursk at the time.", PublicationBound},
		{"Russia attacked Kursk at a time of calm.", Publication},
		{"At the same time, Russia attacked Kursk.", Publication},
	} {
		m := only(t, parsed(t, tc.text), Attack)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}

// TestWhereClause checks that a ", where ..." clause the parse hangs on
// the main verb tells, as a relative clause does, what happened at the
// place before the report: its event is bounded by the publication date.
func TestWhereClause(t *testing.T) {
	m := mentionOf(t, parsed(t, "Khan batted superbly in the second match, where his century helped Pakistan defeat India by six wickets."), "defeat")
	if m.Time != nil || m.Basis != PublicationBound {
		t.Errorf("the win dated %v basis %q, want %q", m.Time, m.Basis, PublicationBound)
	}
}

// TestWhenUnderBefore checks, on a real parse, that a when-clause under a
// head told as before the report (here a relative clause) is before
// it too, while one under a simple-past main clause stays the day's news.
func TestWhenUnderBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Basis
	}{
		{"Lavrov, who later became minister when Russia invaded Kursk, said the talks were over.", PublicationBound},
		{"Two soldiers died when Russia invaded Kursk.", Publication},
	} {
		m := only(t, parsed(t, tc.text), Invasion)
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}

// TestAdjunctUnderRelative checks, on a real parse, that an -ing adjunct
// opened by a subordinator inside a relative clause is as much before the
// report as the clause ("who shot ... before killing"), while one under a
// main clause stays the day's news.
func TestAdjunctUnderRelative(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Basis
	}{
		{"The mayor blamed Kurt Dahl, a gunman who robbed the bank before killing two guards.", PublicationBound},
		{"Kurt Dahl robbed the bank before killing two guards.", Publication},
	} {
		m := mentionOf(t, parsed(t, tc.text), "killing")
		if m.Basis != tc.want {
			t.Errorf("%q: basis %s, want %s", tc.text, m.Basis, tc.want)
		}
	}
}
