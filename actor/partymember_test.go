package actor

import "testing"

// TestPartyMember: the word for a party's members names the party in a
// story of its country, and no actor in another's.
func TestPartyMember(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"U.S. voters went to the polls. Democrats won control of the House.", "Democrats", "org:usa-democrats"},
		{"U.S. senators met. The bill was blocked by Republicans on Monday.", "Republicans", "org:usa-republicans"},
		{"British voters went to the polls. The Tories lost seats.", "Tories", "org:gbr-tories"},
		{"Thai voters went to the polls in Thailand. Democrats won seats.", "Democrats", ""},
	})
}
