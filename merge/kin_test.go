package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestKinAgents checks Options.Kin: in one document, anonymous agents of
// one class ("gunmen", "armed men") are not told apart, so nearby
// mentions of one kidnapping merge; in two documents, or at two places,
// or of two classes, they stay apart.
func TestKinAgents(t *testing.T) {
	o := opts()
	o.Kin = map[string]string{"agent:-:gunmen": "UAF", "agent:-:armed-men": "UAF", "agent:-:protesters": "OPP"}
	kidnap := func(doc string, sent int, agent, place string) event.Mention {
		return at(mention(doc, sent, event.Abduction, "2025-03-20", agent), place)
	}
	checkMerges(t, o, []mergeCase{
		{"one story's gunmen and armed men", []event.Mention{
			kidnap("a", 0, "agent:-:gunmen", ""), kidnap("a", 1, "agent:-:armed-men", ""),
		}, []string{"2025-03-20 abduction a"}},
		{"two stories' gunmen and armed men", []event.Mention{
			kidnap("a", 0, "agent:-:gunmen", ""), kidnap("b", 1, "agent:-:armed-men", ""),
		}, []string{"2025-03-20 abduction a", "2025-03-20 abduction b"}},
		{"one story, two places", []event.Mention{
			kidnap("a", 0, "agent:-:gunmen", "place:town1"), kidnap("a", 1, "agent:-:armed-men", "place:town2"),
		}, []string{"2025-03-20 abduction a", "2025-03-20 abduction a"}},
		{"one story's gunmen and armed men, each beside another side", []event.Mention{
			kidnap("a", 0, "agent:-:gunmen", ""), func() event.Mention {
				m := kidnap("a", 1, "agent:-:armed-men", "")
				m.Participants = append(m.Participants, event.Participant{ActorID: "org:front", Role: event.Agent})
				return m
			}(),
		}, []string{"2025-03-20 abduction a", "2025-03-20 abduction a"}},
		{"one story, two classes", []event.Mention{
			kidnap("a", 0, "agent:-:gunmen", ""), kidnap("a", 1, "agent:-:protesters", ""),
		}, []string{"2025-03-20 abduction a", "2025-03-20 abduction a"}},
	})
}

// TestNamedKin checks a named group of a class of Options.Kin: in one
// document a later "the rebels" may stand for "Vellish rebels", so the
// nearby killing joins the raid; two named groups of one class are two
// agents all the same.
func TestNamedKin(t *testing.T) {
	o := opts()
	o.Kin = map[string]string{"agent:-:rebels": "REB", "org:vellish-rebels": "REB", "org:oskan-rebels": "REB"}
	raid := func(sent int, typ event.Type, agent string) event.Mention {
		return mention("a", sent, typ, "2025-03-20", agent)
	}
	checkMerges(t, o, []mergeCase{
		{"the rebels after Vellish rebels", []event.Mention{
			raid(0, event.Attack, "org:vellish-rebels"), raid(1, event.Killing, "agent:-:rebels"),
		}, []string{"2025-03-20 attack a"}},
		{"two named groups of one class", []event.Mention{
			raid(0, event.Attack, "org:vellish-rebels"), raid(1, event.Killing, "org:oskan-rebels"),
		}, []string{"2025-03-20 attack a", "2025-03-20 killing a"}},
	})
}
