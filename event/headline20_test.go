package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleReportedBefore checks that a statement after the clause it
// reports titles that clause: with the speaker after "said", however the
// parse hangs it ("..., said the Finance Office"); with an intransitive
// verb or a passive of a named subject ("negotiations collapsed",
// "several soldiers were wounded"); with a subject naming the speaker's
// country by an office ("the Norland prime minister"), or by its name
// when the headline names the speaker otherwise ("a senior Norland
// official said"). A clause with "there" is told in its own words
// (headplain.go); one whose object the parse cuts off, too long to tell
// whole within maxTitleChars, is told whole within maxSaidChars, never
// the type's phrase.
func TestTitleReportedBefore(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Finance Office", "org:finance-office", actor.Organization, false},
		{"Anna Lind", "person:anna-lind", actor.Person, false},
	}, []headlineCase{
		{"The Norland central bank has dismissed its deputy governor Anna Lind, said the Finance Office on Monday.", "said", "Finance Office says Norland central bank dismisses Anna Lind"},
		{"Negotiations collapsed, Karl Brenner said on Monday.", "said", "Karl Brenner says negotiations collapse"},
		{"Several soldiers were wounded Sunday when a mine exploded, Karl Brenner said.", "said", "Karl Brenner says soldiers wounded"},
		{"Norland said on Monday that the Norland prime minister would cancel the visit.", "said", "Norland says prime minister will cancel visit"},
		{"The agency should urge farm and transport companies to train local workers, said Karl Brenner.", "said", "Karl Brenner says agency should urge companies to train local workers"},
		{"Norland sees new chances for trade with Sweden, a senior Norland official said on Monday.", "said", "Senior Norland official says Norland sees chances for trade"},
		{"There was no shortage of fuel in the capital, Karl Brenner said.", "said", "Karl Brenner says there is no shortage of fuel in capital"},
	})
}
