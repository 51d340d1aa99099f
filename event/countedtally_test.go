package event

import "testing"

// TestCountedTally checks that a happening told only inside what "the
// number of" or "the total" counts is background, while a toll's own
// event, "a number of" (some) and a counted subject of a plain verb stay
// events.
func TestCountedTally(t *testing.T) {
	checkBackground(t, []backgroundCase{
		{"a participle under the number", "Since 2004, the number of Danish soldiers killed in Ruritania has increased to 85.", "killed", true},
		{"a bare plural noun counted", "Monday's raid brings to 40 the number of killings in Ruritania this year.", "killings", true},
		{"a toll's events picked out", "The toll of the bombings in Valdor on Monday rose to 35, police said.", "bombings", false},
		{"some attacks, no count", "Prosecutors said Marek was involved in a number of attacks carried out by extremists in 1974.", "attacks", false},
		{"a counted subject of a plain verb", "Twelve soldiers were killed in Valdor on Monday, the army said.", "killed", false},
	})
}

// TestSinceTotalAnyTense checks that an act done to people one by one
// sums a toll with "since" in any tense, with "so far", or with the
// "since" on a conjoined verb, while a single act since a day, a market's
// move "since 1997" and a killing on a day stay events.
func TestSinceTotalAnyTense(t *testing.T) {
	checkBackground(t, []backgroundCase{
		{"a relative in the past since a year", "Karlo is the suspected leader of a group of bombers that killed more than 150 people since 2001.", "killed", true},
		{"so far in the perfect", "Officials said an outbreak that has so far killed 12 people in the province was under control.", "killed", true},
		{"since on a conjoined verb", "According to the army, four soldiers have been killed and 20 others wounded since the troops and the Red Hand rebels began a new round of clashes.", "killed", true},
		{"a killing on a day", "Rebels killed 12 soldiers in the north on Monday, the army said.", "killed", false},
		{"a single act since a day", "Police have arrested the mayor since Monday.", "arrested", false},
	})
}
