package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

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

// TestTitleNounThatClause checks that an object noun whose "that" clause
// says what it holds keeps that clause, as a reported clause is told
// ("denied reports that the deal was close" → "denies reports deal is
// close"), while a relative clause's "that" adds nothing.
func TestTitleNounThatClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The defense ministry has ruled out the possibility that the helicopter was shot down by rebels.", "ruled out", "Defense ministry rules out possibility helicopter shot down by rebels"},
		{"Police are investigating claims that seats in the senate were offered in return for loans.", "investigating", "Police investigate claims seats offered in return"},
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
