package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// A noun event compounded to a noun naming who does, runs or watches such
// acts, or where or with what ("a hit squad", "strike leaders", "summit
// organizers", "shooting ranges"), tells no happening of its clause: it is
// background, whatever its type. The same nouns heading their own phrase
// ("the summit opened", "joined a protest") are not.
func TestRoleModifier(t *testing.T) {
	cases := []struct {
		text, trigger string
		want          bool
	}{
		{"The mayor met the protest organizers in Velta on Tuesday.", "protest", true},
		{"Two teams competed at the shooting ranges of Velta on Tuesday.", "shooting", true},
		{"The mayor thanked the summit organizers in Velta on Tuesday.", "summit", true},
		{"The summit opened in Velta on Tuesday.", "summit", false},
		{"Hundreds joined a protest in Velta on Tuesday.", "protest", false},
	}
	for _, c := range cases {
		in := parsed(t, c.text, tx{"Tuesday", timex.Date, "2024-06-18", true})
		m := mentionOf(t, in, c.trigger)
		if m.Background != c.want {
			t.Errorf("%q / %s: Background = %v, want %v", c.text, c.trigger, m.Background, c.want)
		}
	}
}

// An event noun held by a verb, adjective or noun that says it is cut off,
// escaped or still ahead is none told done: talks cut off or pulled out
// of, one safe from arrest, the expectations of a meeting, the basis for
// talks.
func TestHeldOffObjects(t *testing.T) {
	checkFactuality(t, []factualityCase{
		{"Velta cut off the peace talks in May.", "talks", Negated},
		{"Velta pulled out of the peace talks in May.", "talks", Negated},
		{"The banker, who is now safe from arrest in Velta, spoke on Monday.", "arrest", Negated},
		{"The early expectations of the summit were not met.", "summit", Planned},
		{"The report would provide the basis for talks with Velta.", "talks", Hypothetical},
		{"Velta held peace talks with the rebels in May.", "talks", Asserted},
	})
}
