package actor

import "testing"

// TestEthnicPeople: a demonym after "ethnic" that ends its phrase is a
// people told by its origin, not the state (ethnicPeople), whatever its
// form; "for" ends such a phrase (person_ends).
func TestEthnicPeople(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"The port authority turned back three ethnic Nepalese for lacking papers.", "Nepalese", "agent:NPL:people"},
		{"The army detained dozens of ethnic Chinese, the report said.", "Chinese", "agent:CHN:people"},
	})
}
