package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestFoughtStruggle checks sense.go's foughtCause on made-up sentences
// read with a real parse: fighting an illness or an economic force (by
// object, "against" phrase or the parse's compound) is no battle;
// fighting troops still is.
func TestFoughtStruggle(t *testing.T) {
	for _, tc := range []struct {
		rule, text, trigger string
		want                Type
	}{
		{"an illness fought", "A task force on fighting the bird flu met health officials in Lyon on Monday.", "fighting", ""},
		{"against an illness", "The minister called on Monday for member states to work together to fight against HIV/AIDS.", "fight", ""},
		{"an economic force as the compound", "Fighting inflation is the main aim of the plan Ruritania adopted, the minister said on Monday.", "Fighting", ""},
		{"troops fought", "Rebels fought government troops on Monday near the town of Lyon.", "fought", Attack},
	} {
		in := parsed(t, tc.text)
		in.Times = timex.Tag(tc.text, dct)
		if got := mentionedAs(in, tc.trigger); got != tc.want {
			t.Errorf("%s: %q: %q told as %q, want %q", tc.rule, tc.text, tc.trigger, got, tc.want)
		}
	}
}
