package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestMergeDescribedThenNamed: a story that first describes a person ("a
// Chilean woman was convicted") and then names her ("Ana Reyes was
// convicted") tells one verdict; two described groups, or a described
// one and a named person in two documents, stay apart, and so do a
// described person and a named one of another country or role.
func TestMergeDescribedThenNamed(t *testing.T) {
	verdict := func(doc string, sent int, target string) event.Mention {
		m := mention(doc, sent, event.Verdict, "2025-03-20", "country:USA")
		m.Participants = append(m.Participants, event.Participant{ActorID: target, Role: event.Target})
		return m
	}
	judge := func(doc string, sent int, target string) event.Mention { // the person named as the counterpart
		m := mention(doc, sent, event.Verdict, "2025-03-20", "country:USA")
		m.Participants = append(m.Participants, event.Participant{ActorID: "agent:CHL:court", Role: event.Target}, event.Participant{ActorID: target, Role: event.Counterpart})
		return m
	}
	for _, c := range []struct {
		name string
		ms   []event.Mention
		want int
	}{
		{"described then named", []event.Mention{verdict("a", 0, "agent:CHL:woman"), verdict("a", 1, "person:ana-reyes")}, 1},
		{"a group is no one person", []event.Mention{verdict("a", 0, "agent:CHL:nationals"), verdict("a", 1, "person:ana-reyes")}, 2},
		{"two documents", []event.Mention{verdict("a", 0, "agent:CHL:woman"), verdict("c", 1, "person:ana-reyes")}, 2},
		{"a person of another country", []event.Mention{verdict("a", 0, "agent:CHL:woman"), verdict("a", 1, "person:kim")}, 2},
		{"a person of the agent's country", []event.Mention{verdict("a", 0, "agent:PRK:man"), verdict("a", 1, "person:kim")}, 1},
		{"another role", []event.Mention{verdict("a", 0, "agent:CHL:woman"), judge("a", 1, "person:ana-reyes")}, 2},
	} {
		got := summary(Merge(c.ms, opts()))
		if len(got) != c.want {
			t.Errorf("%s: %d events %v, want %d", c.name, len(got), got, c.want)
		}
	}
}

// TestDescribedGivesWay: the merged event keeps the named person, not the
// description of the same role beside it; a described person alone stays,
// and so does one of another country than the named person.
func TestDescribedGivesWay(t *testing.T) {
	target := func(sent int, id string) event.Mention {
		m := mention("a", sent, event.Verdict, "2025-03-20", "country:USA")
		m.Participants = append(m.Participants, event.Participant{ActorID: id, Role: event.Target})
		return m
	}
	for _, c := range []struct {
		name string
		ms   []event.Mention
		want string
	}{
		{"named wins", []event.Mention{target(0, "agent:CHL:woman"), target(1, "person:ana-reyes")}, "person:ana-reyes"},
		{"described alone", []event.Mention{target(0, "agent:CHL:woman")}, "agent:CHL:woman"},
	} {
		evs := Merge(c.ms, opts())
		if len(evs) != 1 {
			t.Fatalf("%s: %d events", c.name, len(evs))
		}
		var targets []string
		for _, p := range evs[0].Participants {
			if p.Role == string(event.Target) {
				targets = append(targets, p.Actor)
			}
		}
		if len(targets) != 1 || targets[0] != c.want {
			t.Errorf("%s: targets %v, want [%s]", c.name, targets, c.want)
		}
	}
	// Merged for other reasons, a described person of another country
	// than the named one stays beside him.
	var items []*item
	for i, id := range []string{"agent:CHL:woman", "person:kim"} {
		m := target(i, id)
		items = append(items, &item{m: &m})
	}
	if got := participantsOf(items, opts().Affiliation); len(got) != 3 {
		t.Errorf("another country: participants %v, want the woman, Kim and the location", got)
	}
}
