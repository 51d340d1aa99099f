package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestTitleOfPrefersHeadline checks that a merged event keeps a title of
// more than one word over a bare noun, even from a poorer mention, and
// otherwise the richest mention's title.
func TestTitleOfPrefersHeadline(t *testing.T) {
	bare := &item{m: &event.Mention{Type: event.Verdict, Title: "Verdict", Location: "place:x",
		Participants: []event.Participant{{ActorID: "person:a", Role: event.Target}}}}
	head := &item{m: &event.Mention{Type: event.Verdict, Title: "Three sentenced"}}
	rich := &item{m: &event.Mention{Type: event.Verdict, Title: "Court sentences A in X", Location: "place:x",
		Participants: []event.Participant{{ActorID: "person:a", Role: event.Target}}}}
	for _, c := range []struct {
		items []*item
		want  string
	}{
		{[]*item{bare, head}, "Three sentenced"},
		{[]*item{head, bare}, "Three sentenced"},
		{[]*item{head, rich, bare}, "Court sentences A in X"},
		{[]*item{bare}, "Verdict"},
	} {
		if got := titleOf(c.items, event.Verdict); got != c.want {
			t.Errorf("titleOf = %q, want %q", got, c.want)
		}
	}
}
