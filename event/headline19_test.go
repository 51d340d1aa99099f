package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSaidTo checks that whom a speaker tells ("told reporters",
// "told the Daily Courier") and a place the parse takes for the object
// of "said" ("said in Bergen") are never what the title says was said,
// while one told to act keeps the act ("told Norland to pull out").
func TestTitleSaidTo(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Daily Courier", "org:daily-courier", actor.Organization, false},
		{"Bergen", "place:bergen", actor.Place, true},
	}, []headlineCase{
		{"The new dam will open in May, Karl Brenner told the Daily Courier on Monday.", "told", "Karl Brenner says dam will open in May"},
		{"Karl Brenner told reporters on Monday that the dam would open in May.", "told", "Karl Brenner says dam will open in May"},
		{"The dam is the largest in the country, Karl Brenner said in Bergen on Monday.", "said", "Karl Brenner says dam is largest in country"},
		{"Karl Brenner told Norland to pull out its troops.", "told", "Karl Brenner says Norland to pull out troops"},
	})
}
