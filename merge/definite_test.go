package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestJoinDefinite: "the summit" with no date, number or modifier of its
// own is its article's one summit, whoever its sentence makes act; a
// second summit in the article, an indefinite noun, a date of its own or
// another place keep it apart.
func TestJoinDefinite(t *testing.T) {
	o := guardOpts()
	summit := mention("a", 0, event.Meeting, "2025-03-21", "person:rossi", "person:okafor")
	definite := func(sent int, agent string) event.Mention {
		m := mention("a", sent, event.Meeting, "", agent)
		m.Trigger, m.Noun, m.Definite = "summit", true, true
		return m
	}
	bare := definite(3, "person:lindqvist")
	bare.Definite = false
	dated := definite(3, "person:lindqvist")
	dated.Time, dated.Basis = tx("2025-03-21"), event.Explicit
	elsewhere := definite(3, "person:lindqvist")
	elsewhere.Location = "place:town2"
	atTown := summit
	atTown.Location = "place:town1"
	tests := []mergeCase{
		{
			"the summit another leader opened is the article's summit",
			[]event.Mention{summit, definite(3, "person:lindqvist")},
			[]string{"2025-03-21 meeting a"},
		},
		{
			"two summits in the article: ambiguous",
			[]event.Mention{summit, mention("a", 1, event.Meeting, "2025-03-21", "person:tanaka", "person:silva"), definite(3, "person:lindqvist")},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"an indefinite noun tells its own meeting",
			[]event.Mention{summit, bare},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"a date of its own: judged by the other rules",
			[]event.Mention{summit, dated},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"at another place: another meeting",
			[]event.Mention{atTown, elsewhere},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
		{
			"a digest: far below, another story",
			[]event.Mention{summit, definite(30, "person:lindqvist")},
			[]string{"2025-03-21 meeting a", "2025-03-21 meeting a"},
		},
	}
	checkMerges(t, o, tests)
}
