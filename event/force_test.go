package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestForceRules: the deaths an accident or a disaster causes are its
// toll, not a killing; an agentless misfortune told by an indefinite noun
// is an event; a missile fired at someone is an attack, one fired into
// the sea a test.
func TestForceRules(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // mentions as "type:trigger", space-separated
	}{
		{"The plane crashed near the airport, killing 36 people.", "accident:crashed"},
		{"Sixteen miners were killed in a gas explosion.", "accident:gas explosion"},
		{"A typhoon hit the coast, killing 388.", "disaster:typhoon"},
		{"Gunmen killed 36 people near the airport.", "killing:killed"},
		{"A drone fired one missile at a group of militants.", "attack:fired"},
		{"North Korea fired two missiles into the sea.", "weapons_test:fired"},
	} {
		var got []string
		for _, m := range Extract(input(c.text)) {
			if m.Background {
				continue
			}
			got = append(got, string(m.Type)+":"+m.Trigger)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestCrashToll: a verb of force whose subject is a civil vehicle tells a
// crash, and the deaths its sentence tells are the crash's toll, no
// killing of their own; a vehicle's owner still kills.
func TestCrashToll(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"A tram struck four cyclists near the bridge on Friday, killing two and injuring one.", "accident:struck"},
		{"A truck ploughed into a crowded market stall on Sunday, killing three shoppers.", "accident:killing"},
		{"Two people were wounded when a car exploded during an air strike on Sunday.", "killing:wounded accident:exploded"},
		{"Gunmen on motorcycles hit a police post on Sunday, killing three officers.", "attack:hit killing:killing"},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestAimedLaunch checks that a launch aimed at an actor is an attack on
// it, and one aimed at nothing named, or at no one, stays a test.
func TestAimedLaunch(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type
		roles         string
	}{
		{"NATO launched several rockets at Russia on Monday.", "launched", Attack, "agent=org:nato target=country:RUS"},
		{"North Korea fired two missiles into the sea on Monday.", "fired", WeaponsTest, "agent=country:PRK"},
		{"North Korea launched two ballistic missiles on Monday.", "launched", WeaponsTest, "agent=country:PRK"},
	} {
		m := mentionOf(t, parsed(t, c.text), c.trigger)
		if m.Type != c.want || roles(m) != c.roles {
			t.Errorf("%q: %s %s, want %s %s", c.text, m.Type, roles(m), c.want, c.roles)
		}
	}
}

// An organization that reported a claim before is taken for a news
// organization only where its violent act has no people as target: a
// force that issued a statement and later fired on civilians is the
// agent of the killing, while "killed the rumor" stays figurative.
func TestReporterThatActs(t *testing.T) {
	force := []ent{
		{"Delta Force", "org:delta-force", actor.Organization, false},
		{"villagers", actor.AgentPrefix + "-:villagers", actor.Organization, false},
	}
	for _, c := range []struct {
		text  string
		roles string // "" when no killing is told
	}{
		{"A Delta Force statement said on Monday that the road was open. On Sunday, a Delta Force unit killed three villagers.",
			"agent=org:delta-force target=agent:-:villagers"},
		{"A Delta Force statement said on Monday that the road was open. On Sunday, Delta Force killed the rumor.", ""},
	} {
		var got []string
		for _, m := range Extract(inputWith(c.text, force)) {
			if m.Type == Killing {
				got = append(got, roles(m))
			}
		}
		switch {
		case c.roles == "" && len(got) > 0:
			t.Errorf("%q: killings %q, want none", c.text, got)
		case c.roles != "" && (len(got) != 1 || got[0] != c.roles):
			t.Errorf("%q: killings %q, want one with %q", c.text, got, c.roles)
		}
	}
}

// A fire that is gunfire ("opened fire", "came under mortar fire") is no
// blaze: the accident entry of "fire" does not fit after those words,
// while a fire that broke out stays an accident.
func TestGunfireIsNoBlaze(t *testing.T) {
	for _, c := range []struct {
		text  string
		blaze bool
	}{
		{"Rebels opened fire on the market, killing nine traders.", false},
		{"The patrol came under mortar fire, killing a soldier.", false},
		{"Militants traded gunfire and grenade fire with the guards.", false},
		{"A fire broke out at the market, killing nine traders.", true},
	} {
		got := false
		for _, m := range Extract(input(c.text)) {
			got = got || m.Type == Accident && m.Trigger == "fire"
		}
		if got != c.blaze {
			t.Errorf("%q: accident %q %v, want %v", c.text, "fire", got, c.blaze)
		}
	}
}

// "quit" is a resignation only with a person quitting: a country leaving
// a bloc or a player a habit is none.
func TestQuitIsResignation(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Putin quit the ruling party on Monday.", true},
		{"Russia quit the trade bloc in 1999.", false},
		{"Putin quit smoking in 1999.", false},
	} {
		got := false
		for _, m := range Extract(input(c.text)) {
			got = got || m.Type == Resignation
		}
		if got != c.want {
			t.Errorf("%q: resignation %v, want %v", c.text, got, c.want)
		}
	}
}

// "retire" is a resignation only for a person the text names retiring
// (read with a real parse): not one who retires others, a thing retired,
// a retired person or a player leaving the game.
func TestRetireIsResignation(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Karl Brenner retired as finance minister in October 2003.", true},
		{"Karl Brenner retired on May 4, 1999.", true},
		{"Karl Brenner retired three generals on Monday.", false},
		{"The old frigates were retired in 1999.", false},
		{"Karl Brenner, a retired teacher, was arrested on Monday.", false},
		{"Karl Brenner retired from the national team after the semifinal on Monday.", false},
	} {
		in := inputWith(c.text, []ent{{"Karl Brenner", "person:brenner", actor.Person, false}})
		in.Parse = p.Sentence
		if got := len(ofType(Extract(in), Resignation)) > 0; got != c.want {
			t.Errorf("%q: resignation %v, want %v", c.text, got, c.want)
		}
	}
}

// A noun-only trigger right after a modal, perhaps past a negator or an
// adverb, is a verb in its base form: "should deal with" tells no deal,
// "will exceptionally sit in" no sit-in; the month "May" is no modal.
func TestNounTriggerAfterModal(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  Type
		want bool
	}{
		{"Moscow should deal only with the elected government.", Agreement, false},
		{"Russia will not deal with Iran on the matter.", Agreement, false},
		{"The judges will exceptionally sit in Geneva.", Protest, false},
		{"Russia and Iran signed a deal on Monday.", Agreement, true},
	} {
		got := false
		for _, m := range Extract(input(c.text)) {
			got = got || m.Type == c.typ
		}
		if got != c.want {
			t.Errorf("%q: %s %v, want %v", c.text, c.typ, got, c.want)
		}
	}
}

// The first words of a noun trigger do not inflect: "sites in" and "a
// court sitting in" are no sit-in, while "sit-in" and "sit in" are.
func TestNounTriggerPlainModifiers(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Workers cleaned the polluted sites in the delta on Monday.", false},
		{"The appeals court sitting in the capital ruled on Monday.", false},
		{"Hundreds of students held a sit-in at the ministry on Monday.", true},
	} {
		got := false
		for _, m := range Extract(input(c.text)) {
			got = got || m.Type == Protest
		}
		if got != c.want {
			t.Errorf("%q: protest %v, want %v", c.text, got, c.want)
		}
	}
}

// A noun trigger that is what something is likened to tells no event of
// its own, not even a background one: "the decree represented a coup".
func TestLikenedNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Putin's decree on Monday represented a coup against the voters.", false},
		{"The decree of Putin on Monday represented a coup d'etat against the voters.", false},
		{"The move by Russia on Monday amounted to a coup against the voters.", false},
		{"Putin's decree on Monday followed a coup against the president.", true},
	} {
		got := false
		for _, m := range Extract(parsed(t, c.text)) {
			got = got || m.Type == Coup
		}
		if got != c.want {
			t.Errorf("%q: coup %v, want %v", c.text, got, c.want)
		}
	}
}

// Strikes, dispersals and seizures of power: a strike called or gone on is
// a protest, an armed one an attack; police dispersing a crowd coerce it,
// a crowd dispersing does not; power seized is a coup.
func TestStrikesAndCoups(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type // "" when no mention of the trigger
	}{
		{"Dock workers went on strike in Lagos on Monday.", "went on strike", Protest},
		{"Teachers began a nationwide strike in Lagos on Monday.", "strike", Protest},
		{"Russian warplanes launched a strike on the base on Monday.", "strike", Attack},
		{"Police dispersed hundreds of protesters in Lagos on Monday.", "dispersed", Coerce},
		{"The protesting villagers dispersed in Lagos on Monday.", "dispersed", ""},
		{"The general seized power in Lagos in 1983.", "seized power", Coup},
	} {
		got := triggerType(t, c.text, c.trigger)
		if got != c.want {
			t.Errorf("%q: %q told as %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// In a match report a player's shot is no attack; a fan shot dead there
// is one.
func TestShotInAGame(t *testing.T) {
	report := "The referee sent off the winger after the keeper fell. "
	for _, c := range []struct {
		text string
		want bool
	}{
		{report + "Later Putin shot low and hard into the net.", false},
		{report + "After the match gunmen shot dead a fan outside the ground.", true},
	} {
		got := false
		for _, m := range Extract(parsed(t, c.text)) {
			got = got || m.Type == Attack && m.Trigger == "shot"
		}
		if got != c.want {
			t.Errorf("%q: attack %v, want %v", c.text, got, c.want)
		}
	}
}

// A war under way ("the ongoing invasion") is background whatever time its
// clause gives; an attack told as launched is the news itself.
func TestOngoingWar(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		background    bool
	}{
		{"Putin said Iran sent drones to help the ongoing Russian invasion of Ukraine in late 2024.", "invasion", true},
		{"Russian troops launched an attack on Kyiv on Monday.", "attack", false},
	} {
		m := find(t, parsed(t, c.text), c.trigger)
		if m.Background != c.background {
			t.Errorf("%q: %q background %v, want %v", c.text, c.trigger, m.Background, c.background)
		}
	}
}

// "its" on a noun trigger that is an oblique of a clause stands for the
// body or state that clause has for subject: "In its attack on Kyiv,
// Russia fired 40 drones" is Russia's attack.
func TestItsOblique(t *testing.T) {
	m := find(t, parsed(t, "In its attack on Kyiv on Monday, Russia fired 40 drones."), "attack")
	if got := roles(m); !strings.Contains(got, "agent=country:RUS") {
		t.Errorf("attack participants %q, want Russia as agent", got)
	}
}

// TestTravellers: troops and warships making a journey deploy (no
// lifeless doer: a force noun with no name in its phrase acts), a crowd
// arriving makes no visit, officials and named visitors still visit.
func TestTravellers(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Some 800 Dutch marines arrived in the port city on Tuesday.", "military_deployment:arrived"},
		{"About 3,000 farmers arrived in the capital on Tuesday for the march.", ""},
		{"At least 5,000 had arrived by Tuesday afternoon, organisers said.", ""},
		{"Thousands of pilgrims arrived in the holy city on Tuesday.", ""},
		{"Hundreds of troops arrived in the border town on Tuesday.", "military_deployment:arrived"},
		{"Russian detectives arrived in the capital on Tuesday.", "visit:arrived"},
		{"The first relief flights arrived in the capital on Tuesday.", "visit:arrived"},
		{"Foreign ministers arrived in Lisbon on Tuesday.", "visit:arrived"},
		{"UN inspectors arrived in the capital on Tuesday.", "visit:arrived"},
		{"Soldiers visited the school on Tuesday.", "visit:visited"},
		{"Reinforcements arrived in the river port on Thursday.", "military_deployment:arrived"},
		{"The warships arrived in the naval base on Wednesday.", "military_deployment:arrived"},
		{"The frigate arrived in Limassol on Friday.", "military_deployment:arrived"},
		{"A group of gunboats arrived off the delta on Friday.", "military_deployment:arrived"},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestVotedAgainst: what a vote is against is not held nor done.
func TestVotedAgainst(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The assembly voted against sending police to the border on Monday.", "legislation:voted"},
		{"The senate voted against holding talks with the rebels on Monday.", "legislation:voted"},
		{"The senate voted to send police to the border on Monday.", "legislation:voted"},
	} {
		var got []string
		for _, m := range Extract(parsed(t, c.text)) {
			if !m.Background && (m.Factuality == Asserted || m.Factuality == Reported) {
				got = append(got, string(m.Type)+":"+m.Trigger)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestAdjectivalNoun: a noun trigger the parse reads as an adjective of
// the noun after it is a quality, no event.
func TestAdjectivalNoun(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The militia denies any offensive plans in the valley.", ""},
		{"The militia began an offensive in the valley on Monday.", "attack:offensive"},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestGameRound: sides meeting in a round of a contest play a match.
func TestGameRound(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Kuznetsova met Sharapova in the semifinal on Friday.", ""},
		{"Putin met Xi in the capital on Friday.", "meeting:met"},
		{"Putin met Xi for the final round of talks on Friday.", "meeting:met"},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestAgreedDeal: an agreement to buy or sell a company or a stake is the
// business deal struck; an agreement to hold talks stays an agreement.
func TestAgreedDeal(t *testing.T) {
	for _, c := range []struct {
		text string
		want Type
	}{
		{"The telecom group agreed on Monday to buy a 20 percent stake in the carrier.", BusinessDeal},
		{"The bank agreed on Friday to sell its 30 percent stake in the insurer.", BusinessDeal},
		{"Russia and China agreed on Monday to hold talks on trade.", Agreement},
	} {
		m := mentionOf(t, parsed(t, c.text), "agreed")
		if m.Type != c.want {
			t.Errorf("%q: %s, want %s", c.text, m.Type, c.want)
		}
	}
}

// foreground writes the mentions not in the background as "type:trigger",
// space-separated.
func foreground(ms []Mention) string {
	var got []string
	for _, m := range ms {
		if !m.Background {
			got = append(got, string(m.Type)+":"+m.Trigger)
		}
	}
	return strings.Join(got, " ")
}

// TestTreeGoalPlace checks, on a real parse, that a journey's goal is read
// from the verb's "to" phrase however many words stand before the place's
// name.
func TestTreeGoalPlace(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, roles string // roles "" for no visit
	}{
		{"Putin flew to the remote Pyongyang district on Monday with a team of doctors.", "agent=person:putin location=place:pyongyang"},
		{"Putin went to the flood-hit Pyongyang region on Monday.", "agent=person:putin location=place:pyongyang"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		got := ""
		for _, m := range Extract(in) {
			if m.Type == Visit {
				got = roles(m)
			}
		}
		if got != c.roles {
			t.Errorf("%q: visit %q, want %q", c.text, got, c.roles)
		}
	}
}

// TestPhotoShot: a portrait or a photo "shot" is a picture, no attack; a
// person shot stays one.
func TestPhotoShot(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Portrait shot of the singer, among the photographs given to the gallery.", ""},
		{"Soldiers shot two smugglers near the border on Friday.", "attack:shot"},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
