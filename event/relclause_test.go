package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestRelativeClauseVerbScope checks that a time inside a relative
// clause opened after a comma by a relative pronoun and its verb (",
// who arrived in Ankara on Monday,") dates that verb only, not the main
// clause's event, whatever the parse makes of the clauses (the test DCT,
// 2024-06-20, is a Thursday).
func TestRelativeClauseVerbScope(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	checkDating(t, []datingCase{
		{"\"We find it very useful,\" Erdogan, who arrived in the capital Ankara on Monday for a state visit, told a joint news conference with Putin after their talks.",
			[]tx{d("Monday", "2024-06-17")}, "news conference", "", Publication},
		{"\"We find it very useful,\" Erdogan, who arrived in the capital Ankara on Monday for a state visit, told a joint news conference with Putin after their talks.",
			[]tx{d("Monday", "2024-06-17")}, "arrived", "2024-06-17", Relative},
	})
}

// TestSubjectRelativeClause: a name in a relative clause of a subject
// noun that names no actor is that clause's, no part of the subject.
func TestSubjectRelativeClause(t *testing.T) {
	checkRoles(t, []roleCase{
		{"The founder of the gang who has urged youths to avoid the rebels has been arrested several times.", "arrested", ""},
	})
}
