package event

import "testing"

// TestTitlePlace checks that a title with no side and no place takes the
// place its sentence names, and that a title with a side or a place, or
// a sentence naming a country only by its demonym, gets none; and that a
// noun of an act keeps its "of" phrase within the phrase's bound.
func TestTitlePlace(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		// a place a quake's verb takes is its location, told by the verb (impactOf)
		{"A strong earthquake shook Kursk and surrounding areas on Friday, the agency said.", "earthquake", "Earthquake hits Kursk"},
		{"Some 5,000 people have been evacuated from Crimea since the volcano began erupting on Friday.", "erupting", "Volcano erupts in Crimea"},
		{"The first trial, which opened in Kyiv, was annulled a year ago.", "trial", "Trial opens in Kyiv"}, // its relative clause tells what became of it
		// a place in a clause of its own is not the event's
		{"The army, which has a base in Kyiv, said that a massacre of civilians took place in 1993.", "massacre", "Civilians massacred"},
		// a demonym says whose, not where
		{"A Russian helicopter crash killed nobody on Monday.", "crash", "Russian helicopter crash occurs"},
		// a side named: the title says who
		{"Putin warned Kim in Pyongyang on Friday.", "warned", "Putin warns Kim Jong Un in Pyongyang"},
		// a meeting that hangs on a verb: that verb's named subject is
		// the other side; so does a noun of people
		{"Putin raised the issue during a meeting with Kim on Monday.", "meeting", "Putin meets Kim Jong Un"},
		{"Putin raised the issue during talks with China on Monday.", "talks", "Putin holds talks with China"},
		{"The officials raised the issue during a meeting with Kim on Monday.", "meeting", "Officials meet Kim Jong Un"},
		// what a warning says, told in the present
		{"Putin warned on Friday that the rebels attacked the convoy.", "warned", "Putin warns rebels attack convoy"},
		// the other side of a meeting a common noun for people names
		{"Putin met with senior military commanders on Wednesday.", "met", "Putin meets with senior military commanders"},
		{"Putin met with the new plan on Wednesday.", "met", "Putin holds talks"},
		// a vow of effort names its aim
		{"Putin vowed on Friday to do everything possible to hunt down the killers.", "vowed", "Putin vows to hunt down killers"},
		{"Putin pledged to make every effort to end the war.", "pledged", "Putin pledges to end war"},
		// a noun of an act keeps what it is done to, when short enough
		{"Russia called on Friday for a resumption of power-sharing negotiations between the factions.", "called", "Russia calls for resumption of power-sharing negotiations"},
		{"Iran urged the release of the hostages on Friday.", "urged", "Iran urges release of hostages"},
		{"Russia called on Friday for the swift withdrawal of the heavily armed Turkish border troops.", "called", "Russia calls for swift withdrawal"},
		{"Iran urged the immediate and unconditional release of all the foreign hostages held by the militants.", "urged", "Iran urges release of foreign hostages"},
	})
}

// TestDerivedName checks which country words are derived from the
// country's name.
func TestDerivedName(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"Iraq", "Iraqi", true},
		{"Iraq", "Iraqis", true},
		{"China", "Chinese", true},
		{"United Kingdom", "British", false},
		{"Britain", "British", true},
		{"Iraq", "Iraq", false},
		{"Peru", "Lima", false},
		{"United States", "Washington", false},
	} {
		if got := derivedName(c.name, c.text); got != c.want {
			t.Errorf("derivedName(%q, %q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestTitleTypePreposition checks that a title with no agent joins the
// other side with its type's preposition.
func TestTitleTypePreposition(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"It called on Russia on Monday to end the fighting.", "called", "Appeal to Russia"},
		{"Talks were held with China on Monday.", "Talks", "Talks with China held"},
	})
}

// TestTitleInfinitiveOblique checks that a vow's infinitive with no
// object keeps its first oblique, and that an infinitive ending in "-ing"
// ("to bring") keeps its "to".
func TestTitleInfinitiveOblique(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin vowed on Friday to push for closer cooperation with China.", "vowed", "Putin vows to push for closer cooperation"},
		{"Putin vowed on Friday to bring about a lasting peace.", "vowed", "Putin vows to bring about lasting peace"},
	})
}

// TestTitleWarning checks what a warning's headline keeps: a modal
// passive or adjective clause, or the oblique it warns against.
func TestTitleWarning(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin warned that the US involvement should be positive.", "warned", "Putin warns US involvement should be positive"},
		{"Putin warned that the policy could be scrapped.", "warned", "Putin warns policy could be scrapped"},
		{"Putin warned against excessive euphoria.", "warned", "Putin warns against excessive euphoria"},
	})
}
