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
		{name: "a level and a direction", text: "Among the banks, Borvex closed unchanged at 1,240 pesos on Monday.",
			wants: []want{{Text: "Borvex", ID: "org:borvex"}}},
		{name: "a copula and a direction", text: "Among the banks, Quellit was up 310 pesos at 5,120 pesos.",
			wants: []want{{Text: "Quellit", ID: "org:quellit"}}},
		{name: "a level verb with no direction", text: "Among the banks, Borvex closed 3 branches on Monday.",
			absent: []string{"Borvex"}},
		{name: "a measure after the article", text: "In March, the CPX was up 0.7 percent on the year.",
			absent: []string{"CPX"}},
		{name: "a bank's name", text: "Among the banks, Bank Halvo was up 310 pesos at 5,120 pesos.",
			wants: []want{{Text: "Bank Halvo", ID: "org:bank-halvo"}}},
		{name: "a direction with no figure", text: "Among the banks, Quellit was up early on Monday.",
			absent: []string{"Quellit"}},
	})
}
