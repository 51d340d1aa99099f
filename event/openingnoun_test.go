package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestOpeningPartyNoun: a party noun that opens the sentence, or a
// quotation opening it, is read as the noun though the tagger may take its
// capital for a name: its "of" phrase names the body acting
// ("Personnel of the Korvan Army killed"), in or out of quotation marks.
func TestOpeningPartyNoun(t *testing.T) {
	extra := []ent{{"Korvan Army", "org:korvan-army", actor.Organization, false}, {"KA", "org:korvan-army", actor.Organization, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Personnel of the Korvan Army killed two rebels in the hills on Sunday.", "killed", "agent=org:korvan-army target=agent:-:rebels"},
		{"\"Personnel of KA killed two rebels in the hills on Sunday and arrested three others,\" the statement said.", "killed", "agent=org:korvan-army target=agent:-:rebels"},
	})
}
