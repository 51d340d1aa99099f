package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestStatementIssuer checks that a subject "the statement" of a verb of
// words stands for whoever issued the statement told before
// (statementIssuer), read with a real parse.
func TestStatementIssuer(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	bodies := []ent{
		{"Arctic Fisheries Council", "org:afc", actor.Organization, false},
		{"Health Ministry", "org:health", actor.Organization, false},
	}
	for _, tc := range []struct {
		rule, text, trigger, want string
	}{
		{"the speaker in a statement", "The Arctic Fisheries Council said in a statement on Monday that the talks had failed. The statement condemned Russia for its silence.", "condemned",
			"agent=org:afc target=country:RUS"},
		{"the subject that issued it", "The Health Ministry issued a statement on Monday. The statement also urged Turkey to withdraw.", "urged",
			"agent=org:health target=country:TUR"},
		{"a body noun speaking in it", "The Arctic Fisheries Council met in Oslo on Monday. The council said in a statement that talks had failed. The statement condemned Russia for its silence.", "condemned",
			"agent=org:afc target=country:RUS"},
	} {
		in := inputWith(tc.text, bodies)
		in.Parse = p.Sentence
		m := mentionOf(t, in, tc.trigger)
		if got := roles(m); got != tc.want {
			t.Errorf("%s: %q: roles %s, want %s", tc.rule, tc.text, got, tc.want)
		}
	}
}
