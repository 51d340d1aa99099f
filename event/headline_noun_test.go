package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleNoBareNoun checks that an agentless event is titled by who or
// what the sentence names rather than its bare noun: the antecedent of a
// relative pronoun the parse hangs elsewhere, the subject of a noun
// predicate with a preposition, the act asked for of an infinitive read
// as an adjective, a trial's defendant; and that the trial's impression
// adjective is left out.
func TestTitleNoBareNoun(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The court heard that the payment went to Haughey, who resigned as premier in 1992.", "resigned", "Haughey resigns"},
		{"The judge told the court of the payment to Haughey, who resigned as premier in 1992.", "resigned", "Haughey resigns"},
		{"The former president is on trial with seven henchmen for the massacre.", "trial", "Former president on trial"},
		{"Iran called on Russia to free journalists and political prisoners.", "free", "Release of journalists and political prisoners"},
		{"Iran called on Russia to free journalists and political prisoners.", "called", "Iran calls on Russia to free journalists and political prisoners"},
		{"The gripping trial of the former president made a shaky restart on Tuesday.", "trial", "Trial of former president held"},
		{"The gripping trial of Putin made a shaky restart on Tuesday.", "trial", "Trial of Putin held"},
		{"The gripping trial of deposed Russian President Putin made a shaky restart on Tuesday.", "trial", "Trial of Putin held"},
		// a relative pronoun after a noun for no people names no one
		{"The payment went to the fund, who resigned in 1992.", "resigned", "Resignation"},
	})
}

// TestTitleUndergone checks that an agentless noun event its clause's
// subject undergoes is titled with that subject and verb, never as the
// type's bare noun, and that a verb of no such kind or a negated one
// gives none.
func TestTitleUndergone(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russia came under attack on Monday.", "attack", "Russia comes under attack"},
		{"Russia suffered a series of air strikes on Monday.", "air strikes", "Russia suffers air strikes"},
		{"Russia suffered an attack on Monday.", "attack", "Russia suffers attack"},
		{"Russia faced a wave of protests on Monday.", "protests", "Russia faces protests"},
		{"Russia did not face protests on Monday.", "protests", "Protests held"},
		{"Russia denied involvement in the attack on the convoy.", "attack", "Attack on convoy takes place"}, // what it is aimed at, no subject
	})
}

// TestTitleOutcomeParticle checks that an agentless noun title takes the
// outcome verb of its clause with the verb's particle.
func TestTitleOutcomeParticle(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Violent protests broke out in the capital on Sunday.", "protests", "Violent protests break out"},
		{"A riot broke out at the concert on Sunday.", "riot", "Riot breaks out"},
		{"Heavy fighting erupted near the border on Sunday.", "fighting", "Heavy fighting erupts"},
		// a verb of no outcome with its particle
		{"Violent protests died down in the capital on Sunday.", "protests", "Violent protests held"},
	})
}

// TestTitleNounClause checks that an agentless noun title takes what its
// clause says of it: a relative clause's verb and object, an outcome verb
// with its infinitive, the "of" phrase of a bare noun.
func TestTitleNounClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Leaders expressed their sorrow over the loss of lives in a fire that destroyed the camps of pilgrims.", "fire", "Fire destroys camps of pilgrims"},
		{"The talks failed to produce a deal.", "talks", "Talks fail to produce deal"},
		{"The delegation raised the food crisis in a bid to win more pledges of assistance.", "pledges", "Pledges of assistance"},
		// a passive or negated relative clause says nothing the noun did
		{"A fire that was started by a stove killed ten people on Monday.", "fire", "Fire kills ten people"},
		{"The blaze that did not reach the camps started on Monday.", "blaze", "Blaze starts"},
	})
}

// TestTitleNounOf checks that a noun event whose type's phrase has its own
// object ("issue statement") keeps what the noun is of behind a
// preposition: with the agent's light verb and the noun ("issues warning
// of crisis"), else with the type's phrase and preposition, never run
// together ("issues statement crisis").
func TestTitleNounOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin issued a warning of a crisis.", "warning", "Putin issues warning of crisis"},
		{"Putin issued a stern warning of a crisis.", "warning", "Putin issues stern warning of crisis"},
		{"Putin's warning of a crisis came on Monday.", "warning", "Putin issues statement on crisis"},
	})
}

// TestTitleGerundOutcome checks that a gerund trigger the subject of a
// verb telling what became of it ("rioting broke out") is titled by the
// two, with where, not by the type's bare noun ("Protest").
func TestTitleGerundOutcome(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"More than 30 people were injured here Sunday when rioting broke out at a concert by the British rock group.", "rioting", "Rioting breaks out at concert"},
	})
}

// TestTitleNounSubjectOf checks that the noun of a type whose verb takes no
// object makes its "of" phrase the one who does it ("Ministers resign"),
// never the verb's object, and that a place the noun phrase names is not
// named twice.
func TestTitleNounSubjectOf(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The resignation of the ministers came as a surprise on Monday.", "resignation", "Ministers resign"},
		{`"We cannot afford this," Putin told a Moscow press conference on Monday.`, "press conference", "Moscow press conference held"},
	})
}

// TestTitleGerundNounEntry checks that a noun trigger the parse reads as a
// participle ("warning its courts") takes its verb's base form, never
// the noun ("newspapers warning courts"), with what it warns against
// (warnedOf).
func TestTitleGerundNounEntry(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russian newspapers have also raised the pressure on Kyiv, warning its courts against handing down any ruling hostile to Moscow.", "warning", "Russian newspapers warn courts against handing ruling hostile to Moscow"},
	})
}

// TestTitleProtestTopic checks that a protest told by its noun alone
// keeps what it is over or against ("in protest over the terms of the
// merger" → "Protest over terms of merger held"), never the bare "Protest";
// told as the bare "in" phrase of an act, the act names who protests
// (doneInProtest).
func TestTitleProtestTopic(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"There was a protest over the terms of the merger.", "protest", "Protest over terms of merger held"},
		{"Pilots walked out in protest over the terms of the merger with the state airline.", "protest", "Pilots walk out in protest over terms of merger"},
	})
}

// TestTitleLightVerbBareNoun checks that the agent's light verb with a
// bare noun says what the type's phrase would hide ("delivered a speech"
// → "delivers speech", never "issues statement").
func TestTitleLightVerbBareNoun(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith("Dutch Premier Mark Rutte delivered a speech on Monday at the opening of the fair.", []ent{
		{"Mark Rutte", "person:mark-rutte", actor.Person, false},
	})
	in.Parse = p.Sentence
	const want = "Mark Rutte delivers speech"
	if m := find(t, in, "speech"); m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// TestTitleNounSubjectCoordinatedVerb checks that an event noun subject
// of a verb that says nothing of it takes the object of a verb coordinated
// with that verb ("a mine explosion occurred there and killed 31 miners"
// → "Mine explosion kills 31 miners"), never the bare noun.
func TestTitleNounSubjectCoordinatedVerb(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A mine explosion occurred in the province last year and killed 31 miners.", "mine explosion", "Mine explosion kills 31 miners"},
		{"A gas explosion happened at the plant on Monday and killed 12 workers.", "gas explosion", "Gas explosion kills 12 workers"},
	})
}

// TestTitleVoteTopic checks that an agentless vote keeps what it is on
// ("voted in the referendum on a new constitution" → "Referendum on
// constitution"), never a bare "Referendum".
func TestTitleVoteTopic(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Turnout was low in the referendum on a new constitution.", "referendum", "Referendum on constitution held"},
	})
}

// TestTitleOutcomeRelative checks that an agentless noun whose relative
// clause tells what became of it, or which is the subject of a phrasal
// outcome verb, takes that verb ("the fair, which kicked off on Monday"
// → "Fair kicks off"), never the bare noun.
func TestTitleOutcomeRelative(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Envoys approved the plan on the second day of the conference, which kicked off on Sunday.", "conference", "Conference kicks off"},
		{"Negotiations broke down in March after the firm raised its price.", "Negotiations", "Negotiations break down"},
	})
}

// TestTitleAimedNoun checks that an agentless attack or coup keeps what
// it is aimed at when no actor's name stands there ("a raid on the union
// offices" → "Raid on union offices takes place"), a time never ("the attack on
// Monday").
func TestTitleAimedNoun(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A raid on the union offices took place on Friday.", "raid", "Raid on union offices takes place"},
		{"Many fled abroad after the 1981 coup against the elected governor.", "coup", "1981 coup against elected governor staged"},
	})
}

// TestTitleAimedNounAgent checks that an attack noun with its agent and no
// light verb of its own keeps what it is aimed at when no actor's name
// stands there ("the rebels' offensive against the government troops" →
// "Rebels launch attack against government troops"), never the bare type
// phrase ("Rebels launch attack").
func TestTitleAimedNounAgent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Thousands fled after the start of the rebels' offensive against the government troops in March.", "offensive", "Rebels launch attack against government troops"},
		{"Four guards died in the rebels' raid on the border posts on Friday.", "raid", "Rebels launch attack on border posts"},
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

// TestTitleDisasterVagueObject checks that an agentless event noun whose
// verb does something to a definite vague object says it ("a strong
// earthquake hit the region" → "Strong earthquake hits region", no bare
// "Strong earthquake").
func TestTitleDisasterVagueObject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A strong earthquake hit the region on Monday.", "earthquake", "Strong earthquake hits region"},
	})
}

// TestTitleOccurVerb checks that an agentless event noun that is the
// subject of a verb of occurring takes it ("the accident occurred in
// Lanzhou" → "Fatal accident occurs in Lanzhou"), and that a gathering's
// noun is "held" instead ("Talks held in Geneva").
func TestTitleOccurVerb(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The fatal accident occurred at 11 a.m. Sunday in Lanzhou.", "accident", "Fatal accident occurs"},
		{"The talks took place in Geneva on Monday.", "talks", "Talks held"},
	})
}

// TestTitlePassiveDone checks that an agentless event noun that is the
// passive subject of a verb telling it done takes the participle ("a
// curfew was imposed on the village" → "Curfew imposed on village"), also
// where the parse hangs the passive on the noun as a relative clause
// ("preparatory meetings for the congress were held").
func TestTitlePassiveDone(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A curfew was imposed on the village on Friday.", "curfew", "Curfew imposed on village"},
		{"Preparatory meetings for the congress were held last week.", "meetings", "Preparatory meetings held"},
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

// TestTitleHarmConjoined checks that the cause "killed and injured"
// names, in the phrase the parse hangs on the last verb, does the harm
// told first to its subject ("Bus crash kills six people"), never only
// the last ("injures 20") nor a bare noun.
func TestTitleHarmConjoined(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Six people were killed and 20 injured in a bus crash on Monday.", "crash", "Bus crash kills six people"},
		{"Two farmers were killed and three others were injured in a road accident on Monday.", "accident", "Road accident kills two farmers"},
	})
}

// TestTitleDiedIn checks that the cause a verb of dying names in its "in"
// phrase kills the verb's subject ("Landslide kills three hikers", "Ambush kills four fishermen"), never
// a bare noun.
func TestTitleDiedIn(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Three hikers died in a landslide on Sunday.", "landslide", "Landslide kills three hikers"},
		{"Four fishermen died in an ambush near the port.", "ambush", "Ambush kills four fishermen"},
	})
}

// TestTitleParticipleAgent checks that an agentless noun whose
// participle right after it names who did it in a "by" phrase ("the
// invasion, led by ...") titles with that agent, also when the parse
// hangs the participle on the clause's verb, never the bare "Invasion"
// of a place.
func TestTitleParticipleAgent(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Kuwait", "country:KWT", actor.Country, false}, {"Iraq", "country:IRQ", actor.Country, false}}
	for _, c := range []struct{ text, trigger, want string }{
		{"The Kuwait invasion, launched by Iraq, began a long crisis.", "invasion", "Iraq invades Kuwait"},
		{"Analysts said that the legacy of the Kuwait invasion, led by Iraq but backed by others, is still felt.", "invasion", "Iraq invades Kuwait"},
	} {
		in := inputWith(c.text, ents)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleDoneInProtest checks that a protest told as the "in" phrase of
// what its protesters did is titled by that act and what it protests
// ("resign in protest at decision"), never "Protest held" in a place the
// protest is against.
func TestTitleDoneInProtest(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The two judges quit on Friday in protest at the minister's plan to merge the courts.", "protest", "Two judges quit in protest at plan to merge courts"},
		{"The delegates walked out in protest over the new rules.", "protest", "Delegates walk out in protest over rules"},
	})
}

// TestTitleInDemonstration checks that a protest with a determiner, the
// setting of an act rather than its manner ("arrested ten men in a
// demonstration"), is not titled by that act.
func TestTitleInDemonstration(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The guards detained ten students in a protest outside the ministry.", "protest", "Protest held"},
	})
}

// TestTitleGerundPatient checks that a killing told by a gerund after
// "of" or "for" with people for its object ("accused of killing a
// teacher") is titled by them ("Retired teacher killed"), never the bare
// "Killing"; after "by", the "-ing" word describes its noun ("by invading
// troops") and names no patient.
func TestTitleGerundPatient(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Two brothers are accused of killing a retired teacher in her garden.", "killing", "Retired teacher killed"},
		{"Police are hunting a gang suspected of killing two night guards.", "killing", "Two night guards killed"},
	})
}

// TestProtestObject checks that a protest told by a verb with an object
// names what is protested, and that a protest's "of" phrase still names
// who protests.
func TestProtestObject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Nurses protested the closure of the clinic.", "protested", "Nurses protest closure of clinic"},
		{"The fishermen protested the quotas on Tuesday.", "protested", "Fishermen protest quotas"},
		{"Dock workers protested against the reform.", "protested", "Dock workers protest against reform"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestReducedHarmCause checks that an agentless noun of a cause named in
// the "in" phrase of a reduced passive of harm (harm_verbs) takes the
// verb and the noun the participle hangs on ("the 40 miners killed in a
// blast" → "Blast kills 40 miners"), and that "hurt" is a verb of harm.
func TestReducedHarmCause(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, trigger, want string }{
		{"Anxious families sought word of the 120 travellers killed in a huge blaze at the camp.", "blaze", "Huge blaze kills 120 travellers"},
		{"Mourners buried three of the 16 workers killed in the explosion at the depot.", "explosion", "Explosion kills 16 workers"},
		{"Six guards were hurt in the fighting at the gate.", "fighting", "Fighting hurts six guards"},
	}
	for _, c := range cases {
		in := inputWith(c.text, nil)
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleStruckByDisaster checks that a disaster told as the "by"
// phrase of a passive verb of striking hits what the passive's subject
// names ("Strong earthquake hits Norland"), never the bare "hits"; a verb
// that is none (strike_verbs: "affected") leaves the title as it was.
func TestTitleStruckByDisaster(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Norland", "country:norland", actor.Country, false}}, []headlineCase{
		{"Eastern Norland was struck by a strong earthquake on Friday, but no damage was reported.", "earthquake", "Strong earthquake hits Norland"},
		{"The fishing village was battered by a powerful typhoon on Friday.", "typhoon", "Powerful typhoon hits fishing village"},
		{"Officials counted the farms affected by a powerful typhoon on Friday.", "typhoon", "Powerful typhoon hits"},
	})
}
