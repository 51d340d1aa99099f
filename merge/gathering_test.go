package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestGatheringApart checks that a journey or a meeting with a person and
// the gathering of many parties beside it (a conference, a named summit:
// gatheringOf) are two events whatever they share, while talks held during
// a visit, a plain "summit", a meeting named by one word that is no
// acronym (a place: "the Velmora meeting"), a summit with one counterpart
// and talks with a body still join.
func TestGatheringApart(t *testing.T) {
	o := guardOpts()
	arrive := quoted("a", 0, event.Visit, "2025-03-20", "The minister arrived in Velmora on Thursday.", "arrived", "", "person:shoigu")
	arrive = at(arrive, "place:town1")
	meet := func(sent int, quote, trigger string, actors ...string) event.Mention {
		return at(quoted("a", sent, event.Meeting, "2025-03-20", quote, trigger, "", actors...), "place:town1")
	}
	checkMerges(t, o, []mergeCase{
		{
			"a conference beside the arrival: two",
			[]event.Mention{arrive, meet(1, "He will attend the trade conference there.", "conference")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a summit named by a body: two",
			[]event.Mention{arrive, meet(1, "He came for the OSTRA summit of the bloc.", "summit", "person:shoigu")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a capitalized Summit: two",
			[]event.Mention{arrive, meet(1, "Leaders gathered for the Summit of the Lakes.", "Summit")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a meeting named by a body: two",
			[]event.Mention{arrive, meet(1, "He will stay until the end of the OSTRA meeting.", "meeting", "person:shoigu")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a meeting named by several capitalized words: two",
			[]event.Mention{arrive, meet(1, "He came for the Lake Region Envoys meeting.", "meeting", "person:shoigu")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a meeting after one capitalized word, a place, is the visit's meeting: one",
			[]event.Mention{arrive, meet(1, "He spoke at the Velmora meeting, aides said.", "meeting", "person:shoigu")},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"a summit after one capitalized word is named: two",
			[]event.Mention{arrive, meet(1, "He came for the Velmora summit of the bloc.", "summit", "person:shoigu")},
			[]string{"2025-03-20 meeting a", "2025-03-20 visit a"},
		},
		{
			"a plain meeting is the visit's meeting: one",
			[]event.Mention{arrive, meet(1, "He spoke at the meeting, aides said.", "meeting")},
			[]string{"2025-03-20 visit a"},
		},
		{
			"a plain summit is the visit's meeting: one",
			[]event.Mention{arrive, meet(1, "He came for the summit, aides said.", "summit")},
			[]string{"2025-03-20 visit a"},
		},
		{
			"a summit of two sides joined by a hyphen: one",
			[]event.Mention{arrive, meet(1, "He came for the Velmora-Kastria summit.", "summit")},
			[]string{"2025-03-20 visit a"},
		},
		{
			"a conference with one counterpart is the visit's talks: one",
			[]event.Mention{arrive, meet(1, "He held a conference with the king.", "conference", "person:shoigu", "/", "person:king")},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"a named summit beside a meeting with a person: two",
			[]event.Mention{
				meet(0, "The premier met the visiting king on Friday.", "met", "person:premier", "/", "person:king"),
				meet(1, "The Velmora Summit drew forty leaders.", "Summit"),
			},
			[]string{"2025-03-20 meeting a", "2025-03-20 meeting a"},
		},
		{
			"a conference beside talks with a body, not a person: one",
			[]event.Mention{
				meet(0, "The premier held talks with alliance commanders.", "talks", "person:premier", "/", "org:alliance"),
				meet(1, "He attended the security conference there.", "conference", "person:premier"),
			},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"talks held during the visit: one",
			[]event.Mention{arrive, meet(1, "He then held talks with the mayor.", "talks", "person:shoigu")},
			[]string{"2025-03-20 meeting a"},
		},
	})
}

// TestOtherKindOfGathering checks that two gatherings called by different
// nouns of data/gathering.yaml (a conference, a summit) are two events
// whatever they share, while one noun told twice, or a plain "meeting"
// beside either, is one.
func TestOtherKindOfGathering(t *testing.T) {
	o := guardOpts()
	meet := func(sent int, quote, trigger string) event.Mention {
		return at(quoted("a", sent, event.Meeting, "2025-03-20", quote, trigger, "", "org:bloc"), "place:town1")
	}
	checkMerges(t, o, []mergeCase{
		{
			"a conference and a summit: two",
			[]event.Mention{
				meet(0, "Traders opened the conference on Thursday.", "conference"),
				meet(1, "At the two-day summit, leaders will review ties.", "summit"),
			},
			[]string{"2025-03-20 meeting a", "2025-03-20 meeting a"},
		},
		{
			"a conference told twice: one",
			[]event.Mention{
				meet(0, "Traders opened the conference on Thursday.", "conference"),
				meet(1, "The conference drew many delegates.", "conference"),
			},
			[]string{"2025-03-20 meeting a"},
		},
		{
			"a conference and a plain meeting: one",
			[]event.Mention{
				meet(0, "Traders opened the conference on Thursday.", "conference"),
				meet(1, "The meeting drew many delegates.", "meeting"),
			},
			[]string{"2025-03-20 meeting a"},
		},
	})
}
