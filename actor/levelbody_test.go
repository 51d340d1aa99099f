package actor

import "testing"

// TestLevelBodyOf: a level and a body word before "of" or "in" and a
// place name that place's body; without a level, or before a country, the
// words stay as before.
func TestLevelBodyOf(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"The city council in Lahore approved the budget.", "city council in Lahore", "org:city-council-in-lahore"},
		{"The provincial government of Punjab closed the schools.", "provincial government of Punjab", "org:provincial-government-of-punjab"},
		{"The government in Kabul closed the schools.", "Kabul", "place:kabul"},
	})
}
