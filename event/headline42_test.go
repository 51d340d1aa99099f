package event

import "testing"

// TestTitleDescribedNounOfPhrase checks that an object noun only
// adjectives describe keeps its "of" phrase, as a bare noun does ("hailed
// the smooth running of the vote" → "hails smooth running of vote"),
// within maxModifiedOfWords; a noun a number counts or a compound names
// stays as it was.
func TestTitleDescribedNounOfPhrase(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The farmers union strongly protested the unfair treatment of the rural towns on Monday.", "protested", "Farmers union protests unfair treatment of rural towns"},
		{"The interior ministry hailed the smooth running of the vote on Sunday.", "hailed", "Interior ministry hails smooth running of vote"},
		{"Border guards seized a vast cache of weapons on Friday.", "seized", "Border guards seize vast cache of weapons"},
	})
}
