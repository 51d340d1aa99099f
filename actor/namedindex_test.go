package actor

import "testing"

// TestNamedIndex: a capitalized run before the noun "index", with a number
// or slash-joined runs between or not, is one market index's name; a
// common word opening the sentence is none.
func TestNamedIndex(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"The ZEDEX index of small firms slipped 0.3 percent.", "ZEDEX index", "org:zedex-index"},
		{"The Borsa 30 Index closed at 869 points.", "Borsa 30 Index", "org:borsa-30-index"},
		{"The Kelvar/Ost 20 index rose 0.5 percent.", "Kelvar/Ost 20 index", "org:kelvar-ost-20-index"},
		{"Composite index fell 3 points.", "Composite index", ""},
	})
}
