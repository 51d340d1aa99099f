package actor

import "testing"

// TestGameSide: a one-word name beside a game verb, or after a game noun
// and its preposition, in a sentence that writes the score is a team: not
// the district or nobody; a state stays the state, a player named in full
// stays a person, and a modifier before a team noun is no side; a team
// noun ("hosts") or a lower-case modifier ("lowly") may stand between the
// game's word and the name, and a name before a verb of a side's standing
// (side_verbs) whose clause writes a score before a game noun is a team,
// and so is one given "a 1-0 win".
func TestGameSide(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "subject and object", text: "Harwick beat Dunmore 2-1 on Saturday.",
			wants: []want{{Text: "Harwick", ID: "org:harwick"}, {Text: "Dunmore", ID: "org:dunmore"}}},
		{name: "noun and marker", text: "Oldfield climbed to third after a 3-0 win over Brackley on Sunday.",
			wants: []want{{Text: "Brackley", ID: "org:brackley"}}},
		{name: "split score", text: "Kelsby lost 2 - 0 to Marwood at home.",
			wants: []want{{Text: "Kelsby", ID: "org:kelsby"}, {Text: "Marwood", ID: "org:marwood"}}},
		{name: "the", text: "Harwick beat the Kestrels 101-99 on Sunday.",
			wants: []want{{Text: "Kestrels", ID: "org:kestrels"}}},
		{name: "possessive", text: "Bale was sent off during Harwick's 1-0 away win at Dunmore on Sunday.",
			wants: []want{{Text: "Harwick", ID: "org:harwick"}}},
		{name: "state", text: "Japan beat China 2-1 in Doha.",
			wants: []want{{Text: "Japan", ID: "country:JPN"}, {Text: "China", ID: "country:CHN"}}},
		{name: "no score", text: "Harwick beat Dunmore in the vote.",
			absent: []string{"Harwick", "Dunmore"}},
		{name: "team noun", text: "Harwick beat Tuscan rivals Dunmore 1-0.",
			absent: []string{"Tuscan"}},
		{name: "title noun", text: "Underdog Harwick stunned Asian champion Dunmore 68-60 on Saturday.",
			absent: []string{"Asian"}},
		{name: "player", text: "Tamsin Kelsby reached the final. Kelsby won 6-4, 6-3.",
			absent: []string{"Kelsby"}},
		{name: "after team noun", text: "Harwick beat hosts Dunmore 1-0 on Saturday.",
			wants: []want{{Text: "Dunmore", ID: "org:dunmore"}}},
		{name: "after modifier", text: "Harwick stayed top with a 31-7 victory over lowly Dunmore.",
			wants: []want{{Text: "Dunmore", ID: "org:dunmore"}}},
		{name: "side verb", text: "Harwick moved closer to the top of the table with a 24-17 victory over Dunmore.",
			wants: []want{{Text: "Harwick", ID: "org:harwick"}}},
		{name: "side verb, no score", text: "Harwick moved closer to the top of the table on Sunday.",
			absent: []string{"Harwick"}},
		{name: "given", text: "A late header gave Dunmore a 2-0 away win over Harwick.",
			wants: []want{{Text: "Dunmore", ID: "org:dunmore"}}},
		{name: "given, no game", text: "The court gave Dunmore a 1-0 home advantage in the case.",
			absent: []string{"Dunmore"}},
		{name: "side verb, other clause", text: "Harwick moved up, and Dunmore recorded a 2-1 win at home.",
			absent: []string{"Harwick"}},
	})
}

// TestNamesakeSide: a one-word name the gazetteer knows as a person's
// surname is a team when it is a side of a game and the article never
// named that person, though an earlier article of the build did (the
// resolver, shared by the build, would read the surname as that person);
// named in full in the article, it stays the person.
func TestNamesakeSide(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "person named", text: "John Bolton watched the final. Harwick beat Bolton 1-0 on Saturday.",
			wants: []want{{Text: "Bolton", ID: "person:john-bolton"}}},
	})
	r := NewResolver(defaultGazetteer(t))
	document(r, "John Bolton spoke to reporters on Monday.")
	checkMentions(t, "club, the person named by an earlier article", document(r, "Harwick beat hosts Bolton 1-0 on Saturday."),
		[]want{{Text: "Bolton", ID: "org:bolton"}}, nil)
}
