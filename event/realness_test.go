package event

import "testing"

// TestPlannedPassiveNearlyDone checks the modality rules of the real32
// session on made-up sentences: a passive infinitive right after an
// event noun puts it ahead (aheadPassive) unless the noun is ranked, an
// event rescheduled is ahead, what views are exchanged on is a topic, and
// an act "almost" done is none (nearlyDone), while "nearly" before a
// number counts it.
func TestPlannedPassiveNearlyDone(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"Six parties have signed up for council elections to be held in June.", "elections", Planned},
		{"The party swept the last elections to be held in Ardena, in 1990.", "elections", Asserted},
		{"The minister's visit will be rescheduled for next month, an aide said.", "visit", Planned},
		{"The minister will exchange views with officials on a new fishery pact.", "pact", Hypothetical},
		{"The two governments had almost reached an agreement on the border.", "agreement", Negated},
		{"Nearly 100 people were killed in the clashes on Sunday.", "killed", Asserted},
	})
}

// TestMatchReport checks that a document telling scores, though it
// names no sport, reads play in the words of force as play (gamePlay,
// matchReport), that one whose only figures are a range of days still
// tells an attack, and that one whose only figures are a vote's tallies
// tells no game result (scoreAt).
func TestMatchReport(t *testing.T) {
	match := "Ardena Rovers drew 2-2 with Borduria City on Saturday after leading 1-0. " +
		"Coach Tom Blake said Ardena Rovers stayed calm and kept attacking until the final whistle."
	if ms := ofType(Extract(parsed(t, match)), Attack); len(ms) != 0 {
		t.Errorf("%q: attacks %v, want none", match, summary(ms))
	}
	war := "Troops fought rebels for 2-3 days. " +
		"Police said the rebels were attacking the town of Velna when troops arrived on Saturday."
	if ms := ofType(Extract(parsed(t, war)), Attack); len(ms) == 0 {
		t.Errorf("%q: no attack, want one", war)
	}
	// a vote's tallies are no scores (scoreAt: non_score_units, tally_verbs)
	vote := "Lawmakers voted 60-54 to reject the budget plan. A second motion passed by a 71-41 margin. " +
		"The minister was defeated by rebels of his own party on Monday."
	if ms := ofType(Extract(parsed(t, vote)), SportResult); len(ms) != 0 {
		t.Errorf("%q: sport results %v, want none", vote, summary(ms))
	}
}
