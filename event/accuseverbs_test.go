package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestAccuseVerbs: a party implicated in an act, or an accusation
// repeated or levelled, is an accusation (disapprove, 112); a participle
// telling who is implicated, and an accusation rejected, are none.
func TestAccuseVerbs(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"General Paul Durand implicated two colonels in the raid on the depot.", "disapprove:implicated"},
		{"Clerks implicated in the fraud quit the bank on Monday.", ""},
		{"The miners repeated their accusation that the guards had robbed them.", "disapprove:repeated"},
		{"The union reiterated its allegations against the firm's owner.", "disapprove:reiterated"},
		{"The governor rejected the accusation on Monday.", ""},
		{"The choir repeated the song on Monday.", ""},
		{"The audit found evidence implicating two clerks in the theft.", ""},
	} {
		ents := []ent{{"Paul Durand", "person:durand", actor.Person, false}}
		if g := foreground(Extract(parsedWith(t, c.text, ents))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
