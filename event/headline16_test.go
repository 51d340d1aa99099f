package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleSmallClauseNamed checks that a verb of calling whose object is
// a noun or a name, people too, keeps what the object is called, in the
// quotes the text gives it ("called the envoys \"cowards\"" → "Karl
// Brenner calls Sudrian envoys \"cowards\""), an adjective with its adverb
// and a noun the parse takes for the object's apposition alike, never the
// type's "issues statement"; a pronoun object still reads as the type's
// phrase ("declared him a traitor").
func TestTitleSmallClauseNamed(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{`Karl Brenner called the rebel leaders "criminals" on Sunday.`, "called", `Karl Brenner calls rebel leaders "criminals"`},
		{`Karl Brenner called the new budget "extremely dangerous" for the economy.`, "called", `Karl Brenner calls budget "extremely dangerous"`},
		{`Norland has called the referendum a "turning point" for the province.`, "called", `Norland calls referendum "turning point"`},
		{`Karl Brenner called the merger "the bargain of the decade".`, "called", `Karl Brenner calls merger "the bargain of the decade"`},
		{"Karl Brenner declared him a traitor.", "declared", "Karl Brenner issues statement"},
	})
}

// TestTitlePronounAntecedent checks that a verb whose subject is a
// pronoun no actor resolves takes the subject the pronoun stands for, the
// speaker's when it is said ("the union said it rejected the offer" →
// "Dockers' union rejects pay offer") or the main clause's, when they agree
// in number and in people; never a subject of another clause, nor those
// who only tell the news ("sources said they had arrested").
func TestTitlePronounAntecedent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The dockers' union said on Monday that it rejected the latest pay offer.", "rejected", "Dockers' union rejects pay offer"},
		{"The border guards said they had seized two tons of cocaine in a truck.", "seized", "Border guards seize two tons of cocaine"},
		{"The visitors won the cup in May when they beat the home side 2-1.", "beat", "Visitors beat home side 2-1"},
		{"Sources close to the police said they had arrested six men in the port.", "arrested", "Six men arrested"},
	})
}

// TestTitleContentPlace checks that an act of saying whose title does not
// tell what is said leaves out a place named only in what is said
// ("declared him a traitor for his visit to Avalon": never "issues
// statement in Avalon"), and keeps the place it is said in ("in Oslo,
// Karl Brenner declared").
func TestTitleContentPlace(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Avalon", "place:avalon", actor.Place, true},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Karl Brenner declared him a traitor for his visit to Avalon in protest against the vote.", "declared", "Karl Brenner issues statement"},
		{"In Oslo, Karl Brenner declared him a traitor for his visit in protest against the vote.", "declared", "Karl Brenner issues statement in Oslo"},
	})
}

// TestTitleSaidOf checks that a verb of saying with no object or clause
// keeps the oblique that tells what it says, with its own preposition
// (said_of: "hinted at changes to the electoral calendar" → "Karl Brenner
// hints at changes to electoral calendar", "confessed to the bombing"),
// never "issues statement"; a place the oblique names is not said again.
func TestTitleSaidOf(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Karl Brenner hinted at changes to the electoral calendar on Thursday.", "hinted", "Karl Brenner hints at changes to electoral calendar"},
		{"Karl Brenner hinted at cancelling his planned visit to Oslo.", "hinted", "Karl Brenner hints at cancelling planned visit to Oslo"},
		{"Karl Brenner, who has confessed to the bombing, was sentenced on Monday.", "confessed", "Karl Brenner confesses to bombing"},
	})
}

// TestTitleArtifactSubject checks that the subject of a type a thing may
// do (artifact_types) that is an artifact with a modifier naming the
// agent is said whole ("a Norland military truck exploded" → "Norland
// military truck explodes"), never the modifier's actor alone ("Norland explodes"); an
// arrest is people's, whatever the parse gives as its subject.
func TestTitleArtifactSubject(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland", "country:NOR", actor.Country, false},
	}, []headlineCase{
		{"A Norland military truck exploded on Monday inside a tunnel near the border.", "exploded", "Norland military truck explodes"},
		{"Norland helicopters wounded two farmers near the border on Friday.", "wounded", "Norland helicopters wound two farmers"},
		{"Norland army jeeps arrested three students near the border on Friday.", "arrested", "Norland arrests three students"},
	})
}

// TestTitleVoteOf checks that a vote keeps its "of" phrase, which says
// what the vote is ("a parliamentary vote of confidence" → "Parliamentary
// vote of confidence"), never the bare "Parliamentary vote".
func TestTitleVoteOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The cabinet fell last month in a parliamentary vote of confidence.", "vote", "Parliamentary vote of confidence held"},
	})
}

// TestTitleWinOver checks that a win or victory over or against another
// side reads as the winner beating it ("a 4-1 win over Avalon City" →
// "Norland United beats Avalon City"), never "wins match with Avalon
// City" nor "beats against Avalon City".
func TestTitleWinOver(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Norland United", "org:norland-united", actor.Organization, false},
		{"Avalon City", "org:avalon-city", actor.Organization, false},
	}, []headlineCase{
		{"Norland United moved top of the league with a 4-1 win over Avalon City on Sunday.", "win", "Norland United beats Avalon City 4-1"},
		{"Norland United want to build on the 2-0 victory against Avalon City.", "victory", "Norland United beats Avalon City 2-0"},
	})
}

// TestTitleSubjectNoConjunction checks that a noun the parse coordinates
// with the subject with no "and" (a participle clause or an apposition
// misread) is no second subject ("Karl Brenner, meeting here with
// officials, pledged" → "Karl Brenner pledges ...", never "Karl Brenner
// and meeting pledge").
func TestTitleSubjectNoConjunction(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Northern Premier Karl Brenner, meeting here with top EU officials, pledged to step up dialogue.", "pledged", "Karl Brenner pledges to step up dialogue"},
	})
}

// TestTitleMeetingVerbHost checks that a meeting noun the parse reads as
// a verb of its own clause takes that clause's subject, as the tree
// climbs to it ("the visiting Norland president said this when meeting
// with Karl Brenner" → "Visiting Norland president meets Karl Brenner"),
// never the bare "Meeting with Karl Brenner".
func TestTitleMeetingVerbHost(t *testing.T) {
	checkTitlesWith(t, true, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"The visiting Avalon president said this when meeting with regional chief Karl Brenner.", "meeting", "Visiting Avalon president meets Karl Brenner"},
	})
}

// TestTitleGappedPassive checks that a past form coordinated after a
// passive verb whose auxiliary it shares is passive too ("300 convicts
// were executed and 1,200 sentenced to death" → "1,200 sentenced to
// death", the sentence kept since sentencedTo), never read as its
// subject's act ("1,200 sentence").
func TestTitleGappedPassive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The report counts a rise since 2001, when 300 convicts were executed and 1,200 sentenced to death.", "sentenced", "1,200 sentenced to death"},
	})
}
