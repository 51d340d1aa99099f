package actor

import "testing"

// TestNameNouns checks that a noun of name_nouns, which WordNet lacks
// or reads as an adjective or a thing, before an unknown name makes it a person's
// (afterPersonNoun), without the name finder.
func TestNameNouns(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a sports position", "Last year the club's midfielder Tobin Varessa was suspended for a month.",
			[]want{{Text: "Tobin Varessa", ID: "person:tobin-varessa"}}, nil},
		{"an activist", "On Monday police detained activist Marla Quenby in the capital.",
			[]want{{Text: "Marla Quenby", ID: "person:marla-quenby"}}, nil},
		{"a counterpart after a demonym", "The minister met his Danish counterpart Orvel Tanmark on Monday.",
			[]want{{Text: "Orvel Tanmark", ID: "person:orvel-tanmark"}}, nil},
	})
}
