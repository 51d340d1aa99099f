package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timex"
)

// TestTitleHappened checks that an event told by its noun alone, with no
// one who did it, is said to have happened, by its type's happen phrase
// or, for a gathering, "held" ("Coup staged", "Floods hit"), never
// the bare noun; that a disaster strikes its place; and that a noun
// spelt as a participle ("officer shot") or naming a thing takes none.
func TestTitleHappened(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The airline cancelled its flights to the capital after the coup.", "coup", "Coup staged"},
		{"Relief workers reached the villages days after the floods.", "floods", "Floods hit"},
		{"The port was paralysed by a mass labor strike last month.", "strike", "Mass labor strike takes place"},
		{"Shops stayed closed on the day of the bitter street revolt.", "revolt", "Bitter street revolt takes place"},
		{"The minister spoke to reporters after the emergency cabinet meeting.", "meeting", "Emergency cabinet meeting held"},
	})
	checkTitlesWith(t, true, []ent{{"Luzon", "place:luzon", actor.Place, false}}, []headlineCase{
		{"Farmers lost their harvest to a severe drought in Luzon last year.", "drought", "Severe drought hits Luzon"},
	})
}

// TestBareTitle checks that a title of one noun, alone or with the phrase
// that says only that it happened, counts as bare, and a headline naming
// more does not.
func TestBareTitle(t *testing.T) {
	for _, c := range []struct {
		typ   Type
		title string
		want  bool
	}{
		{Coup, "Coup", true},
		{Coup, "Coup staged", true},
		{Meeting, "Talks held", true},
		{Disaster, "Floods hit", true},
		{Protest, "Riots take place", true},
		{Disaster, "Typhoon hits Luzon", false},
		{Meeting, "Six-party talks held", false},
		{Coup, "Army stages coup", false},
		{MarketMovement, "Prices drop", false},
	} {
		if got := BareTitle(c.typ, c.title); got != c.want {
			t.Errorf("BareTitle(%s, %q) = %v, want %v", c.typ, c.title, got, c.want)
		}
	}
}

// TestTitleStanceAfterTime checks that what a stance is toward is kept
// when a time stands between the stance noun and its phrase ("expressed
// his support in 1999 for the sale"), never the bare "expresses support".
func TestTitleStanceAfterTime(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	text := "Senator Paul Grant expressed his support in 1998 for the sale of the state airline."
	in := inputWith(text, []ent{{"Paul Grant", "person:paul-grant", actor.Person, false}}, tx{"1998", timex.Date, "1998", false})
	in.Parse, in.Item = p.Sentence, true
	if m, want := find(t, in, "expressed"), "Paul Grant expresses support for sale of state airline"; m.Title != want {
		t.Errorf("%q: title %q, want %q", text, m.Title, want)
	}
}

// TestTitleWholeWords checks that a title keeps a number its multiplier
// needs ("Three hundred", never "Hundred"), a hyphenated word whole, also
// in an "of" phrase and when the text spaces it after its hyphen
// ("human-to-human", "city-backed"), counted as one word of its phrase.
func TestTitleWholeWords(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Three hundred farmers from two northern villages were questioned on Friday.", "questioned", "Three hundred farmers questioned"},
		{"The farm minister rejected rumours of human-to-human spread of swine fever.", "rejected", "Farm minister rejects rumours of human-to-human spread"},
	})
	checkTitlesWith(t, true, []ent{{"Omar Said", "person:omar-said", actor.Person, false}}, []headlineCase{
		{"The veteran Omar Said was ousted as union leader by a city- backed faction in May.", "ousted", "City-backed faction ousts Omar Said"},
	})
}

// TestDropDoubled checks that a lower-case word a title says twice in a
// row is said once, and a name said twice is kept.
func TestDropDoubled(t *testing.T) {
	for in, want := range map[string]string{
		"Members find guilty guilty":       "Members find guilty",
		"Bank calls calls for calm":        "Bank calls for calm",
		"Sirhan Sirhan appeals conviction": "Sirhan Sirhan appeals conviction",
		"Talks held":                       "Talks held",
	} {
		if got := dropDoubled(in); got != want {
			t.Errorf("dropDoubled(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitleOwnedVagueSubject checks that a reported clause whose subject
// is a vague noun a possessive pronoun owns ("his nation") keeps it as
// its subject, never the type's phrase ("issues warning").
func TestTitleOwnedVagueSubject(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Omar Said", "person:omar-said", actor.Person, false}}, []headlineCase{
		{"Premier Omar Said warned that his nation would retaliate against any raid.", "warned", "Omar Said warns his nation will retaliate against raid"},
	})
}

// TestTitleAimNoun checks that an object naming an act aimed at keeps its
// own infinitive (aim_nouns: "criticizes move to dissolve court"), never
// the bare noun ("criticizes move").
func TestTitleAimNoun(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Bar Council", "org:bar-council", actor.Organization, false}}, []headlineCase{
		{"The Bar Council criticized the move to close the tribunal.", "criticized", "Bar Council criticizes move to close tribunal"},
		{"The Bar Council rejected the plan to merge the two courts.", "rejected", "Bar Council rejects plan to merge two courts"},
	})
}

// TestTitleChangeFigure checks that a change noun as an object keeps the
// figure it reaches ("demands increase to 300 dollars"), never the bare
// "demands increase".
func TestTitleChangeFigure(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Gasco", "org:gasco", actor.Organization, false}}, []headlineCase{
		{"Gasco first demanded an increase to 300 dollars, unless the buyer agreed to sell its port.", "demanded", "Gasco demands increase to 300 dollars"},
	})
}

// TestTitleThingOfActor checks that a place or thing an actor only
// modifies keeps its own noun ("escapes from US detention center"), never
// the actor's name for it ("escapes from United States").
func TestTitleThingOfActor(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"US", "country:USA", actor.Country, false}}, []headlineCase{
		{"A rebel commander fled from a US detention camp near the border last spring.", "fled", "Rebel commander flees from US detention camp"},
	})
}

// TestTitleAskedInfinitive checks that a patient-first title keeps what
// its patient is asked to do ("Villagers urged to leave"), whether the
// verb is passive or its agent unnamed, never the bare "Villagers urged".
func TestTitleAskedInfinitive(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The villagers were urged to leave.", "urged", "Villagers urged to leave"},
	})
	checkTitlesWith(t, true, []ent{{"Norland", "country:NOR", actor.Country, false}}, []headlineCase{
		{"She urged Norland to sell its grain before the rains.", "urged", "Norland urged to sell grain"},
	})
}

// TestTitleByMeans checks that an infinitive with no object of its own
// keeps the "by" gerund that says how ("threatens to hit back by cutting
// supplies"), never the type's phrase ("issues threat").
func TestTitleByMeans(t *testing.T) {
	checkTitlesWith(t, true, []ent{{"Gasco", "org:gasco", actor.Organization, false}}, []headlineCase{
		{"Gasco threatened to hit back by halting deliveries to the north.", "threatened", "Gasco threatens to hit back by halting deliveries"},
	})
}

// TestTitleTwoWordPreposition: an infinitive's oblique keeps its whole
// preposition ("out of"), never only its last word.
func TestTitleTwoWordPreposition(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The dock workers threatened on Monday to walk out of the wage talks.", "threatened", "Dock workers threaten to walk out of wage talks"},
	})
}

// TestTitleTalksWith: talks named as an object keep their "with" phrase.
func TestTitleTalksWith(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The rebels demanded talks with the Russian army commanders on Monday.", "demanded", "Rebels demand talks with Russian army commanders"},
	})
}
