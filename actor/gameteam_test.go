package actor

import "testing"

// TestGameTeam: a run of unknown capitalized words ending in a team's
// plural is a team when it is a side of a game told with its score
// (gameTeam): its city may be one the gazetteer does not know or spells
// in two words ("Los Angeles"); without a score it stays undecided, and
// a person's name beside a score stays a person.
func TestGameTeam(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "winner", text: "The Oberton Lakers beat the Knicks 97-92 on Monday.",
			wants: []want{{Text: "Oberton Lakers", ID: "org:oberton-lakers"}}},
		{name: "two-word city", text: "The Knicks lost 97-92 to the Los Angeles Clippers on Monday.",
			wants: []want{{Text: "Los Angeles Clippers", ID: "org:los-angeles-clippers"}}},
		{name: "no score", text: "The Oberton Lakers signed a new coach on Monday.",
			absent: []string{"Oberton Lakers"}},
		{name: "person", text: "John Mallory beat Tom Hargreaves 6-3 on Monday.",
			wants: []want{{Text: "John Mallory", ID: "person:john-mallory"}}},
	})
}
