package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleParticipleSubject checks that a present participle with no
// subject of its own takes the subject a headline needs from its tree:
// the noun it modifies ("with exports to Asia jumping 30 percent" →
// "Exports jump 30 percent"), the people right before it ("rules for
// Russians visiting Finland" → "Russians visit Finland"), and, for a gerund
// clause "by", "after" or "while" opens, its main clause's subject
// ("Portugal won the cup by defeating Greece" → "Portugal defeats
// Greece"), never the type's noun ("Sport result with Greece"). An event
// noun the parse reads as a participle ("the Amar killing") is no clause.
func TestTitleParticipleSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The carmaker sold 500,000 cars in 1998, with exports to Asia jumping 30 percent.", "jumping", "Exports jump 30 percent"},
		{"Portugal lived up to their billing by defeating Greece 3-1 in the final on Sunday.", "defeating", "Portugal defeats Greece 3-1"},
		{"The minister eased travel restrictions for Russians visiting Finland before holding talks in April.", "visiting", "Russians visit Finland"},
	})
}

// TestTitleNounAtPlace checks that an agentless event noun with only a
// place reads as a headline: a disaster hits the place ("severe floods
// in Malawi" → "Severe floods hit Malawi"), a gathering listed in
// held_nouns is held there ("the summit in Lisbon" → "Summit held in
// Lisbon"), never the bare noun phrase ("Summit in Lisbon"); a noun whose
// clause tells what became of it keeps that ("Talks collapse").
func TestTitleNounAtPlace(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Malawi", "country:MWI", actor.Country, true},
		{"Lisbon", "place:lisbon", actor.Place, true},
		{"Latvia", "country:LVA", actor.Country, true},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Aid agencies sent food to families affected by severe floods in Malawi.", "floods", "Severe floods hit Malawi"},
		{"The ministers agreed on a budget at the summit in Lisbon on Friday.", "summit", "Summit held in Lisbon"},
		{"Voters stayed home during the referendum in Latvia last year.", "referendum", "Referendum held in Latvia"},
		{"The talks in Oslo collapsed on Monday.", "talks", "Talks collapse in Oslo"},
	})
}

// TestTitleRootNounSubject checks that a finite verb with no subject of
// its own the parse hangs on a noun it takes for the sentence's root has
// that noun for subject ("the reserve bank, under the watch of the
// trade ministry, had ordered local lenders to ..." → "Reserve bank
// orders ..."),
// never the type's noun ("Demand").
func TestTitleRootNounSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Effective Tuesday, the reserve bank, under the watch of the trade ministry, had ordered local lenders to hold 20 percent of new deposits.", "ordered", "Reserve bank orders local lenders to hold 20 percent of deposits"},
		{"US-based rights group Global Witness (GW) Saturday condemned the execution of the rebel leader.", "condemned", "US-based rights group Global Witness condemns execution of rebel leader"},
	})
}

// TestTitleNounOfOutcome checks that an agentless noun with its "of"
// phrase takes what became of it or the harm it did ("the last eruption
// of the volcano killed 12 people" → "Last eruption of volcano kills 12
// people"), also where the parse takes the noun for the sentence's root
// and hangs the verb on it, and that a harm keeps the state it left its
// object in ("left 14 workers dead").
func TestTitleNounOfOutcome(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The last eruption of the volcano, which occurred in 1980, killed 12 people.", "eruption", "Last eruption of volcano kills 12 people"},
		{"But last month a meeting of the council, a joint panel to discuss the border dispute, failed to reach agreement on the subject.", "meeting", "Meeting of council fails to reach agreement"},
		{"A gas blast that occurred in the Dongfeng coal mine on Monday left 14 workers dead.", "gas blast", "Gas blast leaves 14 workers dead"},
	})
}

// TestParticipleDoubling checks the participle's spelling: a one-syllable
// verb ending in one vowel and a consonant doubles it ("slam" →
// "slammed"), a longer one only with a stressed ending doubled_endings
// lists ("expel" → "expelled", but "limit" → "limited", "offer" →
// "offered").
func TestParticipleDoubling(t *testing.T) {
	for verb, want := range map[string]string{
		"slam": "slammed", "rob": "robbed", "expel": "expelled", "occur": "occurred", "transfer": "transferred",
		"admit": "admitted", "limit": "limited", "offer": "offered", "visit": "visited", "jail": "jailed",
		"fix": "fixed", "open": "opened", "bomb": "bombed", "name": "named",
	} {
		if got := theHeadWords.participle(verb); got != want {
			t.Errorf("participle(%q) = %q, want %q", verb, got, want)
		}
	}
}

// TestTitleSaidObjectSubject checks that a finite clause with no subject
// after a reporting verb whose object the parse took from it has that
// object for subject, with its modifiers ("said its index of rising
// indicators rose 0.3 percent" → "Index of rising indicators rises 0.3
// percent"), never the type's noun.
func TestTitleSaidObjectSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The research group said its index of rising economic indicators rose 0.3 percent in May.", "rose", "Index of rising economic indicators rises 0.3 percent"},
	})
}

// TestTitleVisitOblique checks that an agentless visit noun that is an
// oblique of a clause takes that clause's subject, as the tree climbs to
// it, for who travels ("Karl Brenner arrived in Lima for a goodwill
// visit to Peru" → "Karl Brenner visits Peru"), never the bare noun
// phrase ("Goodwill visit to Peru").
func TestTitleVisitOblique(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Peru", "country:PER", actor.Country, true},
		{"Lima", "place:lima", actor.Place, true},
	}, []headlineCase{
		{"Karl Brenner arrived in Lima Tuesday evening for a two-day goodwill visit to Peru.", "visit", "Karl Brenner visits Peru"},
	})
}

// TestTitleChargeOblique checks that a charge verb keeps the phrase
// saying what the charge is for or on whom it is laid, where the parse
// hangs it on the object too ("blamed the bombing on the rebel groups" →
// "blames bombing on rebel groups"), never a title that reads cut
// ("blames bombing").
func TestTitleChargeOblique(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner on Monday blamed the heavy rain for the weak retail sales.", "blamed", "Karl Brenner blames heavy rain for weak retail sales"},
		{"Karl Brenner blamed the bombing on the rebel groups in the north.", "blamed", "Karl Brenner blames bombing on rebel groups"},
	})
}

// TestTitleChangeNounIn checks that a bare object naming a change keeps
// its "in" phrase (change_nouns: "posted an increase in net profits" →
// "posts increase in net profits"), never "posts increase".
func TestTitleChangeNounIn(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland Motors", "org:norland-motors", actor.Organization, false},
	}, []headlineCase{
		{"Thanks to brisk exports, Norland Motors posted an increase in net profits last year.", "posted", "Norland Motors posts increase in net profits"},
	})
}

// TestTitleGoalAdverb checks that an infinitive keeps the adverb of where
// its object is brought, right after the object, with the phrase it
// opens (goal_adverbs: "vowed to bring the breakaway region back under
// government control" → "vows to bring breakaway region back under
// government control"), never a title that reads cut ("vows to bring
// breakaway region"); an adverb past another phrase is no goal.
func TestTitleGoalAdverb(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner has vowed to bring the breakaway region back under government control.", "vowed", "Karl Brenner vows to bring breakaway region back under government control"},
		{"Karl Brenner vowed to bring the troops home by Christmas.", "vowed", "Karl Brenner vows to bring troops home"},
	})
}

// TestTitleTalksHost checks that agentless talks with a named side that
// are an oblique of a clause take that clause's subject, as the tree
// climbs to it, for who holds them: an actor's name or a noun of people
// ("a senior military chief arrived for talks with Peru" → "Senior
// military chief holds talks with Peru"), never the bare noun phrase
// ("Talks with Peru").
func TestTitleTalksHost(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Peru", "country:PER", actor.Country, false},
	}, []headlineCase{
		{"A senior military chief arrived here Wednesday for talks on military cooperation with Peru.", "talks", "Senior military chief holds talks with Peru"},
	})
}

// TestTitlePassivePost checks that an agentless passive of a post verb
// keeps the post its "as" phrase names, without "as" ("Brenner was
// elected as president" → "Brenner elected president"), but not a
// phrase that names no post ("as a reward").
func TestTitlePassivePost(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Elected as president in 2004, Karl Brenner will face a crucial test in the coming elections.", "Elected", "Karl Brenner elected president"},
		{"Karl Brenner was appointed as a reward for his loyalty in 2004.", "appointed", "Karl Brenner appointed"},
	})
}

// TestTitleAppealComplement checks that an appeal keeps what it asks: a
// vague object after the infinitive's verb still says it ("urged the
// rebels to spare the region" → "... to spare region"), and the people a
// "for" phrase asks are told once ("called for Chile to halt the tests",
// never "for Chile for Chile").
func TestTitleAppealComplement(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Peru", "country:PER", actor.Country, true},
		{"Chile", "country:CHL", actor.Country, true},
	}, []headlineCase{
		{"Peru urged the rebels to spare the region.", "urged", "Peru urges rebels to spare region"},
		{"Peru called for Chile to halt the tests.", "called", "Peru calls for Chile to halt tests"},
	})
}

// TestTitleNamedGroupAgrees checks that a body whose name ends in a
// collective noun takes a singular verb whatever its capitals ("Tata
// Group acquired" → "Tata Group acquires", as "Pro-democracy group
// threatens"), while a count of people stays plural.
func TestTitleNamedGroupAgrees(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Orvo Group", "org:orvo-group", actor.Organization, false},
		{"Corus", "org:corus", actor.Organization, false},
	}, []headlineCase{
		{"Orvo Group acquired a stake in Corus.", "acquired", "Orvo Group acquires stake in Corus"},
	})
}

// TestTitleObjectFirst checks that a verb phrase of object_first takes
// its object between its words ("were taken hostage by gunmen" →
// "Gunmen take engineers hostage", never "take hostage engineers").
func TestTitleObjectFirst(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Three engineers were taken hostage by gunmen.", "taken hostage", "Gunmen take three engineers hostage"},
	})
}

// TestTitleDisasterVagueObject checks that an agentless event noun whose
// verb does something to a definite vague object says it ("a strong
// earthquake hit the region" → "Strong earthquake hits region", no bare
// "Strong earthquake").
func TestTitleDisasterVagueObject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A strong earthquake hit the region on Monday.", "earthquake", "Strong earthquake hits region"},
	})
}
