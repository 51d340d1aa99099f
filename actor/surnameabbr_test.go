package actor

import "testing"

// TestSurnameAbbreviation: a word that spells an abbreviated title without
// its period ("Sen", "Gen") after a capitalized word and before no
// capitalized one ends a person's name ("Thai envoy Chan Sen"); with its
// period, or before a name, it is still a title.
func TestSurnameAbbreviation(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"Laotian Prime Minister Sok Sen visited Hanoi on Monday.", "Sok Sen", "person:sok-sen"},
		{"Envoy Pich Gen met the delegation in Hanoi.", "Pich Gen", "person:pich-gen"},
		{"Sen. Rado Andria visited Hanoi on Monday.", "Rado Andria", "person:rado-andria"},
		{"Mr Rado Andria visited Hanoi on Monday.", "Rado Andria", "person:rado-andria"},
	})
}
