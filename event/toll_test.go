package event

import "testing"

// TestSpanToll checks that a toll counted over a month or a year, caused
// by a bare or counted plural of happenings, is background (a statistic,
// no event told as one), while a known set of events, a day's toll, a
// toll with no count and a toll by an actor stay events.
func TestSpanToll(t *testing.T) {
	checkBackground(t, []backgroundCase{
		{"a noun cause counting its victims", "Road accidents killed 9,112 people in Ruritania last year.", "accidents", true},
		{"a participle after counted accidents", "Officials recorded 61,200 accidents between January and September, killing 8,430 people.", "killing", true},
		{"a participle in counted accidents", "Some 2,100 people killed in 1,900 accidents in Ruritania in September, says ministry.", "killed", true},
		{"counted accidents after a passive", "In September 2,100 people were killed in 1,900 road accidents across Ruritania.", "accidents", true},
		{"counted fires in a year", "A total of 87 fires broke out in shelters for migrants last year.", "fires", true},
		{"a day's toll", "Fires killed six people in the old quarter of the capital on Monday.", "Fires", false},
		{"a known set", "The 2004 bombings killed 191 people in the capital.", "bombings", false},
		{"no count", "Severe floods wiped out the rice harvest of the delta in 1998.", "floods", false},
		{"an actor's toll", "Rebels killed 40 soldiers in the hills in September.", "killed", false},
	})
}
