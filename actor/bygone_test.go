package actor

import "testing"

// TestBygoneState: a dissolved state's name after a bygone word
// (lexicon.yaml bygone_words) names no state in a document dated after
// its end (countries.yaml dissolved); alone, or before the end, it does.
func TestBygoneState(t *testing.T) {
	for _, c := range []struct {
		text, date string
		want       bool // country:SUN among the mentions
	}{
		{"Leaders of the former Soviet republics met in Zemblagrad on Monday.", "2006-11-07", false},
		{"The ex-Soviet state of Zembla signed a deal on Monday.", "2006-11-07", false},
		{"Soviet troops crossed the border on Monday.", "1979-12-27", true},
		{"The Soviet Union signed a treaty on Monday.", "2006-11-07", true},
	} {
		got := false
		for _, m := range documentOn(t, NewResolver(defaultGazetteer(t)), c.text, c.date) {
			if m.ActorID == "country:SUN" || m.Affiliation == "country:SUN" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q (%s): Soviet Union named %v, want %v", c.text, c.date, got, c.want)
		}
	}
}
