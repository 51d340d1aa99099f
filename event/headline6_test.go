package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleGroupAgreement checks that an organisation named by a plural
// common noun ("Kurdish rebels") takes a plural verb, while one whose name
// ends in a capitalised word ("Doctors Without Borders") keeps the
// singular.
func TestTitleGroupAgreement(t *testing.T) {
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	groups := []ent{
		{"Kurdish rebels", "org:kurdish-rebels", actor.Organization, false},
		{"Doctors Without Borders", "org:msf", actor.Organization, false},
	}
	for _, tc := range []struct{ text, trigger, want string }{
		{"On Monday, Kurdish rebels asked Russia to send food.", "asked", "Kurdish rebels ask Russia to send food"},
		{"On Monday, Kurdish rebels condemned the raid.", "condemned", "Kurdish rebels condemn raid"},
		{"On Monday, Doctors Without Borders asked Russia to send food.", "asked", "Doctors Without Borders asks Russia to send food"},
	} {
		in := inputWith(tc.text, groups)
		in.Parse = p.Sentence
		if m := find(t, in, tc.trigger); m.Title != tc.want {
			t.Errorf("%q: title %q, want %q", tc.text, m.Title, tc.want)
		}
	}
}
