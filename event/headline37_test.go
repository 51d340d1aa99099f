package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleThatDeterminer checks that a reported clause whose "that" the
// parse reads as its subject's determiner ("warned on Monday that
// parliament could ...", "that parliament" one noun phrase, the clause a
// conjunct of the verb) is still what is said, never "issues warning",
// and that a body of the speaker's own country keeps its own noun
// ("parliament"), no repeat of the speaker's name.
func TestTitleThatDeterminer(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"parliament", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Norland warned on Monday that parliament could halt the ferry licences.", "warned", "Norland warns parliament could halt ferry licences"},
		{"Norland warned that parliament will halt the ferry licences.", "warned", "Norland warns parliament will halt ferry licences"},
	})
}

// TestTitleThatSubjectOnDay checks that a reported clause whose subject
// the parse hangs on the day before it ("warned on Friday that council
// could ...", "that council" read as the day's apposition) still says
// who does it, never "issues warning".
func TestTitleThatSubjectOnDay(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}, []headlineCase{
		{"But senior Norland senator Karl Brenner warned on Friday that parliament could strike back at the new tariffs by blocking the imports of grain.", "warned", "Karl Brenner warns parliament could strike at tariffs"},
	})
}
