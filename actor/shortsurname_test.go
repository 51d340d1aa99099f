package actor

import "testing"

// TestShortSurname checks that a surname of three letters or fewer whose
// sound stands for other spellings ("Wei", "Wen") is the person the
// document named before with exactly that word, and that a word merely
// sounding like a name stays nobody ("All" is not "Al").
func TestShortSurname(t *testing.T) {
	checkDocuments(t, []documentCase{
		{"a short surname named before", "Vice Minister Wei Tanlong arrived in Lagos on Monday. Wei told reporters the talks went well.",
			[]want{{Text: "Wei", ID: "person:wei-tanlong"}}, nil},
		{"a word sounding like a given name", "Senator Al Brenner arrived on Monday. All agreed the talks went well.",
			[]want{{Text: "Al Brenner", ID: "person:al-brenner"}}, []string{"All"}},
	})
}
