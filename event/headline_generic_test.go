package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestGenericTitle checks which titles say what happened only in their
// type's phrase.
func TestGenericTitle(t *testing.T) {
	for _, c := range []struct {
		typ   Type
		title string
		want  bool
	}{
		{Election, "Putin holds election", true},
		{Election, "Putin and Kim hold election", true},
		{MilitaryDeployment, "Russia deploys forces to Ukraine", false},
		{Election, "Putin wins re-election", false},
		{Attack, "Russia launches attack", true},
		{Attack, "Russia attacks Kyiv", false},
		{Statement, "Putin issues statements", false},
		{Meeting, "Putin meets Kim", false},
	} {
		if got := GenericTitle(c.typ, c.title); got != c.want {
			t.Errorf("GenericTitle(%s, %q) = %v, want %v", c.typ, c.title, got, c.want)
		}
	}
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
