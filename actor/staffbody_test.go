package actor

import "testing"

// TestGeneralStaff: "General" before a body's head word ("the General
// Staff", "the Police General Direction") is part of the body's name, no
// general named Staff; a general's name after the title stays a person.
func TestGeneralStaff(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "staff", text: "At a meeting of the army General Staff, Tamsin Okorafor said the report was unfair.",
			absent: []string{"Staff"}},
		{name: "direction", text: "The Ardenian Police General Direction said on Friday that 78 people were held.",
			absent: []string{"Direction"}},
		{name: "a general", text: "General Oren Vasquel said on Friday that 78 people were held.",
			wants: []want{{Text: "Oren Vasquel", ID: "person:oren-vasquel"}}},
	})
}
