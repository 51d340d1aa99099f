package actor

import "testing"

// TestHeadOfBody checks that "the BODY chief" with no name after it is the
// person the document named before as of that body, and stays the body
// when that person only speaks for it or when nobody was named so.
func TestHeadOfBody(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"the body's head named before", "UN Secretary-General Kofi Annan spoke on Monday. The UN chief voiced regrets about the vote.",
			[]want{{Text: "UN", ID: "person:kofi-annan", Affil: "org:un"}}, nil},
		{"a spokesman is no head", "UN spokesman Ravi Tarn spoke on Monday. The UN chief voiced regrets about the vote.",
			[]want{{Text: "UN", ID: "org:un"}}, nil},
		{"nobody named as of the body", "The UN chief voiced regrets about the vote.",
			[]want{{Text: "UN", ID: "org:un"}}, nil},
	})
}
