package actor

import "testing"

// TestLocalBodies checks the rule of localBody on made-up text: a place's
// name before a body word, a level between them or not, names that body,
// an organization of its own; a level word, or a common word, opening the
// sentence names none ("Security authorities": no place's); and a second
// document's bare body word is never that body.
func TestLocalBodies(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a place and a body", "The Qinghe government on Monday ordered all mills to close.",
			[]want{{Text: "Qinghe government", ID: "org:qinghe-government"}}, nil},
		{"a level between", "The Qinghe provincial authorities closed three mills.",
			[]want{{Text: "Qinghe provincial authorities", ID: "org:qinghe-provincial-authorities"}}, nil},
		{"a level opening the sentence", "Local authorities closed three mills.",
			nil, []string{"Local authorities"}},
		{"a common word opening the sentence", "Security authorities closed three mills.",
			nil, []string{"Security authorities"}},
	})
	r := NewResolver(defaultGazetteer(t))
	document(r, "The Qinghe authorities closed three mills.")
	checkMentions(t, "a later document", document(r, "Authorities in the north closed two mills."), nil, []string{"Authorities"})
}
