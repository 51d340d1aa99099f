package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleGroupAgreement checks that an organisation named by a plural
// common noun ("Kurdish rebels") takes a plural verb, while one whose name
// ends in a capitalised word ("Doctors Without Borders") keeps the
// singular.
func TestTitleGroupAgreement(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	groups := []ent{
		{"Kurdish rebels", "org:kurdish-rebels", actor.Organization, false},
		{"Doctors Without Borders", "org:msf", actor.Organization, false},
	}
	for _, tc := range []struct{ text, trigger, want string }{
		{"On Monday, Kurdish rebels asked Russia to send food.", "asked", "Kurdish rebels ask Russia to send food"},
		{"On Monday, Kurdish rebels condemned the raid.", "condemned", "Kurdish rebels condemn raid"},
		{"On Monday, Doctors Without Borders asked Russia to send food.", "asked", "Doctors Without Borders asks Russia to send food"},
	} {
		in := inputWith(tc.text, groups)
		in.Parse = p.Sentence
		if m := find(t, in, tc.trigger); m.Title != tc.want {
			t.Errorf("%q: title %q, want %q", tc.text, m.Title, tc.want)
		}
	}
}

// TestTitleSaidPassive checks that a reported passive clause with an
// object keeps its passive: the auxiliary with a modal ("must be given
// access"), the participle alone without one ("given access"), never the
// active verb that would turn its meaning round.
func TestTitleSaidPassive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin warned on Tuesday that the soldiers would be given new rifles.", "warned", "Putin warns soldiers will be given rifles"},
		{"Putin warned that aid groups could be denied access to the refugees.", "warned", "Putin warns aid groups could be denied access to refugees"},
		{"Putin declared that the soldiers were given old rifles.", "declared", "Putin declares soldiers given old rifles"},
	})
}

// TestTitleNounOf checks that a noun event whose type's phrase has its own
// object ("issue statement") keeps what the noun is of behind a
// preposition: with the agent's light verb and the noun ("issues warning
// of crisis"), else with the type's phrase and preposition, never run
// together ("issues statement crisis").
func TestTitleNounOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin issued a warning of a crisis.", "warning", "Putin issues warning of crisis"},
		{"Putin issued a stern warning of a crisis.", "warning", "Putin issues stern warning of crisis"},
		{"Putin's warning of a crisis came on Monday.", "warning", "Putin issues statement on crisis"},
	})
}

// TestTitlePronounPatient checks that a passive whose subject is a
// pronoun names the one person the mention holds as its patient ("Kim
// Jong Un elected president"), never the type's noun with that person
// ("Election with Kim Jong Un").
func TestTitlePronounPatient(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The visit will be Kim's first trip abroad since he was elected president in January.", "elected", "Kim Jong Un elected president"},
		{"Kim arrived in Moscow on Monday. He was arrested at the airport.", "arrested", "Kim Jong Un arrested"},
		// the parse makes "elected" an adjective of "president"
		{"Kim's tour, which will also take him to Russia's second city Kursk, will be his first foreign trip since he was elected president in January.", "elected", "Kim Jong Un elected"},
	})
}

// TestTitleTransitiveExplode checks that "explode" used transitively keeps
// its object ("Gunmen explode bomb in Kyiv", never "Gunmen explode in
// Kyiv") while its intransitive use stays as it is.
func TestTitleTransitiveExplode(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Unidentified gunmen exploded a bomb in a supermarket in central Kyiv on Monday.", "exploded", "Gunmen explode bomb in Kyiv"},
		{"A bomb exploded in Ankara on Friday.", "exploded", "Bomb explodes in Ankara"},
	})
}

// TestTitleGerundSubject checks that a meeting the parse reads as a gerund
// with a plural subject is titled by that subject and the type's verb,
// not by the bare noun ("Meeting in Moscow").
func TestTitleGerundSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"European foreign ministers meeting in Moscow also called on Kim to guarantee aid groups access to conflict zones.", "meeting", "European foreign ministers meet in Moscow"},
		{"Arab leaders meeting in Ankara on Monday urged Kim to free the prisoners.", "meeting", "Arab leaders meet in Ankara"},
	})
}
