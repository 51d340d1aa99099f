package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

func TestDemonym(t *testing.T) {
	for name, want := range map[string]bool{"Russian": true, "North Korean": true, "Chinese": true,
		"Turkish": true, "Israeli": true, "French": true, "Pakistani": true,
		"Russia": false, "Iran": false, "Sudan": false, "Japan": false, "Ukraine": false, "Oman": false} {
		if got := demonym(name); got != want {
			t.Errorf("demonym(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestWindowSymmetricMarkers checks that the word window of a trigger
// (no parse) leaves the sides of a symmetric event to the event noun they
// follow.
func TestWindowSymmetricMarkers(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The killing of a soldier in Kursk sparked clashes between Russia and Ukraine on Monday.", "killing", "location=place:kursk"},
		{"The clashes between Russia and Ukraine on Monday.", "clashes", "agent=country:RUS counterpart=country:UKR"},
	} {
		m := mentionOf(t, input(tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q %s: roles %s, want %s", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestModifierBeforeTarget: a name before a hostile noun event that has its
// target after it ("NATO sanctions against Russia") is who acts; with no
// such target ("the Iran sanctions") the name is the target.
func TestModifierBeforeTarget(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"The NATO sanctions against Russia took effect on Monday.", "sanctions", "agent=org:nato target=country:RUS"},
		{"Kim defied NATO sanctions on North Korea on Monday.", "sanctions", "agent=org:nato target=country:PRK"},
		{"The Iran sanctions took effect on Monday.", "sanctions", "target=country:IRN"},
		{"The Ukraine invasion began on Monday.", "invasion", "target=country:UKR"},
	} {
		if got := roles(mentionOf(t, input(tc.text), tc.trigger)); got != tc.want {
			t.Errorf("window %q: roles %s, want %s", tc.text, got, tc.want)
		}
		if got := triggerRoles(parsed(t, tc.text), tc.trigger); got != tc.want {
			t.Errorf("tree %q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestFinalizeLight: "finalize" is a light verb like "conclude": its
// subject holds the event its object names ("Russia and Turkey finalized
// negotiations").
func TestFinalizeLight(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Russia and Turkey finalized negotiations on the pipeline on Monday.", "negotiations", "agent=country:RUS agent=country:TUR"},
		{"Russia finalised talks with Turkey on the pipeline on Monday.", "talks", "agent=country:RUS counterpart=country:TUR"},
	})
}

// TestOpeningPreposition: the capital of a preposition opening the
// sentence is no word of the noun phrase after it: the place it governs
// is no subject ("In Kursk the RTS 50 fell": where, not who).
func TestOpeningPreposition(t *testing.T) {
	checkRoles(t, []roleCase{
		{"In Kursk the RTS 50 fell 0.12 percent on Monday.", "fell", "location=place:kursk"},
	})
}

// TestVisitorNamed checks that the one a present participle of a visit
// modifies is the visitor: "his visiting counterpart Lavrov" (the
// participle an adjectival modifier, the trigger read as a noun after the
// possessive) and "Xi met visiting Minister Lavrov" (parsed as an open
// complement of the meeting verb, with the name for its object), never
// the owner of "his" or the subject of the meeting (the host, the visit's
// counterpart: receptionHead), nor the state of its
// demonym a place visited ("Xi and visiting Russian diplomats": the parse
// reads the participle as a verb after "and" or "with"); and that the
// meeting has that name for its other side.
func TestVisitorNamed(t *testing.T) {
	checkRoles(t, []roleCase{
		{"The deal was signed after talks between Xi and his visiting Russian counterpart Lavrov in Beijing on Sunday.", "visiting", "agent=person:lavrov location=place:beijing"},
		{"Xi met visiting Russian Foreign Minister Lavrov in Beijing on Sunday.", "visiting", "agent=person:lavrov counterpart=person:xi location=place:beijing"},
		{"Xi met visiting Russian Foreign Minister Lavrov in Beijing on Sunday.", "met", "agent=person:xi counterpart=person:lavrov"},
		// after "and" or "with" the parse reads the participle as a verb
		// with the visitor for object: the visitor still, and its
		// demonym's state no place visited
		{"Xi and visiting Russian diplomats agreed on Sunday to expand trade.", "visiting", "agent=country:RUS"},
		{"Xi held talks on trade with visiting Foreign Minister Lavrov on Sunday.", "visiting", "agent=person:lavrov"},
		{"Kim resigned on Sunday and leaving Russia was his only choice.", "leaving", "agent=person:kim location=country:RUS"},
	})
}

// TestDeployedForce checks that the force a deployment's verb sends, its
// direct object (an actor of a sector in deployedSectors), is no party to
// it: the deployer is the agent alone, a place it goes to its location;
// an object of another sector stays a counterpart.
func TestDeployedForce(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, force, sector, want string
	}{
		{"Turkey dispatched 800 Turkish soldiers to Crimea on Friday.", "Turkish soldiers", "MIL", "agent=country:TUR location=place:crimea"},
		{"Turkey deployed border police near Ankara on Monday.", "border police", "COP", "agent=country:TUR location=place:ankara"},
		{"Turkey deployed border police near Ankara on Monday.", "border police", "", "agent=country:TUR counterpart=agent:TUR:force location=place:ankara"},
	} {
		in := inputWith(c.text, []ent{{c.force, "agent:TUR:force", actor.Organization, false}})
		for k := range in.Actors {
			if in.Actors[k].Text == c.force {
				in.Actors[k].Sector = c.sector
			}
		}
		in.Parse = p.Sentence
		verb := strings.Fields(c.text)[1]
		if got := roles(find(t, in, verb)); got != c.want {
			t.Errorf("%q (%s %q): roles %s, want %s", c.text, c.force, c.sector, got, c.want)
		}
	}
}

// TestVisitDestination checks that a country after "for" on a departure
// ("left for Russia") is where the traveller goes, a location, not
// a party to the visit.
func TestVisitDestination(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Putin left for Turkey.", "left", "agent=person:putin location=country:TUR"},
		{"Macron left for China on Tuesday.", "left", "agent=person:macron location=country:CHN"},
	})
}

// TestSportSide: a noun sport result takes the side its clause gives as
// playing: the winner for a win (the verb's subject, the one a verb gives
// the result to, or leads "to" it), the loser for a defeat, whose "to"
// side won; the side a win is "over" or "against" was beaten; a pronoun
// owning the noun ("their win") stands for the clause's side, a named
// possessor is the side itself. Not one who only praises the players
// after it.
func TestSportSide(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Turkey recorded a 3-1 win over France in the football semi-final on Saturday.", "win", "agent=country:TUR counterpart=country:FRA"},
		{"A late header earned Turkey a 2-1 victory over Iran in the football final on Sunday.", "victory", "agent=country:TUR counterpart=country:IRN"},
		{"Turkey slumped to a 2-0 defeat to France in the football semi-final on Saturday.", "defeat", "agent=country:FRA counterpart=country:TUR"},
		{"Erdogan praised the players after the 3-1 win over France in the football semi-final on Saturday.", "win", "counterpart=country:FRA"},
		{"Turkey went top of the group after their 3-1 win over France in the football semi-final on Saturday.", "win", "agent=country:TUR counterpart=country:FRA"},
		{"Turkey went top of the group after France's 3-1 win over Iran in the football semi-final on Saturday.", "win", "agent=country:FRA counterpart=country:IRN"},
		{"Erdogan scored twice to give Turkey a 2-1 win over France in the football semi-final on Saturday.", "win", "agent=country:TUR counterpart=country:FRA"},
	})
}

// TestSportTown: a town that owns a game's result, or that a result is
// won over, is its team, a side of the game, not where it was played;
// a town the result is won "in" stays its place.
func TestSportTown(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Erdogan shone in Kursk's 2-0 win over Ankara in the football semi-final on Saturday.", "win", "agent=place:kursk counterpart=place:ankara"},
		{"Turkey recorded a 2-0 win over France in Ankara in the football semi-final on Saturday.", "win", "agent=country:TUR counterpart=country:FRA location=place:ankara"},
	})
}

// TestReporterVenue: the speaker of a reporting verb takes part in the
// event its own clause places it in ("X said, after meeting with Y"), so
// it stays the agent though it is named once, as the source.
func TestReporterVenue(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Turkey would invest ten million euros to expand the port, Erdogan said, after meeting with Putin on Friday.", "meeting", "agent=person:erdogan counterpart=person:putin"},
	})
}

// TestRelativeFacilityOwner: a "which" clause the parse hangs on a place
// struck by an event noun stands for the event, though a name owns that
// place ("the shelling of a UN compound which killed": the shelling's
// side kills, not the UN).
func TestRelativeFacilityOwner(t *testing.T) {
	extra := []ent{{"Russia", "country:RUS", actor.Country, false}, {"UN", "org:un", actor.Organization, false}}
	checkRolesWith(t, extra, []roleCase{
		{"Kenya marked the anniversary of Russia's shelling of a UN compound which killed 40 refugees.", "killed", "agent=country:RUS"},
	})
}

// TestPurposeSubject: a purpose infinitive of an active verb with no
// object to control it is done by that verb's subject ("Turkey scored
// three goals to record a win": Turkey won).
func TestPurposeSubject(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Turkey scored three goals to record a 3-1 win over France in the football semi-final on Saturday.", "win", "agent=country:TUR counterpart=country:FRA"},
	})
}

// TestBackerQualifier: a name hyphenated to a participle of backing
// before a noun other than the event's own ("an Iran-proposed plan",
// "Turkey-backed forces") tells who backs that thing, no party to what is
// done with it; the event's own noun keeps its backer.
func TestBackerQualifier(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Russia and Ukraine agreed on Monday to a Turkey-proposed plan to reopen the port.", "agreed", "agent=country:RUS agent=country:UKR"},
		{"Russia and Ukraine agreed on Monday to a plan proposed by Turkey to reopen the port.", "agreed", "agent=country:RUS agent=country:UKR"},
		{"The war ended in a Turkey-brokered ceasefire on Monday.", "ceasefire", "agent=country:TUR"},
	})
}

// TestRelativeEvent: a "which" or "that" clause the parse hangs on the
// place an event struck stands for the event: its doers are the event
// noun's, never the place's state ("an attack on two Kyiv hotels, which
// killed"); an actor of its own keeps the clause.
func TestRelativeEvent(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Rebels claimed responsibility for the bombings on two Kyiv hotels, which killed 40 people on Monday.", "killed", ""},
		{"The council condemned a Russian attack on a town near Kursk that killed 19 civilians on Monday.", "killed", "agent=country:RUS"},
		{"Xi met the leaders of Turkey, which sent troops to Crimea on Monday.", "sent troops", "agent=country:TUR location=place:crimea"},
	})
}

// TestOustingBody: the body one is expelled, dismissed or suspended
// "from" is who does it; a state one is expelled from is a place.
func TestOustingBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Lavrov was expelled from NATO on Monday.", "expelled", "agent=org:nato target=person:lavrov"},
		{"Lavrov was expelled from Ukraine on Monday.", "expelled", "target=person:lavrov"},
	})
}
