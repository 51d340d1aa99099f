package event

import (
	"testing"
)

// TestRecallMainEvents checks main events of leads the lexicon used to
// miss: a victory in a party primary, an industrial explosion, an
// official sent to a capital, a ceremony for the dead; and that near words
// in other senses stay out (one's victory told as a thing, a bomb
// exploding, a prize ceremony).
func TestRecallMainEvents(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type // "" for no mention of that trigger
	}{
		{"On Sunday Anna Berg scored a narrow victory in the Liberal primary.", "victory", Election},
		{"Berg's victory in the primary made her the favourite.", "victory", ""},
		{"Norland won the toss and elected to bowl first in the second Test.", "elected", ""},
		{"The football federation elected a former striker as its president.", "elected", Election},
		{"A boiler of the paper factory exploded on Monday.", "exploded", Accident},
		{"The cooling tower of a fertilizer plant exploded on Monday.", "exploded", Accident},
		{"A roadside bomb exploded near an army convoy on Monday.", "exploded", Attack},
		{"Norland dispatched a deputy premier to Moscow on Monday for talks on gas.", "dispatched", Visit},
		{"Norland sent a trade delegation to Moscow on Monday.", "sent", Visit},
		{"Soldiers held a ceremony in memory of the fallen on Monday.", "ceremony", Funeral},
		{"The prize ceremony took place in Oslo on Monday.", "ceremony", ""},
	} {
		if got := triggerType(t, c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q typed %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestCeremonyTitle checks that a ceremony for the dead is titled as the
// ceremony its sentence tells, not as a funeral ("Soldiers hold
// ceremony"; data/headlines.yaml nouns).
func TestCeremonyTitle(t *testing.T) {
	text := "Soldiers held a ceremony in memory of the fallen."
	got := ofType(Extract(parsed(t, text)), Funeral)
	if len(got) != 1 || got[0].Title != "Soldiers hold ceremony" {
		t.Errorf("%q: got %v (%q), want one funeral titled %q", text, summary(got), titlesOf(got), "Soldiers hold ceremony")
	}
}

// titlesOf returns the titles of ms.
func titlesOf(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Title)
	}
	return out
}

// TestSentToTitle checks that the title of a visit told by sending names
// the place the one sent goes "to", as the sentence does, not "in"
// (headphrase.go, place); an arrival keeps "in".
func TestSentToTitle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Turkey sent a trade delegation to Moscow.", "Turkey sends trade delegation to Moscow"},
		{"Putin arrived in Ankara.", "Putin arrives in Ankara"},
	} {
		got := ofType(Extract(parsed(t, c.text)), Visit)
		if len(got) != 1 || got[0].Title != c.want {
			t.Errorf("%q: got %q, want one visit titled %q", c.text, titlesOf(got), c.want)
		}
	}
}

// TestClashHarm checks that an injury told in the course of a crowd's
// clash takes the clash's type, so that the two are one happening, while
// deaths in it stay a killing and an injury in an armed attack stays
// one.
func TestClashHarm(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type
	}{
		{"Several policemen were injured during clashes with protesters near the stadium.", "injured", Protest},
		{"Several policemen were killed during clashes with protesters near the stadium.", "killed", Killing},
		{"Several soldiers were wounded in a rocket attack on their base.", "wounded", Killing},
	} {
		if got := triggerType(t, c.text, c.trigger); got != c.want {
			t.Errorf("%q: %q typed %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
