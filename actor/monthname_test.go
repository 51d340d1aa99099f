package actor

import "testing"

// TestAbbreviatedMonthGivenName: a given name spelt like a month's
// abbreviation ("Sepp", "Jan", "Jun") starts a person's name before a
// capitalized word; the abbreviation with its period, or before a number,
// is still a date and names nobody.
func TestAbbreviatedMonthGivenName(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"League chairman Sepp Halvorsen opened the congress in Geneva.", "Sepp Halvorsen", "person:sepp-halvorsen"},
		{"Relief coordinator Jan Ostrander toured the camps.", "Jan Ostrander", "person:jan-ostrander"},
		{"Lawmaker Jun Takemura resigned from the cabinet.", "Jun Takemura", "person:jun-takemura"},
	})
	g := defaultGazetteer(t)
	for _, text := range []string{
		"The congress opened in Geneva on Sep. 12 after long delays.",
		"The congress opened in Geneva on Sept 12 after long delays.",
	} {
		for _, m := range document(NewResolver(g), text) {
			if m.Text == "Sep." || m.Text == "Sept" || m.Text == "Sep" {
				t.Errorf("%q: month abbreviation %q named an actor (%s)", text, m.Text, m.ActorID)
			}
		}
	}
}
