package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTripNoun checks a trip's parties read from the tree: a country or
// place named before a visit noun is where it goes, whoever's trip it is
// (venueModifier), and a light verb the window does not reach past the
// noun's modifiers is still the noun's anchor (treeLightVerb), its subject
// the visitor.
func TestTripNoun(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"a possessor's trip to a country named before it", "Putin's third China trip began on Monday.", "trip", "agent=person:putin location=country:CHN"},
		{"a nationality names who travels", "The Russian visit to Pyongyang ended on Monday.", "visit", "agent=country:RUS location=place:pyongyang"},
		{"a light verb past many modifiers", "Putin met Xi on Monday and paid a two-day working visit to China on Tuesday.", "visit", "agent=person:putin location=country:CHN"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: roles %s, want %s", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestTitleArrivedIn checks that an arrival's headline names the place
// arrived in, whatever preposition the trip's own noun gives it
// (arrival_verbs), and that a journey keeps "to".
func TestTitleArrivedIn(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin arrived here on Saturday evening for a three-day visit to China.", "arrived", "Putin arrives in China"},
		{"Putin travelled to China on Saturday.", "travelled", "Putin travels to China"},
	})
}

// TestPossessedPerson checks that a person's bodyguard, son or driver
// done harm to is not that person (personWord in collectPhrase).
func TestPossessedPerson(t *testing.T) {
	for _, tc := range []struct{ text, trigger, want string }{
		{"One of Putin's bodyguards was killed in Kursk on Monday.", "killed", "location=place:kursk"},
		{"Putin was killed in Kursk on Monday.", "killed", "location=place:kursk target=person:putin"},
	} {
		m := mentionOf(t, parsed(t, tc.text), tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestTitleChargeInfinitive checks that a charge's gerund keeps the act
// it tries or plans ("of trying to assassinate Putin"), never stopping at
// the gerund.
func TestTitleChargeInfinitive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Iran has accused Israel of trying to assassinate Putin.", "accused", "Iran accuses Israel of trying to assassinate Putin"},
	})
}

// TestOpposedName checks that a name written after "anti-" is the side
// an act is against, never its agent, and that a headline keeps the name's
// capital after a lower-cased first word.
func TestOpposedName(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, trigger, want string }{
		{"The decisions sparked a string of anti-Israeli bombings on Monday.", "bombings", "target=country:ISR"},
		{"The decisions sparked a string of Israeli bombings on Monday.", "bombings", "agent=country:ISR"},
		{"The shooting of a fisherman by sailors triggered anti- Israeli protests in the port in 2003.", "protests", ""},
		{"The shooting of a fisherman by sailors triggered anti-Israeli protests in the port in 2003.", "protests", ""},
	} {
		in := inputWith(tc.text, []ent{{"Israeli", "country:ISR", actor.Country, false}})
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
	if got := lowerFirstPart("Anti-Russian"); got != "anti-Russian" {
		t.Errorf("lowerFirstPart(Anti-Russian) = %q", got)
	}
}

// TestStanceName checks that a name written after "anti-" or "pro-" on a
// word other than the trigger tells the side a person or a group takes,
// and is no party of what they do or suffer.
func TestStanceName(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, trigger, want string }{
		{"A pro-Syrian mayor was shot dead in the north on Monday.", "shot", ""},
		{"An anti-Syrian lawmaker was killed in a car bomb blast on Monday.", "killed", ""},
		{"Anti-Syrian protesters attacked the embassy on Monday.", "attacked", ""},
		{"Syrian troops attacked the embassy on Monday.", "attacked", "agent=country:SYR"},
		{"The decisions sparked a string of anti-Syrian bombings on Monday.", "bombings", "target=country:SYR"},
	} {
		in := inputWith(tc.text, []ent{{"Syrian", "country:SYR", actor.Country, false}})
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestOfficeHolderObject checks that an office's holder the parse hangs on
// the office by "of" ("met US Secretary of State Kim") is the party.
func TestOfficeHolderObject(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "Putin met US Secretary of State Condoleezza Rice on Monday."
	in := inputWith(text, []ent{{"Condoleezza Rice", "person:rice", actor.Person, false}})
	in.Parse = p.Sentence
	if got, want := roles(mentionOf(t, in, "met")), "agent=person:putin counterpart=person:rice"; got != want {
		t.Errorf("%q: roles %s, want %s", text, got, want)
	}
}

// TestOwnerConjuncts checks that every name joined in the "of" or "from"
// phrase that tells whose people act is a party: "officials from Russia
// and Indonesia", "the leaders of Kenya and Niger".
func TestOwnerConjuncts(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Ruritania", "country:RUR", actor.Country, false}, {"Freedonia", "country:FRE", actor.Country, false}, {"Chirac", "person:chirac", actor.Person, false}}
	for _, tc := range []struct{ text, trigger, want string }{
		{"Officials from Ruritania and Freedonia signed the lease on Monday.", "signed", "agent=country:FRE agent=country:RUR"},
		{"Delegations of Ruritania and Freedonia met in the capital on Monday.", "met", "agent=country:FRE agent=country:RUR"},
		{"Chirac met the leaders of Ruritania and Freedonia on Monday.", "met", "agent=person:chirac counterpart=country:FRE counterpart=country:RUR"},
	} {
		in := inputWith(tc.text, ents)
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestListedCountries checks that a country the parse hangs as an
// apposition or a possessor with no "'s" on another in a long list is one
// more party.
func TestListedCountries(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Ruritania", "country:RUR", actor.Country, false}, {"United States", "country:USA", actor.Country, false},
		{"Latveria", "country:LAT", actor.Country, false}, {"Japan", "country:JPN", actor.Country, false},
		{"India", "country:IND", actor.Country, false}, {"Republic of Elbonia", "country:ELB", actor.Country, false}}
	for _, tc := range []struct{ text, trigger, want string }{
		{"Ruritania, the United States, Latveria, Japan, India and the Republic of Elbonia signed an agreement in July.", "signed",
			"agent=country:ELB agent=country:IND agent=country:JPN agent=country:LAT agent=country:RUR agent=country:USA"},
	} {
		in := inputWith(tc.text, ents)
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestReceivedAct checks that the subject of a receiving verb whose
// object is an act aimed at someone (a warning, a threat, a sentence) is
// its target, not its agent.
func TestReceivedAct(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Olof Brandt", "person:olof-brandt", actor.Person, false}, {"Ruritania", "country:RUR", actor.Country, false}}
	for _, tc := range []struct{ text, trigger, want string }{
		{"Olof Brandt received a serious warning on Monday.", "warning", "target=person:olof-brandt"},
		{"Ruritania has received pledges of five billion dollars.", "pledges", "target=country:RUR"},
		{"Olof Brandt issued a serious warning on Monday.", "warning", "agent=person:olof-brandt"},
	} {
		in := inputWith(tc.text, ents)
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestInvertedSpeaker checks that the speaker set after the reporting
// verb ("…," said X during a meeting with Y) takes part in the spoken
// event that verb is set in.
func TestInvertedSpeaker(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Li Wen", "person:li-wen", actor.Person, false}, {"Ivo Karlsson", "person:ivo-karlsson", actor.Person, false},
		{"Ruritania", "country:RUR", actor.Country, false}}
	for _, tc := range []struct{ text, trigger, want string }{
		{"\"Ruritania hopes for progress,\" said Li Wen during a meeting with Ivo Karlsson.", "meeting", "agent=person:li-wen counterpart=person:ivo-karlsson"},
		{"Li Wen said during a meeting with Ivo Karlsson that trade will grow.", "meeting", "agent=person:li-wen counterpart=person:ivo-karlsson"},
		// the parse reads a long titled name after the verb as its complement clause
		// ... or as the subject of the venue noun
		{"The ties between the two peoples have deep roots and great potential for growth, said Vice-Chairman of Ruritania's Central Defence Commission Li Wen during a meeting with Ivo Karlsson, deputy chief of the general staff.", "meeting", "agent=person:li-wen counterpart=person:ivo-karlsson"},
		{"Trade will grow, said Deputy Chairman of Ruritania's Military Commission Li Wen during a meeting with Ivo Karlsson.", "meeting", "agent=person:li-wen counterpart=person:ivo-karlsson"},
	} {
		in := inputWith(tc.text, ents)
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestObjectOfSubjectNoun checks that a name modifying the object of a
// verb whose subject holds a noun trigger is no party of that trigger,
// while the object's own name stays where the event struck.
func TestObjectOfSubjectNoun(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Ruritania", "country:RUR", actor.Country, false}, {"Freedonia", "country:FRE", actor.Country, false}}
	for _, tc := range []struct{ text, trigger, want string }{
		{"Li said that the outcome of recent elections in Freedonia would not affect Ruritania-Freedonia relations.", "elections", "location=country:FRE"},
	} {
		in := inputWith(tc.text, ents)
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestBystanderVerb checks that the subject of a verb that watches or
// judges an election noun, or an "of" phrase it heads, is no contestant,
// while the subject of a verb that wins it is.
func TestBystanderVerb(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Ruritania", "country:RUR", actor.Country, false}, {"Freedonia", "country:FRE", actor.Country, true},
		{"Li Wen", "person:li-wen", actor.Person, false}}
	for _, tc := range []struct{ text, trigger, want string }{
		{"Ruritania welcomed the outcome of the election in Freedonia on Monday.", "election", "location=country:FRE"},
		{"Ruritania monitored the election in Freedonia on Monday.", "election", "location=country:FRE"},
		{"Li Wen won the election in Freedonia on Monday.", "election", "agent=person:li-wen location=country:FRE"},
	} {
		in := inputWith(tc.text, ents)
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestPossessorUndergoes checks that a person's possessive on a noun of
// an act done to one person names the one it is done to, also by a pronoun
// on a noun told as before or after the verb's act, while an "of" phrase
// keeps the possessor the agent.
func TestPossessorUndergoes(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Olof Brandt", "person:olof-brandt", actor.Person, false}, {"Ruritania", "country:RUR", actor.Country, false},
		{"Ivo Karlsson", "person:ivo-karlsson", actor.Person, false}}
	for _, tc := range []struct{ text, trigger, want string }{
		{"Ruritania condemned Olof Brandt's assassination on Monday.", "assassination", "target=person:olof-brandt"},
		{"Crowds protested against Olof Brandt's arrest on Monday.", "arrest", "target=person:olof-brandt"},
		{"Ruritania condemned Olof Brandt's arrest of Ivo Karlsson on Monday.", "arrest", "agent=person:olof-brandt target=person:ivo-karlsson"},
		// a pronoun's person undergoes an act told before or after the verb's
		{"Olof Brandt spoke to the radio before his arrest on Monday.", "arrest", "target=person:olof-brandt"},
		{"Olof Brandt fell ill after his kidnapping on Monday.", "kidnapping", "target=person:olof-brandt"},
		// but does the act the verb is done in, or names its patient
		{"Olof Brandt brought in Ivo Karlsson in his reshuffle on Monday.", "reshuffle", "agent=person:olof-brandt"},
	} {
		in := inputWith(tc.text, ents)
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestParticipleVenue checks that the reporter of a sentence opened by a
// participle clause with no subject of its own takes part in the event
// that clause attends or is set at, and not in one it comments on.
func TestParticipleVenue(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	ents := []ent{{"Li Wen", "person:li-wen", actor.Person, false}, {"Ivo Karlsson", "person:ivo-karlsson", actor.Person, false},
		{"Minsk", "place:minsk", actor.Place, true}}
	for _, tc := range []struct{ text, trigger, want string }{
		{"Attending the summit in Minsk, Li Wen said the talks went well.", "summit", "agent=person:li-wen location=place:minsk"},
		{"Speaking at a meeting with Ivo Karlsson, Li Wen said the talks went well.", "meeting", "agent=person:li-wen counterpart=person:ivo-karlsson"},
		{"Speaking after a meeting with Ivo Karlsson, Li Wen said the talks went well.", "meeting", "agent=person:li-wen counterpart=person:ivo-karlsson"},
		{"Speaking after the attack in Minsk, Li Wen said the city was calm.", "attack", "location=place:minsk"},
	} {
		in := inputWith(tc.text, ents)
		in.Parse = p.Sentence
		if got := roles(mentionOf(t, in, tc.trigger)); got != tc.want {
			t.Errorf("%q: roles %s, want %s", tc.text, got, tc.want)
		}
	}
}
