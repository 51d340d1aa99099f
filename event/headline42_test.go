package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleDescribedNounOfPhrase checks that an object noun only
// adjectives describe keeps its "of" phrase, as a bare noun does ("praised
// the orderly conduct of the poll" → "praises orderly conduct of poll"),
// within maxModifiedOfWords; a noun a number counts or a compound names
// stays as it was.
func TestTitleDescribedNounOfPhrase(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The farmers union strongly protested the unfair treatment of the rural towns on Monday.", "protested", "Farmers union protests unfair treatment of rural towns"},
		{"The election board praised the orderly conduct of the poll on Sunday.", "praised", "Election board praises orderly conduct of poll"},
		{"Customs officers seized a huge haul of rifles on Friday.", "seized", "Customs officers seize huge haul of rifles"},
	})
}

// TestTitleNounThatClause checks that an object noun whose "that" clause
// says what it holds keeps that clause, as a reported clause is told
// ("denied reports that the deal was close" → "denies reports deal is
// close"), while a relative clause's "that" adds nothing.
func TestTitleNounThatClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The navy ruled out the idea that the helicopter was shot down by rebels.", "ruled out", "Navy rules out idea helicopter shot down by rebels"},
		{"Police are investigating claims that posts in the cabinet were sold in return for donations.", "investigating", "Police investigate claims posts in cabinet sold in return for donations"},
		{"The minister praised the four proposals that the union put forward on Monday.", "praised", "Minister praises four proposals"},
	})
}

// TestTitleTornReport checks that a verb of saying whose reported clause
// the parse tears, its subject read as the verb's object and its verb as a
// clause with no subject, says the clause in its own words, never the
// bare object ("says outcome of trial").
func TestTitleTornReport(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland government", "org:norland-government", actor.Organization, false},
	}, []headlineCase{
		{"The Norland government said Monday the result of the vote could lead to a full audit of the port contracts.", "said", "Norland government says result of vote could lead to full audit"},
	})
}
