package actor

import "testing"

// TestPartyMember: the word for a party's members names the party in a
// story of its country, or in one naming a rival party of that country
// so, and no actor in another's.
func TestPartyMember(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"U.S. voters went to the polls. Democrats won control of the House.", "Democrats", "org:usa-democrats"},
		{"U.S. senators met. The bill was blocked by Republicans on Monday.", "Republicans", "org:usa-republicans"},
		{"British voters went to the polls. The Tories lost seats.", "Tories", "org:gbr-tories"},
		{"Thai voters went to the polls in Thailand. Democrats won seats.", "Democrats", ""},
		// no country named, but two parties of one: its politics
		{"Democrats took 12 seats from the Republicans in the vote.", "Democrats", "org:usa-democrats"},
		// a story naming another country most: the rivals still tell it
		{"Iraq was the issue. Iraq's war split voters. Democrats beat the Republicans on Iraq.", "Republicans", "org:usa-republicans"},
		// one party word alone in a story of no country stays no actor
		{"Democrats took 12 seats in the vote.", "Democrats", ""},
	})
}

// TestPartyNameWord: a party_name_words word alone in a story of its
// country is the actor of its full name, the one "<word> Party" names,
// and its possessive after it too; in another country's story no actor.
func TestPartyNameWord(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"British voters went to the polls. Labour won seats.", "Labour", "org:labour-party"},
		{"British voters backed the Labour Party in Britain. Labour won seats.", "Labour Party", "org:labour-party"},
		// the last "Labour", a possessive, is the party named before
		{"British voters went to the polls. Labour won seats. Labour's lead grew.", "Labour", "org:labour-party"},
		{"Thai voters cast their ballots in Thailand. Labour won seats.", "Labour", ""},
	})
	g := defaultGazetteer(t)
	r := NewResolver(g)
	document(r, "British voters went to the polls. Labour won seats.")
	for _, a := range r.Actors() {
		if a.ID == "org:labour-party" && a.Name != "Labour Party" {
			t.Errorf("org:labour-party is named %q, want the full name", a.Name)
		}
	}
}
