package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestRetell checks that an undated telling of an act told before with a
// date, in a participle clause after a simple past (same type and verb, a
// definite object headed by the same noun), takes that date; and that an
// indefinite object or another object tells another act.
func TestRetell(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, false} }
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string // "" for undated
	}{
		{"The constitution was signed on May 3. The weather was cold. Prices were high. Finally the governor relented, signing the new constitution.",
			[]tx{d("May 3", "2024-05-03")}, "signing", "2024-05-03"},
		{"The constitution was signed on May 3. The weather was cold. Prices were high. Finally the governor relented, signing a new constitution.",
			[]tx{d("May 3", "2024-05-03")}, "signing", ""},
		{"The constitution was signed on May 3. The weather was cold. Prices were high. Finally the governor relented, signing the new decree.",
			[]tx{d("May 3", "2024-05-03")}, "signing", ""},
	} {
		m := find(t, parsed(t, c.text, c.times...), c.trigger)
		got := timeValue(m)
		if got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
