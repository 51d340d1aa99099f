package actor

import "testing"

// TestChurchDemonym: a demonym before a church word names a church or a
// denomination, not the country ("a Greek Orthodox priest"); it still opens
// the church's own name, and a demonym before any other noun stays the
// country's.
func TestChurchDemonym(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"A Greek Orthodox priest blessed the new bridge.", "Greek", ""},
		{"Armenian Apostolic clergy gathered at the cathedral.", "Armenian", ""},
		{"Two Roman Catholic nuns were freed by the kidnappers.", "Roman", ""},
		{"The Greek government guarded the new bridge.", "Greek", "country:GRC"},
	})
	g := defaultGazetteer(t)
	text := "The Bulgarian Orthodox Church appealed for calm."
	found := false
	for _, m := range document(NewResolver(g), text) {
		if m.Text == "Bulgarian Orthodox Church" {
			found = true
		}
		if m.ActorID == "country:BGR" {
			t.Errorf("%q: the church named the country (%s)", text, dump(document(NewResolver(g), text)))
		}
	}
	if !found {
		t.Errorf("%q: no church name (%s)", text, dump(document(NewResolver(g), text)))
	}
}

// TestPartyDemonym: a demonym before a party noun, alone or after up to
// two lower-case words, is the party's, not the country's; three words
// away or before another noun it stays the country's.
func TestPartyDemonym(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"The Danish communist party was founded long ago.", "Danish", ""},
		{"A Danish regional party joined the coalition.", "Danish", ""},
		{"Danish movements marched on the capital.", "Danish", ""},
		{"The Danish government joined the coalition.", "Danish", "country:DNK"},
		{"Danish leaders ended their long joint party season.", "Danish", "country:DNK"},
	})
}
