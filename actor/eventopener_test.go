package actor

import "testing"

// TestEventOpeners checks that a capitalized run opened by a word of
// event_openers ("Operation") is a named operation, no actor, even when a
// place or country stands inside it; a known body of that shape stays one.
func TestEventOpeners(t *testing.T) {
	checkDocuments(t, []documentCase{
		{name: "a capital inside", text: "Two officers were charged over Operation Nairobi last year.",
			absent: []string{"Nairobi", "Operation Nairobi"}},
		{name: "a demonym inside", text: "The navy began Operation Kenyan Shield on Tuesday.",
			absent: []string{"Kenyan", "Operation Kenyan Shield"}},
		{name: "a known body", text: "The Operation Smile charity said it would help.",
			wants: []want{{Text: "Operation Smile", ID: "org:operation-smile"}}},
	})
}
