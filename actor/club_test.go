package actor

import "testing"

// TestClubName: a run of capitalized words opened by a club word
// (data/lexicon.yaml, club_prefixes) is one organization, not a person,
// nor the town it holds; a run whose rest is in capitals is no club.
func TestClubName(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "town club", text: "Hertha Berlin lost 2-0 to Dynamo Kiev on Sunday.",
			wants:  []want{{Text: "Hertha Berlin", ID: "org:hertha-berlin"}, {Text: "Dynamo Kiev", ID: "org:dynamo-kiev"}},
			absent: []string{"Berlin", "Kiev"}},
		{name: "unknown town", text: "VfL Oberstadt beat Real Valdemoro 3-1.",
			wants: []want{{Text: "VfL Oberstadt", ID: "org:vfl-oberstadt"}, {Text: "Real Valdemoro", ID: "org:real-valdemoro"}}},
		{name: "short form", text: "Hertha Berlin beat Hansa Oberstadt on Sunday. Hertha now lead the table.",
			wants: []want{{Text: "Hertha", ID: "org:hertha-berlin"}, {Text: "Hansa Oberstadt", ID: "org:hansa-oberstadt"}}},
		{name: "suffix alone", text: "Harwick United boss Tom Bale spoke on Tuesday. Bale wants United to build on the win.",
			wants: []want{{Text: "United", ID: "org:harwick-united"}}},
		{name: "suffix head", text: "Inverbrae Caledonian Thistle lost to Harwick on Tuesday.",
			wants: []want{{Text: "Inverbrae Caledonian Thistle", ID: "org:inverbrae-caledonian-thistle"}}},
		{name: "sentence adverb", text: "Elsewhere Borussia Oberstadt recorded a 1-0 win.",
			wants: []want{{Text: "Borussia Oberstadt", ID: "org:borussia-oberstadt"}}},
		{name: "club word and town", text: "Club Oberstadt lost 2-1 to Sparta Prague.",
			wants:  []want{{Text: "Club Oberstadt", ID: "org:club-oberstadt"}, {Text: "Sparta Prague", ID: "org:sparta-prague"}},
			absent: []string{"Prague"}},
		{name: "capitals", text: "Real GDP grew by 3 percent in Spain.",
			absent: []string{"Real GDP"}},
	})
}
