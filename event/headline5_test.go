package event

import "testing"

// TestTitleSaidClause checks that a statement or a warning whose clause a
// headline can say is titled with it: an infinitive complement, a nested
// clause with a predicate and no verb, a "that" clause the parse hangs on
// the verb as an adverbial clause, and a small clause's object with its
// predicate.
func TestTitleSaidClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin warned, however, that China refused to recognise foreign passports.", "warned", "Putin warns China refuses to recognise foreign passports"},
		{"Putin declared that the bombing showed the government was not in charge.", "declared", "Putin declares bombing shows government not in charge"},
		{"Putin declared Saturday a public holiday.", "declared", "Putin declares Saturday public holiday"},
		// a small clause naming people stays the type's phrase
		{"Putin declared him a traitor.", "declared", "Putin issues statement"},
	})
}

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

// TestDropNamedSide checks that a closing "with X" goes only when the
// title names X before it by a word derived from its name.
func TestDropNamedSide(t *testing.T) {
	d := &doc{analysis: &analysis{in: Input{Names: map[string]string{"country:IRQ": "Iraq"}}}}
	s := &sent{syntax: syntax{d: d.analysis}, d: d}
	m := &Mention{Participants: []Participant{{"country:IRQ", Counterpart}}}
	for _, c := range []struct{ in, want string }{
		{"Local media hails Iraqi courtroom drama with Iraq", "Local media hails Iraqi courtroom drama"},
		{"Iran holds talks with Iraq", "Iran holds talks with Iraq"},
		{"Iraqi leader holds talks with Iraq in Basra", "Iraqi leader holds talks with Iraq in Basra"},
	} {
		if got := s.dropNamedSide(c.in, m); got != c.want {
			t.Errorf("dropNamedSide(%q) = %q, want %q", c.in, got, c.want)
		}
	}
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

// TestTitleQuotation checks that a statement or warning that quotes a
// short clause is titled with the quotation, before or after the verb,
// and that a long one is not.
func TestTitleQuotation(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{`"I am not afraid of being executed" if found guilty, Putin vowed, after an earlier outburst.`, "vowed", `Putin: "I am not afraid of being executed"`},
		{`"We will strike back," Putin warned on Monday.`, "warned", `Putin: "We will strike back"`},
		{`Putin warned: "We will strike back."`, "warned", `Putin: "We will strike back"`},
		{`"We will strike back at anyone who dares to cross the border of our country again," Putin warned.`, "warned", "Putin issues warning"},
	})
}

// TestTitleParseSlips checks titles over slips of the parse: a day parsed
// as a relative clause's second subject, an object parsed as indirect, a
// place phrase whose head is no word of the place's name.
func TestTitleParseSlips(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"There was no reaction from the office of President Putin, who Thursday urged the major parties to end the crisis.", "urged", "Putin urges parties to end crisis"},
		{"Putin urged the students to end the crisis.", "urged", "Putin urges students to end crisis"},
		// an appeal's infinitive parsed as the object's own clause
		{"Putin urged the organisation to set clear guidelines for its work.", "urged", "Putin urges organisation to set clear guidelines"},
		// an infinitive copula with its adjective
		{"Putin warned Kim to be careful.", "warned", "Putin warns Kim Jong Un to be careful"},
		{"Putin had warned Lee Friday to be careful during his own trip to Washington.", "warned", "Putin warns Lee to be careful"},
		{"Putin made a statement at a Moscow hotel on Monday.", "statement", "Putin issues statement in Moscow"},
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

// TestTypeNoun checks the noun a bare title says for a type: the listed
// one for a type named by a verb phrase, else the type's name.
func TestTypeNoun(t *testing.T) {
	for _, c := range []struct {
		t    Type
		want string
	}{
		{ExpressIntentToCooperate, "pledge of cooperation"},
		{PhoneCall, "phone call"},
		{Trial, "trial"},
	} {
		if got := TypeNoun(c.t); got != c.want {
			t.Errorf("TypeNoun(%s) = %q, want %q", c.t, got, c.want)
		}
	}
}

// TestTitleUnknownPlace checks that a visit names the place a proper noun
// the gazetteer lacks gives it, that a common noun gives none, and that
// with no place it says what the visit is for.
func TestTitleUnknownPlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin arrived in the South on Sunday.", "arrived", "Putin arrives in South"},
		{"The welcome accorded to Putin on his arrival in the South on Sunday provides hints, analysts said.", "arrival", "Putin visits South"},
		{"Putin began his tour of the region this week.", "tour", "Putin makes visit"},
		// with no place, what the visit is for
		{"Putin arrived here Friday for a three-day visit.", "arrived", "Putin arrives for three-day visit"},
		{"Putin arrived in Pyongyang on Friday for talks.", "arrived", "Putin arrives in Pyongyang"},
	})
}

// TestTitleTalkTopic checks that agentless talks keep what they are about,
// and no vague topic.
func TestTitleTalkTopic(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Talks on the price dispute resumed on Monday.", "Talks", "Talks on price dispute resume"},
		{"The talks over the border dispute collapsed.", "talks", "Talks over border dispute collapse"},
		{"Talks on the issue resumed on Monday.", "Talks", "Talks resume"},
	})
}

// TestTitleSlips5 checks titles over the slips of a fifth sample: an
// infinitive's small clause, a participle the parse hangs on its own
// agent, an attribution that is no complement, a hostile act's object
// with no side it is done with, a person target of a patient noun whose
// "of" phrase the parse hangs elsewhere (a place target names no one).
func TestTitleSlips5(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin vowed to make Darfur a priority in his final month in office.", "vowed", "Putin vows to make Darfur priority"},
		{"Ousted from power after Russian forces invaded in March 2003, he fled.", "invaded", "Russian forces invade"},
		{"The gold price in Hong Kong rose 35 HK dollars on Wednesday, according to the Bank of China.", "rose", "Gold price rises 35 HK dollars"},
		{"Russia seized a ship belonging to China on Friday.", "seized", "Russia seizes ship"},
		{"Tensions escalated after the street assassination last month of anti-Syrian industry minister Putin.", "assassination", "Putin assassinated"},
		{"Tensions escalated after the street massacre last month in Kursk.", "massacre", "Street massacre takes place in Kursk"},
	})
}

// TestTitleRootParticiple checks that a type done to no one whose verb the
// parse hangs as a participle on the sentence's root noun takes that noun
// as its subject, with its figure.
func TestTitleRootParticiple(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Gasoline prices plunged by 11.1 percent in October.", "plunged", "Gasoline prices plunge by 11.1 percent"},
		// a type done to its noun keeps the participle
		{"Videos showed two North Korean soldiers captured fighting in Kursk.", "captured", "Two North Korean soldiers captured in Kursk"},
	})
}

// TestTitleComplementClause checks that a noun's complement clause with
// its own subject is no participle describing that noun.
func TestTitleComplementClause(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The talks on Monday dealt with the fact that thousands of soldiers are being killed in Kursk.", "killed", "Thousands of soldiers killed in Kursk"},
	})
}
