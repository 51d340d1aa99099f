package pipeline

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/event"
)

// TestCachedNamesChecked checks that a cached analysis made when an actor
// had another canonical name (its titles read that name) is not used.
func TestCachedNamesChecked(t *testing.T) {
	s := &stageAnalyzer{seen: map[string]*tokens{}}
	s.namesOnce.Do(func() {}) // names set by hand below
	s.names = map[string]string{"person:kovacs": "Kovacs"}
	actors := []actor.Mention{{Start: 0, End: 6, Text: "Kovacs", ActorID: "person:kovacs", Kind: actor.Person}}
	c := &cachedAnalyzer{stageAnalyzer: s}
	ms := []event.Mention{{Doc: "a", Title: "Kovacs visits Port City", Participants: []event.Participant{{ActorID: "person:kovacs", Role: event.Agent}}}}
	v := c.encode(nil, ms, s.strs.pack("Kovacs", actors))
	if _, got, ok := c.decode(v); !ok || len(got) != 1 || got[0].Title != ms[0].Title {
		t.Fatalf("decode with the same names: %v %v", got, ok)
	}
	s.names["person:kovacs"] = "Petra Kovacs"
	if _, _, ok := c.decode(v); ok {
		t.Error("an analysis made with another name of its actor was used")
	}
}
