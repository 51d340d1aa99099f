package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestCountedLater checks that a past event counted in months or years
// from a moment told elsewhere ("was elected president one year later")
// is bounded by the publication date, no news of that day, while one
// counted in minutes or hours stays the day's.
func TestCountedLater(t *testing.T) {
	for _, c := range []struct {
		text, dur, value string
		want             Basis
	}{
		{"The country became independent in 1961. The first premier was elected president one year later.", "one year", "P1Y", PublicationBound},
		{"A first drone fired a missile at the group. Another drone struck the group half an hour later.", "half an hour", "PT30M", Publication},
	} {
		in := parsed(t, c.text, tx{c.dur, timex.Duration, c.value, false})
		var m Mention
		for _, x := range Extract(in) {
			if x.Trigger == "elected" || x.Trigger == "struck" {
				m = x
			}
		}
		if m.Trigger == "" {
			t.Fatalf("%q: no mention", c.text)
		}
		if m.Basis != c.want {
			t.Errorf("%q: %q basis %q, want %q", c.text, m.Trigger, m.Basis, c.want)
		}
	}
}
