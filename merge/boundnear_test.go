package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestBoundOtherAct checks that a mention told as done before the day's
// news, naming no actor, joins a nearby event of another type of its row
// only when told in one of its sentences: "the smugglers had wounded
// policemen" is no part of "thirteen smugglers were hanged" told just
// before it, while "the bombing that had killed four" is, and a bound
// mention of the event's own type still joins it.
func TestBoundOtherAct(t *testing.T) {
	o := opts()
	o.KeepAnonymous = true
	bound := func(sent int, typ event.Type) event.Mention {
		m := mention("a", sent, typ, "", "")
		m.Basis = event.PublicationBound
		// the smugglers who did it keep it from passing as an anonymous
		// reference to the day's event (attachSalient)
		m.Participants = []event.Participant{{ActorID: "agent:UKR:smugglers", Role: event.Agent}}
		return m
	}
	checkMerges(t, o, []mergeCase{
		{
			"a bound killing the sentence after an attack: two",
			[]event.Mention{mention("a", 0, event.Attack, "2025-03-20", ""), bound(1, event.Killing)},
			[]string{"2025-03-20 attack a", "2025-03-21 killing a"},
		},
		{
			"a bound killing in the attack's sentence: one",
			[]event.Mention{mention("a", 0, event.Attack, "2025-03-20", ""), bound(0, event.Killing)},
			[]string{"2025-03-20 killing a"},
		},
		{
			"a bound attack the sentence after an attack: one",
			[]event.Mention{mention("a", 0, event.Attack, "2025-03-20", ""), bound(1, event.Attack)},
			[]string{"2025-03-20 attack a"},
		},
	})
}
