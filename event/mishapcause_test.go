package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestMishapCause checks mishapcause.go on made-up sentences read with a
// real parse: deaths a mishap caused are an accident's toll, a mishap
// named with "the" adds to one told before (no event), deaths told right
// after an accident are its toll, and deaths with a killer or an armed
// cue stay a use of force; a when-clause telling a thing's mishap makes
// the deaths an accident's toll, one of a weapon or of people acting does
// not.
func TestMishapCause(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger string
		want                Type
	}{
		{"a mishap for subject", "A stampede killed 40 worshippers at the shrine on Monday.", "killed", Accident},
		{"a mishap a relative clause describes", "The festival was marred by a stampede which killed 40 worshippers on Monday.", "killed", Accident},
		{"a mishap for cause", "Three hikers were killed in a fall on the glacier on Sunday.", "killed", Accident},
		{"a known mishap adds to its toll", "Another 90 worshippers were killed in the inferno on Monday.", "killed", ""},
		{"a killer stays", "Gunmen killed 40 worshippers at the shrine on Monday.", "killed", Killing},
		{"an armed cue stays", "Three soldiers were killed in mortar fire on Sunday.", "killed", Killing},
		{"the fall of a regime is no mishap", "Hundreds of protesters were killed during the fall of the regime in 1989.", "killed", Killing},
		{"the toll of the accident told before", "A bus crashed into a truck on a mountain road on Monday. Six passengers were killed on the spot.", "killed", Accident},
		{"a when-clause of a thing's mishap", "One worker was killed Monday and six others injured, two seriously, when part of a concrete wall fell off the new bridge, officials said.", "killed", Accident},
		{"a when-clause of a rocket stays", "One worker was killed on Monday when a rocket hit the new tower, officials said.", "killed", Killing},
		{"a when-clause of police stays", "Two students were killed on Monday when police opened fire on the march, officials said.", "killed", Killing},
		{"a killer after an accident stays", "A bus crashed into a truck on a mountain road on Monday. Gunmen killed six passengers on Tuesday.", "killed", Killing},
	} {
		in := parsed(t, tc.text)
		in.Times = timex.Tag(tc.text, dct)
		if got := toldAs(in, tc.trigger); got != tc.want {
			t.Errorf("%s: %q: %q told as %q, want %q", tc.rule, tc.text, tc.trigger, got, tc.want)
		}
	}
}
