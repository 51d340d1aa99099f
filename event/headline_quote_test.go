package event

import "testing"

// TestTitleQuotedClause checks that a short quotation that is one whole
// statement is told as a reported clause after "says" (quotedClause),
// its first word lower-cased unless a name, and that one holding a
// pronoun (the speaker's or someone else's) or an imperative stays a
// quotation.
func TestTitleQuotedClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{`"The unrest is peaking," the union warned, as it listed raids by gangs in Vellmark.`, "warned", "Union says the unrest is peaking"},
		{`"Don't make me take drastic measures," Petrov warned.`, "warned", `Petrov: "Don't make me take drastic measures"`},
		{`"He will strike back," the group warned, as it listed raids by gangs in Vellmark.`, "warned", `Group: "He will strike back"`},
	})
}
