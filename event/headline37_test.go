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
