package event

import (
	"strings"
	"sync"
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// testParser is the default parser, loaded once for the tests that need a
// real dependency tree.
var testParser = sync.OnceValues(nlp.Default)

// parsed returns the Input of text with the default parser.
func parsed(t *testing.T, text string, times ...tx) Input {
	t.Helper()
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := input(text, times...)
	in.Parse = p.Sentence
	return in
}

// mentionOf returns the mention whose trigger is word, failing when there
// is none.
func mentionOf(t *testing.T, in Input, word string) Mention {
	t.Helper()
	for _, m := range Extract(in) {
		if strings.EqualFold(m.Trigger, word) {
			return m
		}
	}
	t.Fatalf("%q: no mention with trigger %q", in.Text, word)
	return Mention{}
}

// factualityCase is a sentence, the trigger word of one of its mentions
// and the factuality that mention must have.
type factualityCase struct {
	text, trigger string
	want          Factuality
}

// checkFactuality extracts each case's sentence with a real parse and
// reports the cases whose mention has another factuality.
func checkFactuality(t *testing.T, cases []factualityCase) {
	t.Helper()
	for _, tc := range cases {
		if m := mentionOf(t, parsed(t, tc.text), tc.trigger); m.Factuality != tc.want {
			t.Errorf("%q: %q is %s, want %s", tc.text, tc.trigger, m.Factuality, tc.want)
		}
	}
}

// TestTreeModality checks each rule of treeFactuality on a sentence of its
// own, read with a real parse.
func TestTreeModality(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger string
		want                Factuality
	}{
		{"fact", "Putin visited Pyongyang on Monday.", "visited", Asserted},
		{"negation of the verb", "Putin did not visit Pyongyang on Monday.", "visit", Negated},
		{"never", "Putin has never visited Pyongyang.", "visited", Negated},
		{"no on a noun", "There is no ceasefire in Kursk.", "ceasefire", Negated},
		{"negated occurrence verb", "Talks between Russia and China were not held on Friday.", "Talks", Negated},
		{"negated light verb", "Russia did not hold talks with China.", "hold talks", Negated},
		{"modal could", "Russia could attack Kyiv.", "attack", Hypothetical},
		{"unable to", "Russia and Ukraine have been unable to agree on a truce.", "agree", Negated},
		{"question complement", "Police in Kyiv are investigating whether rebels bombed the bridge.", "bombed", Hypothetical},
		{"resisted arrest", "The rebels resisted arrest in Kursk on Sunday.", "arrest", Negated},
		{"provided that", "Russia signs the accord provided that Ukraine attacked the rebels on Sunday.", "attacked", Hypothetical},
		{"provided, bare", "Russia will resume talks, provided Ukraine attacked the rebels on Sunday.", "attacked", Hypothetical},
		{"negated cause", "Experts said the tremors were not likely to result in a deadly eruption.", "eruption", Negated},
		{"modal on a cause", "The dispute could lead to an attack on Kyiv.", "attack", Hypothetical},
		{"modal will", "Putin will visit Pyongyang next week.", "visit", Planned},
		{"an awaited challenge filed", "Kim filed an expected challenge against the ruling on Monday.", "challenge", Asserted},
		{"a challenge to be filed", "Kim will file a challenge against the ruling.", "challenge", Planned},
		{"an act called for with let's", "Let's have a military attack on the rebels, the general said.", "attack", Hypothetical},
		{"an on gerund insisted on", "The dockers' union insisted on holding talks with the port owners.", "holding talks", Hypothetical},
		{"a clause insisted is told", "The dockers' union insisted that talks had been held with the port owners.", "talks", Reported},
		{"a clause of time is no complement", "Kuznetsov told reporters after arriving in Minsk.", "arriving", Asserted},
		{"a marked complement of its verb", "Kuznetsov told reporters to stop visiting Minsk.", "visiting", Hypothetical},
		{"the purpose of a planned journey", "The Turkish minister will travel to Moscow for talks with Lavrov.", "talks", Planned},
		{"the purpose of a journey to be made", "Macron is to fly to Ankara for a summit with Erdogan.", "summit", Planned},
		{"an infinitive hung on a first time", "Erdogan offered for the first time to meet Assad in Baku.", "meet", Planned},
		{"a purpose hung on a first time", "Scholz flew to Kyiv for the first time to meet Zelensky.", "meet", Planned},
		{"a first time tells the act", "Scholz met Zelensky for the first time in Kyiv.", "met", Asserted},
		{"a headline's infinitive", "Modi to visit Moscow for talks with Putin.", "visit", Planned},
		{"a subjunctive that clause", "Prosecutors issued a recommendation that the mayor be indicted for bribery.", "indicted", Hypothetical},
		{"a subjunctive after an adjective", "The senator said it was vital that the general be arrested for the massacre.", "arrested", Hypothetical},
		{"a subjunctive hung as a relative clause", "Police made recommendations that the mayor be indicted for bribery.", "indicted", Hypothetical},
		{"a mandative clause on a demand noun, no that", "Ruto brushed aside calls he halt mining activity in the valley.", "halt", Hypothetical},
		{"a mandative clause of a saying verb", "Senators insisted that Governor Okafor resign over the audit.", "resign", Hypothetical},
		{"a tensed clause of a saying verb is reported", "Senators insisted that Governor Okafor resigned over the audit.", "resigned", Reported},
		{"a comparison's with phrase", "The region is safer with a truce than without one, the mayor said.", "truce", Hypothetical},
		{"a comparison with more", "Farmers are more secure with a ceasefire than under curfew, the mayor said.", "ceasefire", Hypothetical},
		{"a plural subject's present is no mandative", "Senators insisted that the guerrillas attack villages at night.", "attack", Reported},
		{"a trigger read as a compound of its name", "Officials said an attempt at a coup d'etat was under way in Bamako.", "coup", Hypothetical},
		{"a compound of a name a verb fears", "Officials in Bamako feared a coup d'etat on Monday.", "coup", Hypothetical},
		{"a governor the parse fixes with to", "Peru is due to go to the polls in April for presidential elections.", "elections", Planned},
		{"a cause the parse fixes with to", "Protesters held a rally in Lima on Monday due to the price rise.", "rally", Asserted},
		{"the road to a vote", "The road to a referendum in Chile remains long.", "referendum", Planned},
		{"the topic of talks", "Talks on a border treaty between Lima and Quito ended on Tuesday.", "treaty", Hypothetical},
		{"the topic of negotiations", "Negotiations over a truce in the valley resumed in Oslo.", "truce", Hypothetical},
		{"a meeting a way is paved for", "The truce paved the way for a meeting between the two presidents in Geneva.", "meeting", Planned},
		{"the meeting that paved the way", "The meeting in Geneva paved the way for a truce.", "meeting", Asserted},
		{"a journey's way is no paving", "The envoy stopped in Vienna on his way to Geneva for the meeting.", "meeting", Asserted},
		{"an accord hoped to be forged", "Lima hopes to forge a similar accord with the rebels.", "accord", Hypothetical},
		{"a deal that failed to be clinched", "The two firms failed to clinch a deal on Monday.", "deal", Negated},
		{"a forged accord", "Lima forged an accord with the rebels on Monday.", "accord", Asserted},
		{"the idea of an event", "The general rejected the idea of early elections in Mali.", "elections", Hypothetical},
		{"a scenario of an event", "The minister described a scenario of an attack on the capital.", "attack", Hypothetical},
		{"a noun tagged a verb keeps its object reading", "Seoul wanted to avoid embarrassment should its envoy be refused a White House visit.", "visit", Negated},
		{"a modifier of the object hung on the verb", "Britain, Italy and others rejected a Kenyan proposal for an outright merger of the two armies.", "merger", Hypothetical},
		{"an oblique after a plain object", "The rebels signed a deal with Kenya after a ceasefire in Juba.", "ceasefire", Asserted},
		{"the groundwork for talks", "The envoys laid the groundwork for talks between the two presidents.", "talks", Planned},
		{"a that clause in the indicative", "Prosecutors announced that the mayor was indicted for bribery.", "indicted", Reported},
		{"the purpose of a journey made", "Macron flew to Ankara for a summit with Erdogan.", "summit", Asserted},
		{"a date for an event", "Lavrov will discuss with Macron an agreed date for an election in Crimea.", "election", Planned},
		{"a timetable for an event", "The parties set a timetable for elections in Kursk.", "elections", Planned},
		{"modal shared by a coordinated verb", "The deal could help end the war and make Russia and China finalize talks.", "talks", Hypothetical},
		{"agree to", "Russia agreed to sign the treaty with China.", "sign", Planned},
		{"a bare conjunct tagged present shares the modal", "Officials said Putin will hold talks with Xi, meet with Li and deliver a speech in Beijing.", "speech", Planned},
		{"an adjective read for an infinitive after an appeal", "Amnesty International on Friday called on Belarus to free journalists and activists from its prisons.", "free", Hypothetical},
		{"a compound read for a verb coordinated under an appeal", "The envoy urged donors to help ease pressure on the farmers to enable the government to keep the peace and reinforce the border troops.", "reinforce", Hypothetical},
		{"the content clause of a hypothetical noun", "The ministry raised the possibility that the helicopter was shot down by rebels.", "shot", Hypothetical},
		{"a possibility ruled out", "The ministry ruled out the possibility that the helicopter was shot down by rebels.", "shot", Negated},
		{"a content clause of a plain noun is asserted", "The news that rebels attacked the base reached Kyiv on Monday.", "attacked", Asserted},
		{"the agreeing itself is a fact", "Russia agreed to sign the treaty with China.", "agreed", Asserted},
		{"refuse to", "Russia refused to meet China.", "meet", Negated},
		{"an act judged with it as the subject", "The envoy said it was unfair to blame Ukraine for the shortages.", "blame", Hypothetical},
		{"an act judged in a subject clause", "Merkel said on Monday it was important to condemn the raid.", "condemn", Hypothetical},
		{"an act judged with a person as the subject is done", "The minister was right to condemn the raid.", "condemn", Asserted},
		{"an act enjoyed is done", "She said it was nice to pay a short visit to her old school.", "visit", Reported},
		{"a postponement decided is made", "The agency has decided to postpone the launch of the satellite by a year.", "postpone", Asserted},
		{"a postponement to be decided is not", "The agency will decide to postpone the launch of the satellite.", "postpone", Planned},
		{"a visit decided is planned", "Putin decided to visit Pyongyang next month.", "visit", Planned},
		{"a halt to talks decided is made", "Oslo has decided to halt its trade talks with Minsk.", "halt", Asserted},
		{"a rate rise decided is made", "The central bank decided to raise its main lending rate by half a point.", "raise", Asserted},
		{"a sacking decided is made", "The club board has decided to sack the head coach.", "sack", Asserted},
		{"a release decided is planned", "The junta decided to free forty jailed monks.", "free", Planned},
		{"a surrender decided is planned", "The rebels decided on Tuesday to surrender their weapons.", "surrender", Planned},
		{"no intention of doing", "Lima has no intention of attacking or invading its neighbour, the minister said.", "attacking", Negated},
		{"the threat of doing", "The rebels renewed the threat of attacking the capital on Monday.", "attacking", Hypothetical},
		{"a gerund of a plain noun keeps its fact", "The rebels were blamed for the crime of attacking the capital on Monday.", "attacking", Asserted},
		{"short of", "Russia stopped short of attacking Kyiv on Monday.", "attacking", Negated},
		{"prevented from", "Police prevented the protesters from marching to the palace on Monday.", "marching", Negated},
		{"blocked from", "The court blocked Putin from visiting France.", "visiting", Negated},
		{"vow to", "Putin vowed to attack Kyiv.", "attack", Planned},
		{"postponed noun", "Russia postponed the talks with China.", "talks", Negated},
		{"a denied report's content, its that read as a subject", "The navy denied reports that sailors shot two fishermen.", "shot", Negated},
		{"a batch of the noun's events planned", "Ministers from the two states will sign a batch of trade agreements in Lima next week.", "agreements", Planned},
		{"a string of the noun's events held", "The two premiers held a string of meetings in Lima on Monday.", "meetings", Asserted},
		{"a postponement of a round of talks", "The envoy sought assurances after the postponement of the third round of talks with the rebels.", "talks", Negated},
		{"a cancellation of a summit", "Markets fell on Monday after the cancellation of the summit in Lima.", "summit", Negated},
		{"postponed exchanges of the noun's events", "Peru called off all exchanges of visits with Chile on Monday.", "visits", Negated},
		{"suspended noun", "Russia suspended the talks with China on Monday.", "talks", Negated},
		{"declined noun", "The junta has declined the deployment of foreign peacekeepers in the north.", "deployment", Negated},
		{"broken-off noun", "Russia broke off the talks with China on Monday.", "talks", Negated},
		{"a conjunct after nor", "Kim neither visited Seoul nor met Moon on Monday.", "met", Negated},
		{"a report denied", "Peru denied reports that its troops attacked a village.", "attacked", Negated},
		{"ruled out a noun", "Poland ruled out a visit to Kyiv by its president.", "visit", Negated},
		{"ruled out a gerund", "Hungary on Friday ruled out sending troops to Chad.", "sending troops", Negated},
		{"a gerund not ruled out", "Hungary did not rule out sending troops to Chad.", "sending troops", Hypothetical},
		{"ruled out with a separate adverbial", "Hungary ruled out the plan on Friday, sending troops to Chad instead.", "sending troops", Asserted},
		{"passive put off", "The summit between Putin and Xi was put off until Friday.", "summit", Negated},
		{"an oblique of a phrasal verb is not its object", "The talks were put off because of the long negotiations over a peace deal with China.", "deal", Asserted},
		{"protected from", "NATO set up a zone to protect the Kurds from air attack by Russia.", "attack", Negated},
		{"passive postponed", "The meeting between Putin and Xi was postponed.", "meeting", Negated},
		{"call for", "Russia called for talks with China.", "talks", Hypothetical},
		{"interested in", "Russia is interested in talks with China.", "talks", Planned},
		{"a planned summit", "Putin announced a planned summit with Xi.", "summit", Planned},
		{"an early election is one ahead", "Aides hinted that the premier would move for early elections.", "elections", Planned},
		{"a snap election read as a noun compound", "Analysts said a poll on snap elections gave the ruling party a narrow lead.", "elections", Planned},
		{"an early election held", "Early elections were held in the province on Sunday.", "elections", Asserted},
		{"a planned summit held", "The planned summit was held in Oslo on Monday.", "summit", Asserted},
		{"a planned summit to be held", "The planned summit will be held in Oslo on Monday.", "summit", Planned},
		{"an adverb of time hung on the noun", "The Iranian missile test early last month sparked U.N. condemnations and sanctions.", "missile test", Asserted},
		{"conditional", "If Russia attacks Kyiv, NATO will respond.", "attacks", Hypothetical},
		{"question", "Did Russia attack Kyiv?", "attack", Hypothetical},
		{"is to", "Putin is to visit Pyongyang next week.", "visit", Planned},
		{"purpose infinitive", "Troops arrived in Kursk to attack Ukraine.", "attack", Planned},
		{"purpose infinitive with its own subject", "Xi sent a plane for Putin to visit Beijing.", "visit", Planned},
		{"a call for what the parse strands from its preposition", "Aides say the president is likely to call for early presidential and parliamentary elections.", "elections", Hypothetical},
		{"a gathering's purpose is done", "Thousands of Ukrainians gathered in Kyiv to protest the attack by Russia.", "protest", Asserted},
		{"a game's result with its score is done", "Dynamo came from behind to beat Zenit 2-1 in Kyiv.", "beat", Asserted},
		{"a purpose not yet fulfilled stays planned", "Dynamo will travel to Kyiv to beat Zenit 2-1.", "beat", Planned},
		{"the noun object of another verb keeps its own fact", "Russia condemned the attack on Kyiv.", "attack", Asserted},
		{"a ranked infinitive is a fact", "Putin was the first leader to visit Pyongyang.", "visit", Asserted},
		{"looking to: a ranked infinitive sought", "Russia is looking to become the first nation to attack Kyiv.", "attack", Hypothetical},
		{"looking to", "Russia is looking to attack Kyiv.", "attack", Hypothetical},
		{"bridge noun", "Russia denied involvement in the attack on Kyiv.", "attack", Negated},
		{"reported", "Russia attacked Kyiv, Tass said.", "attacked", Reported},
		{"a modal of another act", "Putin must now miss the talks with Xi in Beijing.", "talks", Asserted},
		{"a modal of an occurrence verb", "Russia could face new sanctions from NATO.", "sanctions", Hypothetical},
		{"a negated participation", "China will not participate in the meeting with Russia.", "meeting", Negated},
		{"a framing oblique", "Putin will seek support during a trip to Beijing.", "trip", Planned},
		{"told to", "NATO told Russia to withdraw its troops from Ukraine.", "withdraw", Hypothetical},
		{"a bare participle is no complement", "Russia ordered inspections in Kursk, vowing to punish Ukraine.", "vowing", Asserted},
		{"a subject in a hoped clause", "Kim said he hopes Putin's visit will help North Korea.", "visit", Hypothetical},
		{"a subject keeps its fact past its verb", "Russia said the attack on Kyiv could spark a war.", "attack", Reported},
		{"a participle of plan on the noun", "Russia published polls on the elections scheduled for next month.", "elections", Planned},
		{"ahead of", "Polls were published one week ahead of Russia's general election.", "election", Planned},
		{"a participle tells it happened", "Russia urged China to continue the talks begun in Moscow.", "talks", Asserted},
		{"a past relative clause tells it happened", "The three-day talks which ended Friday were aimed at reaching a truce in the valley.", "talks", Asserted},
		{"a past relative clause under a purpose", "The conference that opened in Lima on Monday is aimed at promoting trade.", "conference", Asserted},
		{"a negated relative clause tells nothing", "The summit which did not take place was aimed at reaching a truce.", "summit", Hypothetical},
		{"a tensed conjunct keeps its own fact", "Putin left to visit Kim after Xi attacked Kyiv.", "attacked", Asserted},
		{"due to before a light verb", "Putin was due to hold talks with Kim in Pyongyang.", "hold talks", Planned},
		{"belief", "Putin believes Russia and China are negotiating a new treaty.", "negotiating", Hypothetical},
		{"topic of talk", "Russian sanctions against Ukraine were raised at the meeting with China.", "sanctions", Hypothetical},
		{"focus of talks", "The talks with Russia on Monday focused on the siege of the town.", "siege", Hypothetical},
		{"focus on ending", "The talks with Russia on Monday focused on ending the siege of the town.", "siege", Hypothetical},
		{"a seeming", "The dispute appeared to threaten the coalition's future for a time.", "threaten", Hypothetical},
		{"a seeming, seem", "Russian troops seemed to withdraw from Kursk on Monday.", "withdraw", Hypothetical},
		{"a belief holds both conjuncts", "Putin said he believes Kim has not decided and is still negotiating with China.", "negotiating", Hypothetical},
		{"a favourite's win is a prediction", "Putin is favored to win the election against Kim.", "election", Hypothetical},
		{"an election run for lies ahead", "Putin, who is running for re-election, met Kim.", "re-election", Planned},
		{"an approach to a deal", "The envoys were inching closer to a pact on the border on Friday.", "pact", Hypothetical},
		{"close to an accord", "Lima and Quito were close to an accord on fishing rights.", "accord", Hypothetical},
		{"moving toward a truce", "The rebels moved toward a truce with the army on Friday.", "truce", Hypothetical},
		{"nearing a deal", "The unions are nearing an agreement with the mayor.", "agreement", Hypothetical},
		{"on the verge of a deal", "Oslo is on the verge of a deal with its creditors.", "deal", Hypothetical},
		{"a text laying down an act", "Lima passed a law mandating sanctions against Quito.", "sanctions", Planned},
		{"an accord providing for a vote", "The pact provides for elections in the north.", "elections", Planned},
		{"progress toward a ceasefire", "The envoys reported progress toward a ceasefire on Friday.", "ceasefire", Hypothetical},
		{"a subject of a predicate noun ahead", "The trip will be Ortega's second visit to the northern province.", "trip", Planned},
		{"a predicate noun ahead", "It will be Ortega's second visit to the northern province.", "visit", Planned},
		{"a compound of a warrant", "A judge in Lisbon approved an arrest warrant for Ortega on Monday.", "arrest", Planned},
		{"a compound of an attempt", "Ortega survived an assassination attempt in Lisbon on Monday.", "assassination", Hypothetical},
		{"an arrest told done", "Police in Lisbon made an arrest on Monday.", "arrest", Asserted},
		{"a relative clause ahead", "The summit between Ortega and Lula, which will be held in Geneva, is seen as crucial.", "summit", Planned},
		{"a relative clause done", "The summit between Ortega and Lula, which was held in Geneva in May, was seen as crucial.", "summit", Asserted},
		{"a particle read as an adverb", "Aides said that if the ceasefire lasts, Ortega would bring forward his meeting with Lula.", "meeting", Planned},
		{"a predicate noun told done", "The trip was Ortega's second visit to the northern province.", "trip", Asserted},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if m.Factuality != tc.want {
			t.Errorf("%s: %q: %s is %s, want %s", tc.rule, tc.text, tc.trigger, m.Factuality, tc.want)
		}
	}
}

// TestTreeReporter checks that the subject of a reporting verb whose
// complement holds the event is its source.
func TestTreeReporter(t *testing.T) {
	m := mentionOf(t, parsed(t, "Tass said that Russia attacked Kyiv."), "attacked")
	if m.Factuality != Reported || m.Source != "org:tass" {
		t.Errorf("got %s from %q, want reported from org:tass", m.Factuality, m.Source)
	}
}

// TestTreeGeneric checks that habits, recurring institutions and kinds of
// events are told in the background, and that one named day keeps an
// event.
func TestTreeGeneric(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger string
		times               []tx
		want                bool
	}{
		{"habitual adverb", "Russian troops have frequently attacked Ukraine in the past decade.", "attacked", nil, true},
		{"habitual adverb on the noun's verb", "North Korea often responds to drills with missile tests.", "missile tests", nil, true},
		{"habitual adverb with a day", "Russian troops repeatedly attacked Kyiv on Monday.", "attacked",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"a steady stance in the perfect", "Minsk has consistently rejected Kyiv's demands for talks.", "rejected", nil, true},
		{"recent attacks summed", "The minister blamed the rebels' recent bloody attacks for the unrest.", "attacks", nil, true},
		{"numerous events summed", "The port has hosted numerous conferences on tourism, the governor said.", "conferences", nil, true},
		{"several events on a day", "Police carried out several arrests in the old town on Monday.", "arrests",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"past habit", "Ukraine used to attack the villages near the border.", "attack", nil, true},
		{"past habit of a light verb", "The rebels used to carry out attacks on the villages.", "attacks", nil, true},
		{"a use with an object is one act", "Russia used drones to attack Kyiv on Monday.", "attack",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"a recurring time on the noun", "Statistics show there is at least one small earthquake every day in the region.", "earthquake",
			[]tx{{"every day", "SET", "P1D", false}}, true},
		{"a recurring time on the verb", "Russian drones struck the port every night last summer.", "struck",
			[]tx{{"every night", "SET", "TNI", false}, {"last summer", "DATE", "2023-SU", true}}, true},
		{"daily", "Russia has been issuing daily warnings to Ukraine about the dam.", "warnings", nil, true},
		{"periodic adjective", "Russia and China held the annual exercises under the treaty.", "exercises", nil, true},
		{"experience of a kind", "Russia has had bad experiences with ceasefires with Ukraine.", "ceasefires", nil, true},
		{"a light verb tells one event", "Russia has had talks with China.", "talks", nil, false},
		{"present relative clause", "Russia condemned militants who are firing rockets at Kursk.", "firing", nil, true},
		{"quantified plural", "Russia accused Ukraine of meddling in some of the elections.", "elections", nil, true},
		{"a series of events", "The ministry planned new safety rules following a series of accidents at the plant.", "accidents", nil, true},
		{"a wave of events on a day", "Police carried out a wave of arrests in the capital on Monday.", "arrests",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"a spate of events", "The agency said a recent spate of hijackings off the coast was delaying food aid.", "hijackings", nil, true},
		{"possession", "We have an important agreement with Russia.", "agreement", nil, true},
		{"quantified plural under a modal", "The court said all appeals against death sentences should be heard in public.", "appeals", nil, true},
		{"quantified plural in the past is one set of events", "The court said all appeals against the death sentences were heard on Monday.", "appeals",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"a kind of event under should, on a day", "On Monday the judge said that all appeals should be heard in open trials.", "trials",
			[]tx{{"On Monday", "DATE", "2024-06-17", true}}, true},
		{"a quantified subject under must, on a day", "On Monday the judge said that all appeals against death sentences must be heard in public.", "appeals",
			[]tx{{"On Monday", "DATE", "2024-06-17", true}}, true},
		{"trials told as held", "On Monday the judge said that the appeals were heard in open trials.", "trials",
			[]tx{{"On Monday", "DATE", "2024-06-17", true}}, false},
		{"a passive naming with a noun predicate", "The summit in Geneva was hailed a turning point by the Russian press on Monday.", "hailed",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, true},
		{"a passive praise with no predicate is an act", "The Russian proposal was hailed by China on Monday.", "hailed",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"a state after remain", "Stock markets in Asia remain closed for the holiday.", "closed", nil, true},
		{"a state after stay", "Share markets in Europe stayed closed on Friday.", "closed",
			[]tx{{"on Friday", "DATE", "2024-06-21", true}}, true},
		{"an infinitive after appear is the act", "Officials said North Korea appeared to have sent more troops to Russia on Monday.", "sent",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"the verb itself is the move", "Stock markets in Asia closed 2 percent lower on Friday.", "closed",
			[]tx{{"on Friday", "DATE", "2024-06-21", true}}, false},
		{"the day of a relative occurrence clause is the noun's own", "The summit which took place on Monday was a success.", "summit",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"a kind of event a noun predicate judges", "Free elections are the only way out of the crisis in Ukraine.", "elections", nil, true},
		{"a kind of event with an indefinite object, subject of the present", "The design and launch of a small missile takes about two years, Ukraine said on Monday.", "launch",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, true},
		{"a kind of event an adjective predicate judges", "Talks with Russia are essential for Ukraine.", "Talks", nil, true},
		{"a past predicate tells one event", "Talks between Russia and China were difficult on Monday.", "Talks",
			[]tx{{"on Monday", "DATE", "2024-06-17", true}}, false},
		{"a bare participle before its noun", "China replaced Hong Kong's elected legislature with an appointed body on Monday.", "elected", nil, true},
		{"a clause the parse hangs on a noun", "It was his first trip abroad since he was elected president in January.", "elected",
			[]tx{{"in January", "DATE", "2024-01", true}}, false},
		{"a verbal participle modifying a noun", "Russia said the treaty allows accused soldiers to return to Ukraine.", "accused", nil, true},
	} {
		m := mentionOf(t, parsed(t, tc.text, tc.times...), tc.trigger)
		if m.Background != tc.want {
			t.Errorf("%s: %q: background %v, want %v", tc.rule, tc.text, m.Background, tc.want)
		}
	}
}

// TestNameTriggers checks that a trigger word inside a name is no event.
func TestNameTriggers(t *testing.T) {
	for _, text := range []string{
		"Russia and China signed the Visiting Forces Agreement on Monday.",
		"The Attack Prevention Council of Russia met on Monday.",
	} {
		for _, m := range Extract(parsed(t, text)) {
			if w := strings.ToLower(m.Trigger); w == "visiting" || w == "attack" {
				t.Errorf("%q: %q inside a name is a %s mention", text, m.Trigger, m.Type)
			}
		}
	}
}

// TestModalityFile checks the cue file's rules: known classes, one class
// per word and list.
func TestModalityFile(t *testing.T) {
	if _, err := parseModality([]byte("modals: {maybe: [could]}")); err == nil {
		t.Error("an unknown class was accepted")
	}
	if _, err := parseModality([]byte("object: {negated: [cancel], planned: [cancel]}")); err == nil {
		t.Error("a word in two classes was accepted")
	}
	if _, err := parseModality([]byte("negatorz: [not]")); err == nil {
		t.Error("an unknown field was accepted")
	}
}

// TestReporterNoParticipant checks that a reporter named once is the
// source of the event it reports, never one of its participants.
func TestReporterNoParticipant(t *testing.T) {
	m := mentionOf(t, parsed(t, "Russian troops attacked Kyiv on Monday, Tass said."), "attacked")
	if m.Source != "org:tass" || hasActor(&m, "org:tass") {
		t.Errorf("source %q, participants %s: want org:tass as the source only", m.Source, roles(m))
	}
}

// TestRuleOut checks that an option ruled out is a rejection told as a
// fact, and the act ruled out is none.
func TestRuleOut(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		typ           Type
		want          Factuality
	}{
		{"Hungary on Friday ruled out sending troops to Chad.", "ruled out", Reject, Asserted},
		{"The premier ruled out a visit to Lagos by the king.", "ruled out", Reject, Asserted},
		{"The premier ruled out a visit to Lagos by the king.", "visit", Visit, Negated},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if m.Type != tc.typ || m.Factuality != tc.want {
			t.Errorf("%q: %s is %s %s, want %s %s", tc.text, tc.trigger, m.Type, m.Factuality, tc.typ, tc.want)
		}
	}
}

// TestReportDenied checks that a report or rumour denied, dismissed or
// refuted is a statement (CAMEO 016), and so is a charge denied; a theory
// refuted is none.
func TestReportDenied(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Peru on Monday denied reports that its troops attacked a village.", "denied", true},
		{"The minister denied rumours of a cabinet reshuffle.", "denied", true},
		{"Chile dismissed a report that it would sign a pact with Peru.", "dismissed", true},
		{"The defendant denied the charges on Monday.", "denied", true},
		{"Chile on Monday refuted press reports that it was building a border wall.", "refuted", true},
		{"The professor refuted the theory in a lecture on Monday.", "refuted", false},
	} {
		var got *Mention
		for _, m := range Extract(parsed(t, tc.text)) {
			if m.Trigger == tc.trigger {
				got = &m
			}
		}
		if (got != nil) != tc.want || got != nil && (got.Type != Statement || got.CAMEO != "016") {
			t.Errorf("%q: %s gives %+v, want a denial %v", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestRuleOutHeadline checks that the headline of an option ruled out
// names the gerund ruled out, parsed as an adverbial or a loose dependent.
func TestRuleOutHeadline(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Norland on Friday ruled out sending troops to Chad.", "ruled out", "Norland rules out sending troops to Chad"},
	})
}

// TestTimeClauseUnderPlan checks that a clause of time in the present
// tense hung on a planned verb tells no event that took place ("was to
// end his trip by driving ... before he heads"), while one in the past
// under a past verb still does.
func TestTimeClauseUnderPlan(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		asserted      bool
	}{
		{"Lavrov was to end his trip by driving to Minsk on Friday before he heads to Pyongyang and Kyiv.", "heads", false},
		{"Lavrov met Xi when Lavrov arrived in Pyongyang on Monday.", "arrived", true},
	} {
		got := false
		for _, m := range Extract(parsed(t, tc.text)) {
			if strings.EqualFold(m.Trigger, tc.trigger) && m.Factuality == Asserted {
				got = true
			}
		}
		if got != tc.asserted {
			t.Errorf("%q: an asserted %q is %v, want %v", tc.text, tc.trigger, got, tc.asserted)
		}
	}
}

// TestSupposedPlanned checks that an act one was supposed to do is
// planned, not told as done.
func TestSupposedPlanned(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"Putin was supposed to leave for Ankara on Monday.", "leave", Planned},
	})
}
