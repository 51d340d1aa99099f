package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// toldAs returns the type of the mention of trigger word in in when it is
// told as an event of its own (found, not background), or "".
func toldAs(in Input, word string) Type {
	for _, m := range Extract(in) {
		if strings.EqualFold(m.Trigger, word) && !m.Background {
			return m.Type
		}
	}
	return ""
}

// TestSense checks each sense and background constraint of sense.go on a
// made-up sentence read with a real parse: the trigger word in the other
// sense is no event, the same word in the event's sense still is.
func TestSense(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger string
		want                Type
	}{
		{"a number's move is no market's", "HIV prevalence in the region soared to 25 percent in 2000.", "soared", ""},
		{"a number's move in a with-phrase, the verb read as a noun", "The agency said the epidemic grew quickly, with adult HIV prevalence of less than 2 percent in 1995 soaring to almost 20 percent within a decade.", "soaring", ""},
		{"a market's move in a with-phrase", "The report said oil prices rose quickly, with crude of less than 20 dollars in 1995 soaring to almost 60 dollars within a decade.", "soaring", MarketMovement},
		{"a count's move", "The number of tourists rose 10 percent in March.", "rose", ""},
		{"a market's move", "World oil prices dropped 3 percent on Monday.", "dropped", MarketMovement},
		{"a market shooting up", "World oil prices shot up 4 percent on Monday.", "shot up", MarketMovement},
		{"a car shot up", "Gunmen shot up a police car in the capital on Monday.", "shot up", ""},
		{"a measure's move, a month's statistic (statistic.go)", "Consumer spending rose 0.2 percent in March.", "rose", EconomicReport},
		{"a name the tagger took for a noun", "The Amsterdam AEX rose 0.95 percent on Monday.", "rose", MarketMovement},
		{"an index adding points", "The main Lisbon stock index added 42 points to close at 9,100 on Tuesday.", "added", MarketMovement},
		{"a player adding points", "Center Marco Diaz added 18 points and nine rebounds for the visitors on Tuesday.", "added", ""},
		{"a speaker adding a figure", "The official said exports grew, adding that imports were up 4 percent in May.", "adding", ""},
		{"a ruling's bare object", "The presiding judge ruled a 10-minute break on Monday.", "ruled", ""},
		{"ruling out is no ruling", "The court ruled out on Monday the possibility that the judge was bribed.", "ruled", ""},
		{"a ruling's clause", "The judge ruled on Monday that the law was unconstitutional.", "ruled", Verdict},
		{"a ruling's predicate", "The court ruled the law unconstitutional on Monday.", "ruled", Verdict},
		{"a verb-only word the parse reads as a determined noun", "Spain vowed on Monday to meet the 3-percent rule that the European Union set for its members.", "rule", ""},
		{"the same verb as a verb beside it", "The judges ruled on Monday that the 3-percent rule of the European Union was void.", "ruled", Verdict},
		{"play in a game", "The striker's close-range shot hit the bar in the first half on Monday.", "shot", ""},
		{"a shot that hits in a game is play too", "The midfielder's curling shot hit the post early in the semifinal on Sunday.", "hit", ""},
		{"a determined noun the word window takes for a past verb", "The rebel leader whose shot at power failed in 2004 was arrested on Monday.", "shot", ""},
		{"play in a match report of other game words", "Henry shot wide of the post on Thursday. The visitors pressed for an equaliser, but the goalkeeping was superb and the offside flag stayed down.", "shot", ""},
		{"play in a report naming its sport and league", "The basketball club lost to Utah in an NBA game on Sunday, its third straight basketball defeat. Tom Reed shot 45 percent from the floor for the hosts.", "shot", ""},
		{"a rate of shots made, no word of games", "Tom Reed scored 28 points for Utah, which shot 47 percent on Sunday.", "shot", ""},
		{"a tally of shots made", "Reed shot 11-of-19 from the field on Sunday.", "shot", ""},
		{"a round's score", "Ortega shot a 67 in the second round at Augusta on Sunday.", "shot", ""},
		{"a count of people shot", "Troops shot 14 villagers near the border on Sunday.", "shot", Attack},
		{"a number of a compound after a", "Troops shot a 14-year-old boy near the border on Sunday.", "shot", Attack},
		{"a protest made to a state is a complaint", "Turkey protested to Ukraine on Monday over the fishing quotas.", "protested", Disapprove},
		{"a protest noun lodged with a state", "Turkey lodged a formal protest with Ukraine on Monday over the quotas.", "protest", Disapprove},
		{"a crowd's protest stays a demonstration", "Thousands of fishermen protested in Oslo on Monday against the quotas.", "protested", Protest},
		{"a clash of national sides", "Hosts Spain beat Italy in the tournament opener, and the Netherlands clash with Austria in the semifinal on Sunday, the goalkeeper said.", "clash", ""},
		{"a side's campaign opened in a market's words", "Olympic gold medallists Norway opened their tournament campaign with a 4-1 win over Spain on Saturday, the goalkeeper said.", "opened", ""},
		{"a market opened near a game", "Share prices opened 2 percent higher on Monday after the club won the tournament.", "opened", MarketMovement},
		{"a decision regretted", "The minister on Monday regretted the council's decision to close the border.", "regretted", Disapprove},
		{"a death regretted: no criticism", "The president said he deeply regretted the death of the singer.", "regretted", ""},
		{"a resolution vetoed", "Russia on Friday vetoed the draft resolution on the conflict.", "vetoed", Reject},
		{"veto-holding members: no veto", "The council has five veto-holding members and ten elected ones.", "veto", ""},
		{"an armed shot near a game", "Gunmen shot two fans outside the stadium after the semifinal on Sunday.", "shot", Attack},
		{"a crime a conviction names", "A farmer convicted of murder was hanged on Tuesday in the capital.", "murder", ""},
		{"a crime in a list of charges", "The former commander is charged with war crimes, including murder and torture.", "murder", ""},
		{"a crime a suspicion names", "Police arrested the driver on suspicion of kidnapping on Monday.", "kidnapping", ""},
		{"a bare noun of a list the word window takes for a verb", "The film depicts scenes of torture and murder in the camps.", "murder", ""},
		{"one murder told", "The murder of the judge on Monday shocked the country.", "murder", Killing},
		{"an execution by hanging", "The prisoner was hanged at dawn on Saturday.", "hanged", Killing},
		{"an execution", "The state executed two convicted traffickers on Sunday.", "executed", Killing},
		{"a beheading", "Militants beheaded a hostage on Monday.", "beheaded", Killing},
		{"a plan executed: no killing", "The commandos executed the plan on Sunday.", "executed", ""},
		{"pictures hung: no killing", "Pictures of the leader hung on the walls of the hall on Monday.", "hung", ""},
		{"killed by a condition", "Doctors said the prisoners had been killed by asphyxia on Saturday.", "killed", ""},
		{"violence of a kind stepped up", "The rebels have stepped up attacks on army posts in the north.", "attacks", ""},
		{"violence of a kind condemned", "The committee condemned Israeli assaults and called for calm.", "assaults", ""},
		{"violence carried out", "Rebels carried out attacks on army posts in the north on Monday.", "attacks", Attack},
		{"an event hosted", "The city of Valencia hosted the regatta on Sunday.", "hosted", ""},
		{"a leader hosted", "Chirac hosted the Chinese premier in Paris on Monday.", "hosted", Visit},
		{"a dispute fought in court", "The quarrel over the land is still being fought in the courts.", "fought", ""},
		{"rebels fought", "Government troops fought the rebels near the border on Monday.", "fought", Attack},
		{"people released with no captive word", "Three nurses were released unharmed late on Monday.", "released", Release},
		{"people freed with no captive word", "Bandits freed the two engineers on Sunday.", "freed", Release},
		{"one let out of hospital", "The singer was released from hospital on Monday.", "released", ""},
		{"a thing released", "The band released a new album on Monday.", "released", ""},
		{"a release only wanted", "The family was under pressure to free him.", "free", ""},
		{"free the adjective", "The council is free to sue the company.", "free", ""},
		{"killed by an illness", "Cholera killed 300 children in the province last year.", "killed", ""},
		{"killed by a substance", "Nerve gas killed 5,000 villagers in the valley in 1988.", "killed", Killing},
		{"control of a chamber won", "The opposition won control of the Senate in the elections on Sunday.", "won control", Election},
		{"a takeover of a chamber", "Voters cheered the Labour takeover of the assembly on Friday.", "takeover", Election},
		{"control of a chamber taken by force", "Soldiers seized control of the parliament building on Friday.", "seized control", ""},
		{"a forecast revised", "The fund revised down its growth forecast on Thursday.", "revised", EconomicReport},
		{"a person questioned", "Police questioned the driver for six hours on Monday.", "questioned", Investigate},
		{"a person quizzed", "The former mayor was quizzed by judges on Monday.", "quizzed", Investigate},
		{"a decision questioned: no inquiry", "Lawmakers questioned the legality of the decision on Monday.", "questioned", ""},
		{"a pronoun's predicate", "Investigators concluded on Monday that it was an accident.", "accident", ""},
		{"a pronoun's predicate, an attack", "It was the deadliest attack on the city in years.", "attack", ""},
		{"an accident told", "An accident on the highway killed three people on Monday.", "accident", Accident},
		{"a player signed in a match report", "The defender signed from Monaco in 2000. The striker scored twice and the goalkeeper saved a penalty in the championship.", "signed", ""},
		{"a treaty signed", "Russia and China signed a trade agreement on Monday.", "signed", Agreement},
		{"a market slipped", "Shares in the airline slipped 2 percent on Monday.", "slipped", MarketMovement},
		{"an index regained", "The stock index regained 11 percent on Wednesday.", "regained", MarketMovement},
		{"ground lost: no market", "The rebels lost 20 percent of their territory in March.", "lost", ""},
		{"net income is no verb", "The bank reported net income of $40 million in the third quarter.", "net", ""},
		{"a poster hung: no killing", "The minister helped hang a poster of the fugitive in the square on Monday.", "hang", ""},
		{"a medal clash", "India must wait for the outcome of the gold medal clash with Japan on Wednesday.", "clash", ""},
		{"an attack on a player", "The Olympic wrestling champion was attacked and robbed in Kyiv on Sunday.", "attacked", Attack},
		{"an attack on a fan in a match report", "A mob attacked a fan after the match on Thursday. The striker scored twice and the goalkeeper saved a penalty in the championship.", "attacked", Attack},
		{"play in a match report", "Blazek blocked the shot on Thursday. The striker scored twice and the goalkeeper saved a penalty in the championship.", "shot", ""},
		{"an armed attack near a game", "Rebels attacked a village near the stadium where the championship was held on Saturday.", "attacked", Attack},
		{"compared amount", "An official said the Russian pledge was sharply lower than the amount requested.", "pledge", ""},
		{"pledge told", "Russia made a pledge of aid to Ukraine on Monday.", "pledge", Statement},
		{"fight an abstraction", "The Russian government is fighting inflation with higher interest rates.", "fighting", ""},
		{"fight a party", "Russian troops fought the rebels near Kursk on Monday.", "fought", Attack},
		{"domain compound", "The government survived a massive oil strike aimed at forcing it to resign.", "strike", ""},
		{"hunger strike", "Russian prisoners began a hunger strike in Kursk on Monday.", "strike", ""},
		{"weapon compound", "A Russian missile strike hit Kyiv on Monday.", "strike", Attack},
		{"quantified subject in the present", "Most bombings in Kyiv are blamed on Russian forces.", "bombings", ""},
		{"quantified subject in the past", "Several bombings in Kyiv were blamed on Russian forces on Monday.", "bombings", Attack},
		{"ailment", "The Russian general died on Sunday a week after suffering a heart attack in Moscow.", "attack", ""},
		{"attack told", "Russian forces launched an attack on Kyiv on Sunday.", "attack", Attack},
		{"perfect over a span", "Thirty suspects have been arrested by Russian police over the past 10 years.", "arrested", ""},
		{"perfect in the past", "Russia has vowed to take Kyiv and staged attacks on Ukraine in the past.", "vowed", ""},
		{"pluperfect in one week", "Lavrov had visited Kyiv in the first week of October.", "visited", Visit},
		{"perfect on a day", "Thirty suspects have been arrested by Russian police on Monday.", "arrested", Arrest},
		{"frequency adverb", "The forum, annually organized along with the Russian summit since 1996, has become important.", "summit", ""},
		{"private meeting", "The couple married in 1990 after they met in a bar in Paris.", "met", ""},
		{"meeting of parties", "Putin met Kim in Pyongyang on Wednesday.", "met", Meeting},
		{"leaving for a place past a day", "Putin left on Wednesday for Pyongyang.", "left", Visit},
		{"leaving for no place", "The minister left on Wednesday for good.", "left", ""},
		{"a toll since an event", "More than 9,000 people have been killed in the region since the militias took up arms in 1991.", "killed", ""},
		{"a toll since a year", "About 2,000 soldiers have been killed since 2003.", "killed", ""},
		{"a killing in the perfect", "Rebels have killed 12 soldiers in the north, the army said on Monday.", "killed", Killing},
		{"a single act since a day", "Police have arrested the mayor since Monday.", "arrested", Arrest},
		{"the moment of an arrival", "The minister was received on arrival by the mayor of Hanoi on Monday.", "arrival", ""},
		{"an arrival told", "The minister's arrival in Hanoi on Monday was delayed by rain.", "arrival", Visit},
		{"an accident's subject with its modifiers", "A three-storey building under construction in the Kenyan capital Nairobi collapsed, killing five workers, police said Friday.", "collapsed", Accident},
		{"an accident's toll", "A three-storey building under construction in the Kenyan capital Nairobi collapsed, killing five workers, police said Friday.", "killing", ""},
		{"a person collapsing", "A worker employed in the port city of Lagos collapsed on Monday.", "collapsed", ""},
		{"a side brushed aside in a game", "Murray breezed past the Spaniard in the semifinal on Friday.", "breezed past", SportResult},
		{"a harbour passed", "The ferry breezed past the harbour on Friday.", "breezed past", ""},
		{"a run-off won", "Lukashenko won the presidential run-off in Minsk on Sunday.", "run-off", Election},
		{"a runoff held", "Belarus held a presidential runoff in Minsk on Sunday.", "runoff", Election},
		{"a lawsuit settled", "Gazprom settled the lawsuit with Naftogaz in Kyiv on Tuesday.", "settled", Agreement},
		{"settling in a place", "Thousands of Russian migrants settled in Kyiv in 1990.", "settled", ""},
		{"innocence protested", "The former mayor of Kyiv protested his innocence on Tuesday.", "protested", ""},
		{"a sentence upheld", "The appeals court in Lagos upheld the death sentence against the former mayor on Tuesday.", "upheld", Verdict},
		{"a plea rejected", "The supreme court in Lagos rejected a plea by the former mayor on Tuesday.", "rejected", Verdict},
		{"a plan rejected: a rejection, no verdict", "The governor of Lagos rejected the plan of the former mayor on Tuesday.", "rejected", Reject},
		{"a coup likened by an adjective", "The opposition denounced the decree as tantamount to a coup on Monday.", "coup", ""},
		{"a coup told", "The army staged a coup against the president on Monday.", "coup", Coup},
		{"a side downed in a game", "The Warriors downed the Kings 101-99 in the final on Friday.", "downed", SportResult},
		{"a loss by sets", "Clijsters lost 6-3, 4-6, 7-5 to Mauresmo in the tournament on Friday.", "lost", SportResult},
		{"a side stunned in a game", "Tiny Andorra stunned the champions 1-0 in the qualifier on Friday.", "stunned", SportResult},
		{"a stunned public", "The verdict stunned the public on Friday.", "stunned", ""},
		{"the accused as a noun", "The judge on Monday freed four accused including a former mayor.", "accused", ""},
		{"the accused as a subject", "The accused were freed by the judge on Monday.", "accused", ""},
		{"an accusation told", "The mayor on Monday accused the governor of fraud.", "accused", Disapprove},
		{"an autographed copy", "A copy of the novel signed by its author in 2001 was sold at auction on Monday.", "signed", ""},
		{"a signed letter", "The former spy signed a letter to his lawyer on Monday.", "signed", ""},
		{"a statement its spokesman signed", "A statement signed by a navy spokesman, Capt. Diallo, denied the report.", "signed", ""},
		{"an agreement signed", "The two ministers signed a trade protocol in Hanoi on Monday.", "signed", Agreement},
		{"an agreement signed, in the passive", "A trade protocol was signed by the two ministers in Hanoi on Monday.", "signed", Agreement},
		{"crash", "A small plane hit an apartment block in Moscow on Thursday.", "hit", Accident},
		{"crash coordinated", "A Russian aircraft crashed on Monday in a residential area and hit an apartment block.", "hit", Accident},
		{"armed craft", "Russian missiles hit an apartment block in Kyiv on Thursday.", "hit", Attack},
		{"characterizing participle", "The commission is an independent body charged with supervising the banks.", "charged", ""},
		{"a summons refused", "The speaker refused on Monday to respond to the summons from prosecutors.", "refused", Reject},
		{"a comment refused", "The speaker refused to comment on the summons on Monday.", "refused", ""},
		{"weapons seized", "Troops seized a large cache of weapons in the valley on Monday.", "seized", Coerce},
		{"goods as passive subject", "Two pistols and a grenade were also seized at the port on Monday.", "seized", Coerce},
		{"a town seized", "Rebels seized the town in the valley on Monday.", "seized", Capture},
		{"goods counted by weight", "About 40 kilograms of opium were seized at the border post on Monday.", "seized", Coerce},
		{"a vehicle seized", "Gunmen seized two trucks of the relief agency near the border on Monday.", "seized", Coerce},
		{"guns seized", "Police seized ten guns and a rifle in the village on Monday.", "seized", Coerce},
		{"a status declared", "The firm was declared bankrupt in March by a court in Lima.", "declared", ""},
		{"a statement declared", "The general declared on Monday that the army would hold the city.", "declared", Statement},
		{"a forum attended", "Officials from Peru and Chile attended a forum on trade in Lima on Monday.", "forum", Meeting},
		{"a forum that kicked off", "A forum on water policy kicked off in Lima on Monday.", "forum", Meeting},
		{"a body called a forum", "Founded in 1989, the group is a regional forum for promoting open trade.", "forum", ""},
		{"a market closed to goods", "Until a few years ago the city's market was closed to imported fruits and cars.", "closed", ""},
		{"a market closing higher", "Shares in Lima closed higher on Friday after a quiet session.", "closed", MarketMovement},
		{"a department given a task", "Lagos Invest is the city department charged with attracting foreign investment.", "charged", ""},
		{"a commission given a task, in the passive", "The commission was charged with drafting a new electoral law last year.", "charged", ""},
		{"members of a committee accused", "The committee members were charged with fraud on Monday.", "charged", Arrest},
		{"present participle of a task", "Lavrov was formerly the head of a unit investigating war criminals.", "investigating", ""},
		{"charge told", "Police charged the two men with murder on Monday.", "charged", Arrest},
		{"a jail sentence is no jailing", "A court in Lagos on Friday handed down seven and five year jail sentences for three smugglers.", "jail", ""},
		{"a sentence handed down", "A court in Lagos on Friday handed down seven and five year jail sentences for three smugglers.", "handed down", Verdict},
		{"a sentence meted out", "The tribunal meted out a 12-year prison term to the former mayor on Friday.", "meted out", Verdict},
		{"jailing told", "Police in Lagos jailed three smugglers on Friday.", "jailed", Arrest},
		{"a rearrest", "Police in Lagos rearrested the smuggler on Friday after his release.", "rearrested", Arrest},
		{"infinitive of a predicate noun", "Lavrov is the first Russian minister to visit Pyongyang.", "visit", Visit},
		{"state participle", "Shoigu inspected the tanks of a Russian brigade deployed near Kursk.", "deployed", ""},
		{"deployment told", "Russia deployed a brigade north of Kursk on Monday.", "deployed", MilitaryDeployment},
		{"state in the present passive", "Some 3,000 Russian troops are deployed near Kursk.", "deployed", ""},
		{"state in a relative clause", "Russian soldiers, who are stationed near Kursk, sealed off the village on Monday.", "stationed", ""},
		{"past passive told", "Some 3,000 Russian troops were deployed near Kursk on Monday.", "deployed", MilitaryDeployment},
		{"participle with its own date", "Russian troops deployed to Kursk last week attacked the town on Monday.", "deployed", MilitaryDeployment},
		{"pluperfect relative", "Police detained a former minister who had declared himself president.", "declared", ""},
		{"pluperfect relative, second verb", "Police detained a former minister who had declared himself president and urged the army to attack Kyiv.", "urged", ""},
		{"pluperfect relative, second verb, date of the main clause", "Police detained on Thursday a former minister who had declared himself president and urged the army to attack Kyiv.", "urged", ""},
		{"simple past relative", "Police detained a former minister who declared himself president on Monday.", "declared", Statement},
		{"present perfect in a relative set off by commas", "The six officers, who have pleaded not guilty, face life in prison if convicted.", "pleaded not guilty", ""},
		{"present perfect in a relative set off by a comma, a vow", "The rebels, who have vowed to topple the junta, ambushed a convoy near Gao.", "vowed", ""},
		{"present perfect in a restrictive relative is told", "Police detained the officer who has confessed to the theft of the guns.", "confessed", Statement},
		{"pluperfect relative with its own date", "Police detained a former minister who had visited Kyiv in May.", "visited", Visit},
		{"pluperfect relative, date outside it", "Police on Monday detained a former minister who had declared himself president.", "declared", ""},
	} {
		in := parsed(t, tc.text)
		in.Times = timex.Tag(tc.text, dct)
		if got := toldAs(in, tc.trigger); got != tc.want {
			t.Errorf("%s: %q: %q told as %q, want %q", tc.rule, tc.text, tc.trigger, got, tc.want)
		}
	}
}

// TestManyUnits checks which durations span several units.
func TestManyUnits(t *testing.T) {
	for v, want := range map[string]bool{"P10Y": true, "PXY": true, "P2W": true, "P1W": false, "P1Y": false, "PT5H": false, "2005-10": false} {
		if got := manyUnits(v); got != want {
			t.Errorf("manyUnits(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestTitleDoubledParticiple checks the participles of the verbs that
// double their last consonant or change their vowel in a title told in
// the passive (data/headlines.yaml participles).
func TestTitleDoubledParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The former mayor was quizzed for five hours on Monday.", "quizzed", "Former mayor quizzed"},
	})
}

// TestAsPredicate checks that a noun trigger in the "as" phrase of a verb
// with a passive subject or an object makes no mention, not even one in
// the background: it judges that subject or object (sense.go,
// asPredicate).
func TestAsPredicate(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"The summit has been acclaimed as the largest meeting between Russian and Chinese leaders since 1990.", "meeting", false},
		{"Russia described the blast in Kyiv as the worst attack on Russian troops in years.", "attack", false},
		{"Putin held a meeting with Kim in Pyongyang on Monday.", "meeting", true},
	} {
		got := false
		for _, m := range Extract(parsed(t, c.text)) {
			got = got || strings.EqualFold(m.Trigger, c.trigger)
		}
		if got != c.want {
			t.Errorf("%q: a mention of %q: %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}

// TestNeededWordNotName checks that a person's name holding a needed word
// ("Bill") does not stand for it.
func TestNeededWordNotName(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	bradley := []ent{{text: "Bill Bradley", id: "person:bill-bradley", kind: actor.Person}}
	for _, tc := range []struct {
		text string
		want Type
	}{
		{"In May 1998, 61 percent of voters approved of Bill Bradley.", ""},
		{"In May 1998, the senate approved the bill of Bill Bradley.", Legislation},
	} {
		in := inputWith(tc.text, bradley)
		in.Parse = p.Sentence
		in.Times = timex.Tag(tc.text, dct)
		if got := toldAs(in, "approved"); got != tc.want {
			t.Errorf("%q: told as %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPresentVerbNoNoun checks that a word ending in -s after a singular
// subject pronoun is the verb, no mention of a noun-only entry, and that
// the plural noun still is one.
func TestPresentVerbNoNoun(t *testing.T) {
	checkMentioned(t, []mentionedCase{
		{"The minister smiles when he talks with reporters in Paris.", "talks", false},
		{"Talks between France and Spain took place in Paris on Monday.", "Talks", true},
	})
}

// TestFightBrawl checks the noun "fight" as a fight that breaks out
// between sides, not a campaign against something, and the brawl.
func TestFightBrawl(t *testing.T) {
	for _, c := range []struct {
		name, text, trigger string
		want                Type
	}{
		{"a fight between sides", "Four men were hurt in a fight that erupted between rival gangs in the market on Sunday.", "fight", Attack},
		{"a fight that broke out", "A fight broke out in the square on Sunday and four men were hurt.", "fight", Attack},
		{"a fight against a vice", "The president vowed on Monday to continue the fight against corruption.", "fight", ""},
		{"a brawl", "Dozens of men brawled in the square on Sunday.", "brawled", Attack},
	} {
		got := Type("")
		for _, m := range Extract(parsed(t, c.text)) {
			if m.Trigger == c.trigger {
				got = m.Type
			}
		}
		if got != c.want {
			t.Errorf("%s: %q: %q told as %q, want %q", c.name, c.text, c.trigger, got, c.want)
		}
	}
}

// TestLandmarkNoun checks that an event named as a landmark in time, with
// no time of its own ("just before the invasion of the island"), is told
// in the background, but not one dated ("before the vote on Monday").
func TestLandmarkNoun(t *testing.T) {
	for _, c := range []struct {
		name, text, trigger string
		times               []tx
		want                bool
	}{
		{"before an event", "Prices rose 6 percent, the sharpest gain in years, just before the Russian invasion of Ukraine.", "invasion", nil, true},
		{"days before talks", "The governor fell ill just days before talks between Russia and China.", "talks", nil, true},
		{"after an event is told", "Putin met Kim in Pyongyang after talks with Xi in Beijing.", "talks", nil, false},
	} {
		m := mentionOf(t, parsed(t, c.text, c.times...), c.trigger)
		if m.Background != c.want {
			t.Errorf("%s: %q: %s background %v, want %v", c.name, c.text, c.trigger, m.Background, c.want)
		}
	}
}

// TestAttributiveAdjective checks that a verb trigger the parse tags an
// adjective before its noun is a state, no event ("the Russian occupied
// port", "the stricken Caucasian republic"), while the verb itself stays
// one.
func TestAttributiveAdjective(t *testing.T) {
	checkMentioned(t, []mentionedCase{
		{"Ships will dock at the Russian occupied port of Berdyansk.", "occupied", false},
		{"Russia occupied the port of Berdyansk in 2022.", "occupied", true},
		// names or adjectives of the noun between: still its state
		{"Peacekeeping troops will enter the stricken Caucasian republic next month.", "stricken", false},
	})
}

// TestArmedPersonPatient checks that the armed are people for a verb that
// asks for a person as its patient (WordNet's first sense of the noun):
// rebels executed, gunmen freed; a weapon fired is still no dismissal.
func TestArmedPersonPatient(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type // "" for no mention of the trigger
	}{
		{"The guards executed three insurgents at dawn.", "executed", Killing},
		{"The army freed two gunmen on Monday.", "freed", Release},
		{"The soldiers fired a grenade launcher.", "fired", ""},
	} {
		got := triggerType(t, c.text, c.trigger)
		if got != c.want {
			t.Errorf("%q: %q typed %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestSeatsAndTitlesCaptured checks what "capture" and the verbs of
// winning tell by what they take: a town captured is a capture, a title
// captured in a game a sport result, seats won or taken an election's
// result; seats taken by those who sit down and an imagination captured
// are no event.
func TestSeatsAndTitlesCaptured(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type // "" for no mention of the trigger
	}{
		{"The militia captured the port on Friday.", "captured", Capture},
		{"The veteran striker captured the league title with a 2-0 win over Porto on Sunday.", "captured", SportResult},
		{"The Green Party won 23 seats in the regional vote.", "won", Election},
		{"The farmers' party took 12 seats in the assembly.", "took", Election},
		{"The delegates took their seats in the assembly.", "took", ""},
		{"The young singer captured the imagination of the country.", "captured", ""},
	} {
		got := triggerType(t, c.text, c.trigger)
		if got != c.want {
			t.Errorf("%q: %q typed %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestForcesManeuvers checks that maneuvers are an exercise only of an
// armed force: troops or a military word before them, or a force after.
func TestForcesManeuvers(t *testing.T) {
	for _, c := range []struct {
		text string
		want Type // "" for no mention of "maneuvers"
	}{
		{"The two navies began joint naval maneuvers off the coast on Monday.", MilitaryExercise},
		{"Thousands of troops started maneuvers near the border on Monday.", MilitaryExercise},
		{"The two divers finished their maneuvers under the hull on Monday.", ""},
		{"Critics denounced the senator's political maneuvers on Monday.", ""},
	} {
		got := triggerType(t, c.text, "maneuvers")
		if got != c.want {
			t.Errorf("%q: typed %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFoughtCause checks that fighting for a cause is a description, not a
// battle, while fighting for a place or its control is combat.
func TestFoughtCause(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          Type // "" for no mention of the trigger
	}{
		{"The guerrillas, who have been fighting for a separate homeland since 1983, rejected the truce on Monday.", "fighting", ""},
		{"The separatists fought for independence for decades before the accord.", "fought", ""},
		{"Rebels and troops were fighting for control of the port on Monday.", "fighting", Attack},
	} {
		got := triggerType(t, c.text, c.trigger)
		if got != c.want {
			t.Errorf("%q: %q typed %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestAdviceAppeal checks that advice to act or to keep from acting is an
// appeal, and advice on a subject is no event.
func TestAdviceAppeal(t *testing.T) {
	for _, c := range []struct {
		text string
		want Type // "" for no mention of "advised"
	}{
		{"The foreign ministry of Norway advised its citizens against travel to the region on Monday.", Appeal},
		{"Canada advised its nationals to leave the country on Friday.", Appeal},
		{"The consultant advised the ministry on tax policy.", ""},
		{"The utility is being advised by a Swiss bank.", ""},
	} {
		got := triggerType(t, c.text, "advised")
		if got != c.want {
			t.Errorf("%q: typed %q, want %q", c.text, got, c.want)
		}
	}
}
