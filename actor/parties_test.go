package actor

import "testing"

// TestNotableParties: the world's notable parties, movements and state
// companies that one word names ("Fatah", "Kadima", "Gazprom") are known
// actors, so a story between them keeps both sides.
func TestNotableParties(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"Fatah gunmen clashed with rivals in the town on Sunday.", "Fatah", "org:fatah"},
		{"Kadima won the most seats in the vote.", "Kadima", "org:kadima"},
		{"The Likud party chose a new leader.", "Likud party", "org:likud"},
		{"The BJP walked out of parliament.", "BJP", "org:bjp"},
		{"The Muslim Brotherhood called a rally.", "Muslim Brotherhood", "org:muslim-brotherhood"},
		{"Gazprom raised the gas price for its neighbours.", "Gazprom", "org:gazprom"},
		// a surname the spelling key alone matches to a party ends a person's name
		{"Abdul-Rahman Mustafa Fattah, the governor, escaped the attack.", "Abdul-Rahman Mustafa Fattah", "person:abdul-rahman-mustafa-fattah"},
	})
}
