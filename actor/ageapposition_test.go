package actor

import "testing"

// TestAgeApposition checks that a run of unknown capitalized words an age
// between commas follows, or an "N-year-old" opens, is a person, even after
// a closing quote, and that a number that is no age names nobody.
func TestAgeApposition(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "after a quote", text: "\"We are tired,\" Oren Vasquel, 44, who was detained in 2001, told reporters on Friday.",
			wants: []want{{Text: "Oren Vasquel", ID: "person:oren-vasquel"}}},
		{name: "before a relative clause", text: "Yet Tamsin Okorafor, 29, who runs a bakery, was fined.",
			wants: []want{{Text: "Tamsin Okorafor", ID: "person:tamsin-okorafor"}}},
		{name: "a count, no age", text: "Yet Velda Marrow, 450, was closed.",
			absent: []string{"Velda Marrow"}},
		{name: "an age before the name", text: "As the first elected, 49-year-old Tarn Vossel broke the mould.",
			wants: []want{{Text: "Tarn Vossel", ID: "person:tarn-vossel"}}},
		{name: "its surname after it", text: "As the first elected, 49-year-old Tarn Vossel broke the mould. Born in 1957, Vossel was elected again.",
			wants: []want{{Text: "Vossel", ID: "person:tarn-vossel"}}},
		{name: "a count before it, no age", text: "Yet the 450-year-old Velda Marrow was closed.",
			absent: []string{"Velda Marrow"}},
	})
}
