package actor

import "testing"

// TestPeopleOf: a plural noun for people opening the sentence before "of"
// and a body's name is no word of that name ("Leaders of the Athens Bar
// Association" are the association's people: peopleOf); the body keeps its
// own name, and a name that bears such a noun without a head word after it
// ("Friends of the Earth") or in the middle of a sentence stays whole.
func TestPeopleOf(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"leaders", "Leaders of the Varna Bar Association called for a strike.",
			[]want{{Text: "Varna Bar Association", ID: "org:varna-bar-association"}}, []string{"Leaders of the Varna Bar Association"}},
		{"members", "Members of the Mirola Farmers Union blocked the road.",
			[]want{{Text: "Mirola Farmers Union", ID: "org:mirola-farmers-union"}}, []string{"Members of the Mirola Farmers Union"}},
		{"relatives", "Relatives of the Tarsk Miners Federation marched to the mine.",
			[]want{{Text: "Tarsk Miners Federation", ID: "org:tarsk-miners-federation"}}, nil},
		{"no head", "Friends of the Earth called for a ban.",
			[]want{{Text: "Friends of the Earth", ID: "org:friends-of-the-earth"}}, nil},
	})
}
