package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitlePassiveAgentComplement checks that a passive with a named
// agent, said active, keeps the complement the agentless passive keeps:
// what the patient is accused of, the rank it is promoted to ("Army
// promotes colonel to general"), never the bare "accuses minister"; the
// agentless passive names the rank a general post noun's "of" phrase
// gives, its hyphenated word whole.
func TestTitlePassiveAgentComplement(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:norland", actor.Country, false},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The fisheries minister was accused of embezzlement by Norland on Monday.", "accused", "Norland accuses fisheries minister of embezzlement"},
		{"The veteran pilot was promoted to major-general by the air force on Monday.", "promoted", "Air force promotes veteran pilot to major-general"},
		{"Karl Brenner was promoted in March to the post of deputy auditor-general.", "promoted", "Karl Brenner promoted to deputy auditor-general"},
	})
}

// TestTitleIssuedDocumentAim checks that a decree or a bulletin issued
// to do a thing says what it is for ("issues decree to call snap
// election"), and one urging its addressees to act says the urging with
// what is asked, never the bare "issues decree".
func TestTitleIssuedDocumentAim(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Brenner", "person:karl-brenner", actor.Person, false}}, []headlineCase{
		{"President Karl Brenner issued a decree on Friday to dissolve the regional assembly.", "decree", "Karl Brenner issues decree to dissolve regional assembly"},
		{"President Karl Brenner issued a statement urging farmers to register their cattle.", "statement", "Karl Brenner urges farmers to register cattle"},
	})
}

// TestTitleCalledUpon checks that an appeal "upon" an actor names those
// appealed to as one "on" them does.
func TestTitleCalledUpon(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:norland", actor.Country, false},
	}, []headlineCase{
		{"Karl Brenner called upon Norland to lift its tariffs on timber.", "called", "Karl Brenner calls upon Norland to lift tariffs on timber"},
	})
}

// TestTitleCommaParticiple checks that a past participle set off by
// commas after its subject, parsed as the subject's verb ("The festival,
// postponed twice, finally opened"), is titled as the reduced passive it
// is ("Festival postponed"), never the active "Festival postpones".
func TestTitleCommaParticiple(t *testing.T) {
	checkTitlesWith(t, true, nil, []headlineCase{
		{"The festival, postponed twice, finally opened on Friday.", "postponed", "Festival postponed"},
		{"The summit, postponed again, began on Monday.", "postponed", "Summit postponed"},
	})
}
