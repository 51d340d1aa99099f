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
		{"Consumer confidence in Velda fell sharply in December despite lower petrol prices, according to a survey released Wednesday.", "released", "Survey says consumer confidence in Velda falls sharply in December"},
		{"According to the report released on Wednesday, 154 countries have now signed the treaty banning landmines.", "released", "Report says 154 countries sign treaty"},
	})
}
