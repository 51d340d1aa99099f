package actor

import "testing"

// TestNamedParty: a capitalized name before a lower-case party noun is
// the party's name, the same body as the name written in capitals; a
// creed word, a possessive or a name going on after the noun is none.
func TestNamedParty(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"Supporters of the ruling Korvan party rallied on Sunday.", "Korvan party", "org:korvan-party"},
		{"The Korvan Party met in Tarsu. Later the Korvan party voted.", "Korvan party", "org:korvan-party"},
		{"A Moslem party took office in the province.", "Moslem party", ""},
		{"Velund's party won 12 seats.", "Velund's party", ""},
		{"The centrist Brave party Tessaro joined the coalition.", "Brave party", ""},
	})
}
