package event

import "testing"

// TestTitleSaidClause checks that a statement or a warning whose clause a
// headline can say is titled with it: an infinitive complement, a nested
// clause with a predicate and no verb, a "that" clause the parse hangs on
// the verb as an adverbial clause, and a small clause's object with its
// predicate.
func TestTitleSaidClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin warned, however, that China refused to recognise foreign passports.", "warned", "Putin warns China refuses to recognise foreign passports"},
		{"Putin declared that the bombing showed the government was not in charge.", "declared", "Putin declares bombing shows government not in charge"},
		{"Putin declared Saturday a public holiday.", "declared", "Putin declares Saturday public holiday"},
		// a small clause naming people stays the type's phrase
		{"Putin declared him a traitor.", "declared", "Putin issues statement"},
	})
}
