package actor

import "testing"

// TestMarketSide: a name no actor is known by, right before a market verb
// with a figure after it (digits or a count in words), is the company whose
// shares moved (marketSide); a word of the language, a possessed measure
// and a name with no figure after its verb stay no actor.
func TestMarketSide(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "a share's move", text: "Among the banks, Borvex rose 9 cents to 4.10 dollars on Monday.",
			wants: []want{{Text: "Borvex", ID: "org:borvex"}}},
		{name: "a later clause of a list", text: "Acme Holdings fell 3 yen, and Quellit climbed 21 yen to 818.",
			wants: []want{{Text: "Quellit", ID: "org:quellit"}}},
		{name: "a name of two words", text: "Among steel makers, Korvan Metals shed 11 yen to 399 on Monday.",
			wants: []want{{Text: "Korvan Metals", ID: "org:korvan-metals"}}},
		{name: "a figure in words", text: "Among the banks, Borvex rose one cent to 4.10 dollars on Monday.",
			wants: []want{{Text: "Borvex", ID: "org:borvex"}}},
		{name: "a common word", text: "Gold fell 3 dollars to 610 dollars an ounce on Monday.",
			absent: []string{"Gold"}},
		{name: "a possessed measure", text: "In 2004, Velnia's GDP rose 9.3 percent.",
			absent: []string{"GDP"}},
		{name: "no figure", text: "Borvex rose sharply on Monday.",
			absent: []string{"Borvex"}},
	})
}
