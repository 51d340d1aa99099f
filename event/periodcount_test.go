package event

import "testing"

// TestPeriodCount checks that an act on a hundred people or more, summed
// over the year of the story or the one before, and a running total in
// the present perfect over this year, are background (a statistic), while
// a day's mass arrest, an old year's killing, a small count and the toll
// of one happening stay events.
func TestPeriodCount(t *testing.T) {
	checkBackground(t, []backgroundCase{
		{"executions of last year", "At least 2,310 prisoners were executed in 25 countries last year, the group said.", "executed", true},
		{"arrests of last year", "Last year, Ruritanian police arrested 12,400 people involved in smuggling.", "arrested", true},
		{"a running total this year", "Border guards have arrested 1,950 migrants off the coast so far this year.", "arrested", true},
		{"clashes summed this year", "At least 240 soldiers have been killed in clashes with the rebels this year.", "clashes", true},
		{"a day's mass arrest", "Police arrested 300 protesters in the capital on Monday.", "arrested", false},
		{"an old year", "In 1982, 148 villagers were executed in the square.", "executed", false},
		{"a small count last year", "Last year, police arrested six men over the robbery.", "arrested", false},
		{"one happening's toll", "Earlier this year, the blast killed 130 people in the market.", "killed", false},
		{"the toll of a when-clause", "Last year, 1,200 people were killed when rebels stormed the town.", "killed", false},
	})
}
