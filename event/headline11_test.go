package event

import "testing"

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

// TestTitleParticipleOfEvent checks that a participle the parse hangs on
// a phrase inside an event noun's is done to that phrase, never to the
// event ("the trial of a suspect detained in Cuba" → "Suspect
// detained").
func TestTitleParticipleOfEvent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"A judge halted the trial of a Canadian terror suspect detained at the naval base in Cuba on Monday.", "detained", "Canadian terror suspect detained"},
	})
}

// TestTitleAsyndeticParticiple checks that a participle after a name and
// a comma, parsed as a second verb of the sentence with nothing of its
// own, is done to that name ("comparisons with John Smith, convicted of
// the deaths" → "John Smith convicted"), never to the sentence's subject.
func TestTitleAsyndeticParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The film drew comparisons with the killer John Smith, convicted of the deaths of 10 women in 1981.", "convicted", "Killer John Smith convicted"},
	})
}

// TestTitleComparedObject checks that "more than N people" parsed with
// "more" as the verb's object and the people as an oblique still gives
// the people as the object ("a series of bombings that killed more than
// 180 people" → "180 people killed", "Bombings kill 180 people"), never
// the type's bare noun.
func TestTitleComparedObject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Police said a series of bombings that killed more than 180 people hit the city on Sunday.", "killed", "180 people killed"},
		{"Police said a series of bombings that killed more than 180 people hit the city on Sunday.", "bombings", "Bombings kill 180 people"},
	})
}

// TestTitleHyphenatedCount checks that a count the parse splits at its
// hyphen keeps both halves ("Sixty-four flights postponed", never "Four
// flights postponed").
func TestTitleHyphenatedCount(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Sixty-four flights to Lyon were postponed because of heavy snow on Saturday.", "postponed", "Sixty-four flights postponed"},
	})
}

// TestTitleSpanByPhrase checks that a passive's "by" phrase naming a span
// of time is no agent ("was postponed by a month" → "National celebration
// of Heritage Day postponed", never "Month postpones national
// celebration").
func TestTitleSpanByPhrase(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Last week's national celebration of Heritage Day was postponed in Ghana by a month.", "postponed", "National celebration of Heritage Day postponed"},
	})
}
