package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestVotingUnderWay: polls, polling stations or voting opening or closing,
// ballots cast and an election campaign opened or closed are the election held
// (frame_verbs in data/triggers.yaml); an opinion poll released, a ballot
// or a campaign only named, a bill's voting, is none.
func TestVotingUnderWay(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Polls opened at 8 a.m. on Saturday across the island nation.", "Polls", true},
		{"The polling station shut its doors and closed at dusk on Sunday.", "polling station", true},
		{"Farmers in the highlands cast their ballots on Sunday in a tense vote.", "ballots", true},
		{"The electoral campaign formally opened on Tuesday in the republic.", "electoral campaign", true},
		{"Voting started at dawn on Saturday in the mountain villages.", "Voting", true},
		{"The newest poll published Tuesday put the mayor ahead.", "poll", false},
		{"Voting on the fisheries bill started on Saturday.", "Voting", false},
		{"Delegates chose the speaker by secret ballot.", "ballot", false},
		{"During the election campaign, the mayor toured the docks.", "election campaign", false},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Trigger == tc.trigger && m.Type == Election {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: election at %q %v, want %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestFrameVerbFuture: a modal or a negation on the verb of a noun's own
// frame is the event's ("polls will be closed at noon": planned), as on
// an occurrence verb (ownFrameVerb).
func TestFrameVerbFuture(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"Polls will be closed at noon in the northern provinces.", "Polls", Planned},
		{"Fishermen will cast their ballots next week in the coastal towns.", "ballots", Planned},
		{"A seminar on desert farming will be opened by the minister.", "seminar", Planned},
		{"Many herders did not cast ballots because of the snow.", "ballots", Negated},
		{"Polls closed at noon in the northern provinces.", "Polls", Asserted},
		{"Voting will end at dusk in the mountain villages.", "Voting", Planned},
	})
}

// TestFrameVerbDayInItsExpression: a day that is the first word of a
// longer time ("Sunday morning", "Sunday" hung on "morning") dates the
// frame verb the expression's head hangs on (gatheringTime, timeHungOn).
func TestFrameVerbDayInItsExpression(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, when, want string
	}{
		{"Herders in the valley started casting their ballots Sunday morning in a vote for a new council.", "ballots", "Sunday morning", "2024-06-16TMO"},
	} {
		m := find(t, parsed(t, tc.text, tx{tc.when, timex.Date, tc.want, true}), tc.trigger)
		if m.Time == nil || m.Time.Value != tc.want {
			t.Errorf("%q: %q dated %v, want %s", tc.text, tc.trigger, m.Time, tc.want)
		}
	}
}
