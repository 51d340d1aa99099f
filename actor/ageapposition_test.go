package actor

import "testing"

// TestAgeApposition checks that a run of unknown capitalized words an age
// between commas follows is a person, even after a closing quote, and that
// a number that is no age names nobody.
func TestAgeApposition(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "after a quote", text: "\"We are tired,\" Oren Vasquel, 44, who was detained in 2001, told reporters on Friday.",
			wants: []want{{Text: "Oren Vasquel", ID: "person:oren-vasquel"}}},
		{name: "before a relative clause", text: "Yet Tamsin Okorafor, 29, who runs a bakery, was fined.",
			wants: []want{{Text: "Tamsin Okorafor", ID: "person:tamsin-okorafor"}}},
		{name: "a count, no age", text: "Yet Velda Marrow, 450, was closed.",
			absent: []string{"Velda Marrow"}},
	})
}
