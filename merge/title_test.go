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

// TestTitleOfSurerTrigger checks that of two headlines of one sentence the
// surer trigger's stands, even when the other mention is richer, and that
// a surer mention of another sentence does not.
func TestTitleOfSurerTrigger(t *testing.T) {
	wounded := &item{m: &event.Mention{Doc: "d", Sentence: 1, Type: event.Killing, Title: "Five others wounded in X",
		Confidence: 0.6, Location: "place:x", Participants: []event.Participant{{ActorID: "country:a", Role: event.Target}}}}
	killed := &item{m: &event.Mention{Doc: "d", Sentence: 1, Type: event.Killing, Title: "Four militants killed", Confidence: 1}}
	bare := &item{m: &event.Mention{Doc: "d", Sentence: 1, Type: event.Killing, Title: "Killing", Confidence: 1}}
	other := &item{m: &event.Mention{Doc: "d", Sentence: 2, Type: event.Killing, Title: "Two men killed", Confidence: 1}}
	for _, c := range []struct {
		items []*item
		want  string
	}{
		{[]*item{wounded, killed}, "Four militants killed"},
		{[]*item{killed, wounded}, "Four militants killed"},
		{[]*item{wounded, bare}, "Five others wounded in X"},
		{[]*item{wounded, other}, "Five others wounded in X"},
	} {
		if got := titleOf(c.items, event.Killing); got != c.want {
			t.Errorf("titleOf = %q, want %q", got, c.want)
		}
	}
}

// TestTitleOfSpecific checks that a headline naming its agent in its own
// words stands over one in its type's phrase, even from a poorer mention,
// and that an agentless noun phrase does not.
func TestTitleOfSpecific(t *testing.T) {
	a := []event.Participant{{ActorID: "person:a", Role: event.Agent}}
	generic := &item{m: &event.Mention{Type: event.Election, Title: "A holds election", Location: "place:x",
		Participants: append(a, event.Participant{ActorID: "place:x", Role: event.Location})}}
	specific := &item{m: &event.Mention{Type: event.Election, Title: "A wins re-election", Participants: a}}
	noun := &item{m: &event.Mention{Type: event.Election, Title: "Legislative elections"}}
	for _, c := range []struct {
		items []*item
		want  string
	}{
		{[]*item{generic, specific}, "A wins re-election"},
		{[]*item{specific, generic}, "A wins re-election"},
		{[]*item{generic, noun}, "A holds election"},
	} {
		if got := titleOf(c.items, event.Election); got != c.want {
			t.Errorf("titleOf = %q, want %q", got, c.want)
		}
	}
}

// TestTitleOfOtherType checks that an event whose mentions of its type
// are all bare nouns takes a headline of another type it merged, and only
// then.
func TestTitleOfOtherType(t *testing.T) {
	bare := &item{m: &event.Mention{Type: event.Attack, Title: "Bombing"}}
	killed := &item{m: &event.Mention{Type: event.Killing, Title: "A killed",
		Participants: []event.Participant{{ActorID: "person:a", Role: event.Target}}}}
	head := &item{m: &event.Mention{Type: event.Attack, Title: "Bombing in X"}}
	for _, c := range []struct {
		items []*item
		want  string
	}{
		{[]*item{bare, killed}, "A killed"},
		{[]*item{bare, killed, head}, "Bombing in X"},
		{[]*item{bare}, "Bombing"},
	} {
		if got := titleOf(c.items, event.Attack); got != c.want {
			t.Errorf("titleOf = %q, want %q", got, c.want)
		}
	}
}

// TestTitleOfSurerSameTier checks that a mention of the same sentence a
// little surer does not replace the best title.
func TestTitleOfSurerSameTier(t *testing.T) {
	a := []event.Participant{{ActorID: "person:a", Role: event.Agent}, {ActorID: "person:b", Role: event.Counterpart}}
	discuss := &item{m: &event.Mention{Doc: "d", Sentence: 1, Type: event.Meeting, Title: "A and B discuss trade",
		Confidence: 0.8, Participants: a}}
	noun := &item{m: &event.Mention{Doc: "d", Sentence: 1, Type: event.Meeting, Title: "Meeting with B", Confidence: 1,
		Participants: a[1:]}}
	if got := titleOf([]*item{discuss, noun}, event.Meeting); got != "A and B discuss trade" {
		t.Errorf("titleOf = %q, want %q", got, "A and B discuss trade")
	}
}

// TestTitleOfOutvotedAgent checks that a title whose agent the merged
// event holds as its target gives way to a title of more than one word
// without one, but not to a bare noun.
func TestTitleOfOutvotedAgent(t *testing.T) {
	target := []event.Participant{{ActorID: "person:b", Role: event.Target}}
	first := &item{m: &event.Mention{Doc: "d", Sentence: 1, Type: event.Appeal, Title: "B urged", Participants: target}}
	wrong := &item{m: &event.Mention{Doc: "d", Sentence: 2, Type: event.Appeal, Title: "B urges community to help",
		Participants: []event.Participant{{ActorID: "person:b", Role: event.Agent}}}}
	bare := &item{m: &event.Mention{Doc: "d", Sentence: 1, Type: event.Appeal, Title: "Appeal", Participants: target}}
	for _, c := range []struct {
		items []*item
		want  string
	}{
		{[]*item{first, wrong}, "B urged"},
		{[]*item{bare, wrong}, "B urges community to help"},
		// agreeing votes: the agent stands
		{[]*item{wrong, first, wrong}, "B urges community to help"},
	} {
		if got := titleOf(c.items, event.Appeal); got != c.want {
			t.Errorf("titleOf = %q, want %q", got, c.want)
		}
	}
}

// TestTitleOfCounterpartAgent checks that an agent the merged event holds
// as its counterpart keeps its title's rank: the sides of talks change
// places.
func TestTitleOfCounterpartAgent(t *testing.T) {
	both := &item{m: &event.Mention{Doc: "d", Sentence: 1, Type: event.Meeting, Title: "A and B discuss trade",
		Participants: []event.Participant{{ActorID: "person:a", Role: event.Agent}, {ActorID: "person:b", Role: event.Agent}}}}
	one := &item{m: &event.Mention{Doc: "d", Sentence: 2, Type: event.Meeting, Title: "Meeting with B",
		Participants: []event.Participant{{ActorID: "person:b", Role: event.Counterpart}}}}
	other := &item{m: &event.Mention{Doc: "d", Sentence: 3, Type: event.Meeting, Title: "Talks with B",
		Participants: []event.Participant{{ActorID: "person:b", Role: event.Counterpart}}}}
	if got := titleOf([]*item{one, both, other}, event.Meeting); got != "A and B discuss trade" {
		t.Errorf("titleOf = %q, want %q", got, "A and B discuss trade")
	}
}

// TestTitleOfArticleHeadline checks that a title that is its article's own
// headline (Headlined) stands over one composed from a sentence naming one
// index of the session, richer as that one is, and never a bare noun over
// it.
func TestTitleOfArticleHeadline(t *testing.T) {
	lead := &item{m: &event.Mention{Type: event.MarketMovement, Title: "Ardenian stocks close higher", Headlined: true, Location: "country:ard"}}
	index := &item{m: &event.Mention{Type: event.MarketMovement, Title: "Zenith 300 rises 12 points",
		Participants: []event.Participant{{ActorID: "org:zenith-300", Role: event.Agent}}}}
	for _, items := range [][]*item{{lead, index}, {index, lead}} {
		if got := titleOf(items, event.MarketMovement); got != "Ardenian stocks close higher" {
			t.Errorf("titleOf = %q, want the article's headline", got)
		}
	}
}
