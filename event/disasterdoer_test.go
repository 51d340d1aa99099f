package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestDisasterDoer checks force.go's disasterDoer on made-up sentences
// read with a real parse: an illness or a disaster as the doer of a verb
// of force in the tree (subject, the noun a relative clause describes, a
// passive "by" phrase, a quantity's "of" phrase) kills no one by force;
// gunmen, and a series of bombings, still do.
func TestDisasterDoer(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want       Type
	}{
		{"an illness's kind", "Separately, the same strain of bird flu killed 900 ducks on Tuesday at a farm near Lyon.", ""},
		{"a passive by phrase", "Health officials counted 30 people infected, including eight who were killed by the new virus.", ""},
		{"a strain as subject", "In its worst form, the cholera strain has killed 400 people in Ruritania, officials said on Monday.", ""},
		{"gunmen stay", "Gunmen killed nine villagers on Tuesday at a farm near Lyon.", Killing},
		{"a series of bombings stays", "A series of car bombings killed 30 people in the capital on Tuesday.", Killing},
	} {
		in := parsed(t, tc.text)
		in.Times = timex.Tag(tc.text, dct)
		if got := mentionedAs(in, "killed"); got != tc.want {
			t.Errorf("%s: %q: told as %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}
