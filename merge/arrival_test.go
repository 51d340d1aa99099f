package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestArrivalApart: an arrival naming no traveller is no part of a
// meeting told at its place on its day in another sentence, but is of
// one told in its sentence; a named traveller's arrival joins the talks
// he holds.
func TestArrivalApart(t *testing.T) {
	o := guardOpts()
	at := func(m event.Mention) event.Mention {
		m.Location = "place:town1"
		m.Participants = append(m.Participants, event.Participant{ActorID: "place:town1", Role: event.Location})
		return m
	}
	talks := at(mention("a", 6, event.Meeting, "2025-03-20", "person:rossi", "person:okafor"))
	arrived := func(sent int, agent string) event.Mention {
		m := at(mention("a", sent, event.Visit, "2025-03-20", agent))
		m.Trigger = "arrived"
		return m
	}
	one := []string{"2025-03-20 meeting a"}
	two := []string{"2025-03-20 meeting a", "2025-03-20 visit a"}
	checkMerges(t, o, []mergeCase{
		{"leaders arrived, the president held talks below: two", []event.Mention{arrived(5, ""), talks}, two},
		{"the envoy, who arrived, held talks in the same sentence: one", []event.Mention{arrived(6, ""), talks}, one},
		{"the guest arrived and held talks: one", []event.Mention{arrived(5, "person:okafor"), talks}, one},
	})
}
