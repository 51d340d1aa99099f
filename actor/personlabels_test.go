package actor

import "testing"

// TestPersonLabels checks that a party or creed word before a person's
// name that only the Phoenix dictionary knows (person_labels) leaves the
// name the person's, and that the word still opens a body's name.
func TestPersonLabels(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a party label before a known person", "Socialist Lionel Jospin spoke in Lyon on Friday.",
			[]want{{Text: "Lionel Jospin", ID: "person:lionel-jospin"}}, []string{"Socialist Lionel Jospin"}},
		{"a creed label in the sentence", "On Friday, Gaullist Lionel Jospin spoke in Lyon.",
			[]want{{Text: "Lionel Jospin", ID: "person:lionel-jospin"}}, nil},
		{"a party label before an unknown person", "On Friday, Republican Tom Kessler met reporters.",
			[]want{{Text: "Tom Kessler", ID: "person:tom-kessler"}}, nil},
		{"the label word in a body's name", "The Socialist Party of Albania met on Friday.",
			nil, []string{"Socialist"}},
	})
}
