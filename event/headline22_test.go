package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleAccordingToStatement checks that a statement the text cites
// with "according to" says the clause its phrase hangs on ("..., according
// to a statement issued by Karl Brenner" → "Karl Brenner says ..."), and
// that a noun after a preposition the parse takes for that clause's
// subject ("discovered at the ports will be returned") is never
// said to be what the clause is about.
func TestTitleAccordingToStatement(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The army has trained 300 police officers, according to a statement issued by Karl Brenner.", "statement", "Karl Brenner says army trains 300 police officers"},
		{"All goods found at border posts will be destroyed, according to a statement issued by Karl Brenner.", "statement", "Karl Brenner says goods will be destroyed"},
		{"Traders must follow the new code, and any banned fruit discovered at the ports will be returned or destroyed, according to a statement issued by Karl Brenner.", "statement", "Karl Brenner issues statement"},
	})
}

// TestTitleAccordingToReleasedReport checks that a report, survey or
// study cited with "according to" and a participle of its release says
// what the clause its phrase hangs on tells, closing or opening the
// sentence, with who issued it when named and else the report itself as
// the speaker, never the bare "Survey released".
func TestTitleAccordingToReleasedReport(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Velda", "country:VEL", actor.Country, false},
	}, []headlineCase{
		{"Factory orders in Velda dropped sharply in March despite cheaper loans, according to a survey released Thursday.", "released", "Survey says factory orders drop in March in Velda"},
		{"According to a study released on Thursday, 87 states have now joined the pact banning cluster bombs.", "released", "Study says 87 states join pact"},
	})
}
