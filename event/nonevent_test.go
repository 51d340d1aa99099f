package event

import "testing"

// TestStatesAndRules checks that a state told with "under" (a town under
// siege, a leader under house arrest) and what things of a kind do in a
// clause of a recurring situation ("where two rivers meet", "when shells
// land") are background, no event of their own.
func TestStatesAndRules(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		background    bool
	}{
		{"The port, which is under Somali siege, held a festival.", "siege", true},
		{"The opposition leader remained under house arrest in Harare.", "arrest", true},
		{"The valley lies in a basin where cold winds meet, bringing heavy snow.", "meet", true},
		{"\"It is calmer now than when shells land on the market,\" the mayor said.", "shells", true},
	} {
		m, ok := findMention(parsed(t, tc.text), tc.trigger)
		if !ok {
			if !tc.background {
				t.Errorf("%q: no mention of %q", tc.text, tc.trigger)
			}
			continue
		}
		if m.Background != tc.background {
			t.Errorf("%q: %q background %v, want %v", tc.text, tc.trigger, m.Background, tc.background)
		}
	}
}

// TestStandingStateAndKindSubject checks the tree tests on words that
// pass and words that do not: an accord with its article, an attack a
// convoy came under, a subject with its article, a headline's present.
func TestStandingStateAndKindSubject(t *testing.T) {
	for _, tc := range []struct {
		text, word  string
		state, kind bool
	}{
		{"The port, which is under Somali siege, held a festival.", "siege", true, false},
		{"The minister quit on Friday under an agreement with the unions.", "agreement", false, false},
		{"The convoy came under attack near Kandahar on Monday.", "attack", false, false},
		{"Farmers say that when rebels attack, the army flees.", "attack", false, true},
		{"Farmers say that when the rebels attack, the army flees.", "attack", false, false},
		{"Health experts investigate a new case of bird flu.", "investigate", false, false},
	} {
		s := firstSent(t, tc.text)
		n, ok := s.treeNode(tokenOf(t, s, tc.word))
		if !ok {
			t.Fatalf("%q: no node for %q", tc.text, tc.word)
		}
		if got := s.tr.standingState(n); got != tc.state {
			t.Errorf("%q: standingState(%q) = %v, want %v", tc.text, tc.word, got, tc.state)
		}
		if got := s.tr.kindSubject(n); got != tc.kind {
			t.Errorf("%q: kindSubject(%q) = %v, want %v", tc.text, tc.word, got, tc.kind)
		}
	}
}

// TestSufferedKind checks that violence of a kind "we" or "you" had is
// a kind lived through, no attack (genericViolence), and violence a third
// person had is not.
func TestSufferedKind(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"We had deadly bombings in those years.", true},
		{"The rebels had deadly bombings in those years.", false},
	} {
		s := firstSent(t, tc.text)
		n, ok := s.treeNode(tokenOf(t, s, "bombings"))
		if !ok {
			t.Fatalf("%q: no node", tc.text)
		}
		if got := s.tr.sufferedKind(n, theModality.experience); got != tc.want {
			t.Errorf("%q: sufferedKind = %v, want %v", tc.text, got, tc.want)
		}
		if _, ok := findMention(parsed(t, tc.text), "bombings"); ok == tc.want {
			t.Errorf("%q: bombings mention %v, want %v", tc.text, ok, !tc.want)
		}
	}
}

// TestAheadSettingAndUnconfirmed checks that an infinitive's act set in
// an event still ahead ("registered to vote in the coming polls") is
// planned, not a tensed one, that the election of a forecast turnout is
// ahead (not one whose turnout was praised, nor one a fronted phrase sets
// the scene with), and that a meeting a speaker declined to
// confirm, read by the parse as an existential clause hung on "declined",
// is not asserted.
func TestAheadSettingAndUnconfirmed(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"About two million Kenyans have signed up to vote in the upcoming referendum.", "vote", Planned},
		{"About two million Kenyans voted in the referendum on Sunday.", "voted", Asserted},
		{"The envoy forecast a record turnout in the presidential election.", "election", Hypothetical},
		{"The envoy praised the record turnout in the presidential election.", "election", Asserted},
		{"In the presidential election of 2002, pollsters predicted a landslide.", "election", Asserted},
		{"The premier declined to discuss the rumours or to confirm there had ever been a secret meeting with the rebels last week.", "meeting", Negated},
		{"The mayor refused to answer questions or to confirm there was a private meeting with the strikers in June.", "meeting", Hypothetical},
		{"The mayor refused to discuss the leak or to confirm there had ever been a private meeting with the strikers in June.", "meeting", Negated},
		{"The mayor confirmed there was a private meeting with the strikers in June.", "meeting", Reported},
	})
}

// findMention returns the mention whose trigger is word, if any.
func findMention(in Input, word string) (Mention, bool) {
	for _, m := range Extract(in) {
		if m.Trigger == word {
			return m, true
		}
	}
	return Mention{}, false
}
