package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleStatementContent checks that a statement noun whose "that"
// clause follows its phrase says what is said, wherever the parse hangs
// the clause ("despite a statement by Brenner on Wednesday that he had
// secured the commitment" → "Karl Brenner says he secures commitment"),
// never "issues statement".
func TestTitleStatementContent(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"The fighting came despite a statement by Karl Brenner on Wednesday that he had secured the commitment of the rebels.", "statement", "Karl Brenner says he secures commitment of rebels"},
		{"The report came after Norland's announcement on Monday that it had agreed to the plan.", "announcement", "Norland says it agrees to plan"},
	})
}

// TestTitleStatementSaying checks that a statement noun keeps what its
// "saying" clause says ("issued a statement on Monday saying it would
// withdraw its troops" → "Norland says it would withdraw troops"), never
// the type's "issues statement", and that a clause asking "how" is no
// report of what is said ("said the ministers had discussed how farmers
// should cut costs" is never "ministers discuss farmers should cut
// costs"; told in the clause's own words, it keeps its "how").
func TestTitleStatementSaying(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Norland issued a statement on Monday saying it would withdraw its troops.", "statement", "Norland says it would withdraw troops"},
		{"Karl Brenner issued a statement saying the ministers had discussed how farmers should cut costs.", "statement", "Karl Brenner says ministers have discussed how farmers should cut costs"},
	})
}

// TestTitleStatementParticiple checks that a statement noun keeps what
// its participle of saying other than "saying" tells, with that verb
// ("issued a statement admitting the soldiers had left the disputed area"
// → "Norland admits soldiers leave disputed area"), also when the parse
// hangs the clause on the verb the noun is the object of.
func TestTitleStatementParticiple(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Norland issued a statement on Sunday admitting the soldiers had left the disputed area.", "statement", "Norland admits soldiers leave disputed area"},
		{"Among the evidence were statements by Karl Brenner admitting that he sent thousands of dollars to the rebels.", "statements", "Karl Brenner admits he sends thousands of dollars"},
	})
}

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

// TestTitleStatementRelativeContent checks that a statement noun whose
// "that" clause the parse hangs on it as a relative clause says what is
// said ("repeated statements by Karl Brenner that the village should be
// wiped off the map"), and that a modal passive keeps the phrase right
// after its verb, without which the verb would mislead ("could not be
// passed without the consent of parliament", never "could not be
// passed").
func TestTitleStatementRelativeContent(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Norland is wary of Sweden because of repeated statements by Karl Brenner that the village should be wiped off the map.", "statements", "Karl Brenner says village should be wiped off map"},
		{"Karl Brenner warned that the budget could not be passed without the consent of parliament.", "warned", "Karl Brenner warns budget could not be passed without consent of parliament"},
	})
}

// TestTitleSaidInStatement checks that a statement noun that is the "in"
// phrase of a verb of saying ("added in an official statement that
// ...") says what the verb reports, never "issues statement".
func TestTitleSaidInStatement(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Karl Weber", "person:karl-weber", actor.Person, false}}, []headlineCase{
		{"In a separate statement, Karl Weber said the accord provides the mechanism for both governments to work together.", "statement", "Karl Weber says accord provides mechanism"},
	})
}

// TestTitleSpeechDoes checks that a speech or an interview told as the
// "in" phrase of its speaker's verb, no verb of saying, is titled by what
// that verb does to its object, never the generic "issues statement".
func TestTitleSpeechDoes(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"In a long speech at the naval college, the senator defended the plan to close the base.", "speech", "Senator defends plan to close base"},
	})
}

// TestTitleSpeechPredicate checks that a speech whose verb says its object
// is something ("described the vote as unfair") is not titled by the verb
// and its object alone ("describes vote").
func TestTitleSpeechPredicate(t *testing.T) {
	ents := []ent{{"Marta Oliveira", "person:oliveira", actor.Person, false}}
	checkTitlesWith(t, false, ents, []headlineCase{
		{"In a short speech on Friday, Marta Oliveira described the vote as unfair.", "speech", "Marta Oliveira issues statement"},
		{"In a short speech on Friday, Marta Oliveira praised the rescue teams.", "speech", "Marta Oliveira praises rescue teams"},
	})
}

// TestTitleStatementDoes checks that a statement whose gerund clause does
// an act of the lexicon to its object ("issued a statement condemning the
// raid") is titled by that act, never the generic "issues statement"; a
// gerund of asking whose object has its own clause ("urging the unions to
// end the strike") says what is asked, however the parse hangs it.
func TestTitleStatementDoes(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"Norland's foreign ministry issued a statement condemning the raid on Tuesday.", "statement", "Norland condemns raid"},
		{"The Norland government issued a statement urging the unions to end the strike.", "statement", "Norland urges unions to end strike"},
	})
}
