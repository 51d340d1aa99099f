package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleUnknownPlace checks that a visit names the place a proper noun
// the gazetteer lacks gives it, that a common noun gives none, and that
// with no place it says what the visit is for.
func TestTitleUnknownPlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin arrived in the South on Sunday.", "arrived", "Putin arrives in South"},
		{"The welcome accorded to Putin on his arrival in the South on Sunday provides hints, analysts said.", "arrival", "Putin visits South"},
		{"Putin began his tour of the region this week.", "tour", "Putin begins tour"},
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

// TestTitleGerundSubject checks that a meeting the parse reads as a gerund
// with a plural subject is titled by that subject and the type's verb,
// not by the bare noun ("Meeting in Moscow").
func TestTitleGerundSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"European foreign ministers meeting in Moscow also called on Kim to guarantee aid groups access to conflict zones.", "meeting", "European foreign ministers meet in Moscow"},
		{"Arab leaders meeting in Ankara on Monday urged Kim to free the prisoners.", "meeting", "Arab leaders meet in Ankara"},
	})
}

// TestTitleArrival checks that a visit told by a verb that needs no
// object and names no place keeps that verb, with the common noun of
// where it goes when the text gives one ("Refugees arrive in camp"),
// never the type's "make visit"; a named place still reads as before.
func TestTitleArrival(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Other refugees, meanwhile, continued to arrive in the camp, about 40 kilometres to the south of the city.", "arrive", "Refugees arrive in camp"},
		{"Putin and his delegation arrived here on Tuesday and met Kim on Wednesday, the statement said.", "arrived", "Putin and delegation arrive"},
		{"Putin arrived in Moscow on Tuesday.", "arrived", "Putin arrives in Moscow"},
		{"Putin arrived on Tuesday for talks with the leaders.", "arrived", "Putin arrives for talks with leaders"},
	})
}

// TestTitleTalksTopic checks that talks about a gerund clause the parse
// makes their verb are titled by what they are about ("Talks on forming
// ..."), never as if the talks did it, and that a topic naming an actor
// as its possessor only still counts, even when the parse hangs it on
// the verb.
func TestTitleTalksTopic(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin said that talks on forming a national unity government were officially dead.", "talks", "Talks on forming national unity government"},
		// the place stands in what the talks are about, not said held
		// there (topicPlace): "talks on a dispute in the South China Sea"
		{"Putin said the two sides should build on progress reached during talks on China's WTO accession in Moscow.", "talks", "Talks on WTO accession held"},
	})
}

// TestTitleMeetingOfAgent checks that a meeting noun whose "of" phrase
// names its agent ("the conference of the NATO missions") does not make
// that phrase the other side ("NATO meets NATO missions"), and that a
// conference is held as one.
func TestTitleMeetingOfAgent(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The 11th inter-mission force commanders' conference of the NATO Missions in Kursk continued on Thursday evening.", "conference", "NATO holds conference"},
	})
}

// TestTitleTopicAfterPlace checks that what talks are about is found past
// their place even where the parse hangs it elsewhere ("talks in Moscow on
// a price dispute").
func TestTitleTopicAfterPlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Russia edged closer on Sunday to cutting gas supplies to neighbouring Ukraine as talks in Moscow on a price dispute entered their final hours.", "talks", "Talks on price dispute held in Moscow"},
	})
}

// TestTitleArrivedAtModifier checks that an arrival at a common noun the
// place only modifies ("arrived at the Moscow hospital") reads "in" the
// place, never "arrives at Moscow".
func TestTitleArrivedAtModifier(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin arrived at the Moscow hospital on Monday.", "arrived", "Putin arrives in Moscow"},
	})
}

// TestTitleVisitModifier checks that a visit whose place a modifier names
// says where it goes ("during a Lisbon visit" → "visits Lisbon", "the
// minister's Chile trip" → "visits Chile"), never "makes visit"; with no
// agent, "Visit to Lisbon", never "Lisbon visit to Lisbon".
func TestTitleVisitModifier(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, trigger, place, id, want string }{
		{"The matter was raised during a Lisbon visit in May.", "visit", "Lisbon", "place:lisbon", "Visit to Lisbon"},
		{"Kaczynski began a Lisbon visit on Monday.", "visit", "Lisbon", "place:lisbon", "Kaczynski visits Lisbon"},
		{"Kaczynski cut short his Chile trip on Monday.", "trip", "Chile", "country:CHL", "Kaczynski visits Chile"},
	} {
		kind := actor.Place
		if strings.HasPrefix(c.id, "country:") {
			kind = actor.Country
		}
		in := inputWith(c.text, []ent{
			{"Kaczynski", "person:kaczynski", actor.Person, false},
			{c.place, c.id, kind, false},
		})
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleArrivalNoun checks that an arrival is in the place it reaches
// ("was detained on arrival in Lima" → "Arrival in Lima"; "Kaczynski's
// arrival in Lima" → "Kaczynski arrives in Lima"), never "Arrival to
// Lima".
func TestTitleArrivalNoun(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Ortega was detained on arrival in Lima by border police in May 2001.", "Arrival in Lima"},
		{"Kaczynski's arrival in Lima on Monday drew large crowds.", "Kaczynski arrives in Lima"},
	} {
		in := inputWith(c.text, []ent{
			{"Kaczynski", "person:kaczynski", actor.Person, false},
			{"Lima", "place:lima", actor.Place, true},
		})
		in.Parse = p.Sentence
		if m := find(t, in, "arrival"); m.Title != c.want {
			t.Errorf("%q: title %q, want %q (%v)", c.text, m.Title, c.want, m.Participants)
		}
	}
}

// TestTitleVisitPossessorPlace checks that a visit whose verb goes to a
// phrase a country's name possesses, with no location among the
// participants, names that country ("headed to Norland's mountainous
// northern region" → "heads to Norland"), never "makes visit".
func TestTitleVisitPossessorPlace(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, trigger, want string }{
		{"More than 300 Chinese troops headed to Norland's mountainous southern region on Friday.", "headed", "Chinese troops head to Norland"},
	} {
		in := inputWith(c.text, []ent{
			{"Chinese troops", "agent:CHN:military", actor.Organization, false},
			{"Norland", "country:NOR", actor.Country, false},
		})
		in.Parse = p.Sentence
		if m := find(t, in, c.trigger); m.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.text, m.Title, c.want)
		}
	}
}

// TestTitleHeldGathering checks that a gathering one agent holds is
// named by its own noun ("the Arctic Council meeting" → "Arctic Council
// holds meeting"), never "holds talks", which stays for talks and for a
// meeting with another side.
func TestTitleHeldGathering(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Arctic Council", "org:arctic-council", actor.Organization, false},
		{"Norland", "country:NOR", actor.Country, false},
		{"Sudan", "country:SDN", actor.Country, false},
	}, []headlineCase{
		{"Oil prices fell after the Arctic Council meeting on Friday.", "meeting", "Arctic Council holds meeting"},
		{"Oil prices fell after the Arctic Council talks on Friday.", "talks", "Arctic Council holds talks"},
		{"Oil prices fell after a meeting between Norland and Sudan on Friday.", "meeting", "Norland holds talks with Sudan"},
	})
}

// TestTitleMeetingOtherSide checks that a meeting whose other side only
// its own phrase names keeps it: the "with" phrase of talks held or of
// the talks noun ("held talks with senior officials" → "holds talks with
// senior officials"), the side of a "between" phrase the headline does
// not name yet ("a meeting between Brenner and the foreign minister" →
// "holds talks with foreign minister").
func TestTitleMeetingOtherSide(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Norland President Karl Brenner held talks with senior political officials in Oslo on Monday.", "held talks", "Karl Brenner holds talks with senior political officials in Oslo"},
		{"Karl Brenner started talks with tribal elders in Oslo on Monday.", "talks", "Karl Brenner holds talks with tribal elders in Oslo"},
		{"The agreement was reached at a meeting between Karl Brenner and the foreign minister on Monday.", "meeting", "Karl Brenner holds talks with foreign minister"},
	})
}

// TestTitleBodyMeets checks that a body a common noun names meets alone
// ("the central committee met in Oslo" → "Central committee meets in
// Oslo"), never a bare "Meeting", while a person alone is left to the
// type ("the minister met on Monday").
func TestTitleBodyMeets(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"The central committee met in Oslo on Monday.", "met", "Central committee meets in Oslo"},
		{"The minister met on Monday.", "met", "Meeting"},
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

// TestTitleVisitedCommon checks that a visit the text tells as to a place
// named by a common noun with a modifier keeps it ("during a visit to the
// flood-hit province" → "visits flood-hit province"), never "makes visit",
// and that a vague noun alone ("a visit to the region") stays out.
func TestTitleVisitedCommon(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Karl Brenner", "person:karl-brenner", actor.Person, false},
	}, []headlineCase{
		{"Karl Brenner on Sunday stressed his support for the governor during a visit to the flood-hit province.", "visit", "Karl Brenner visits flood-hit province"},
		{"Karl Brenner on Sunday stressed his support for the governor during a visit to the region.", "visit", "Karl Brenner makes visit"},
	})
}

// TestTitleTopicPlace checks that talks whose place the text names in
// what they are about are not said held there ("talks on a border dispute
// in the Avalon Gulf" are not "in Avalon Gulf"), while a place after
// "on the sidelines" is where they meet ("meet in Oslo").
func TestTitleTopicPlace(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Norland", "country:NOR", actor.Country, true},
		{"Sudria", "country:SUD", actor.Country, true},
		{"Avalon Gulf", "place:avalon-gulf", actor.Place, true},
		{"Oslo", "place:oslo", actor.Place, true},
	}, []headlineCase{
		{"Norland and Sudria started talks on Wednesday on a border dispute in the Avalon Gulf.", "talks", "Norland and Sudria start talks"},
		{"Norland and Sudria met on the sidelines of a summit in Oslo on Wednesday.", "met", "Norland and Sudria meet in Oslo"},
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

// TestTitleTalksWith: talks named as an object keep their "with" phrase.
func TestTitleTalksWith(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The rebels demanded talks with the Russian army commanders on Monday.", "demanded", "Rebels demand talks with Russian army commanders"},
	})
}

// TestTitleVisitPlace checks that a visit titled by its type's phrase
// alone or by its noun after a light verb names the place the mention
// holds ("makes visit" → "visits Norland", "starts visit to Norland").
func TestTitleVisitPlace(t *testing.T) {
	ents := []ent{{"Norland", "country:NOR", actor.Country, false}, {"Marta Oliveira", "person:oliveira", actor.Person, false}}
	checkTitlesWith(t, false, ents, []headlineCase{
		{"Marta Oliveira made a three-day visit to Norland on Friday.", "visit", "Marta Oliveira visits Norland"},
		{"Marta Oliveira started her visit to Norland on Friday.", "visit", "Marta Oliveira visits Norland"},
		{"Some five thousand fans made the trip to Norland for the final.", "trip", "Five thousand fans make trip to Norland"},
	})
}
