package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestSpeechDay checks that a later saying of the lead's speaker, with no
// time of its own, takes the day the lead gives the speech, not the
// publication's, and that a saying of another speaker, or one told in
// the present perfect, does not.
func TestSpeechDay(t *testing.T) {
	d := func(text, value string) tx { return tx{text, timex.Date, value, true} }
	lead := "Putin said on Sunday that he hoped for calm. Officials prepared the hall. The guards waited outside. "
	for _, c := range []struct {
		text    string
		times   []tx
		trigger string
		want    string // "" for none
	}{
		{lead + "Putin also urged the parties to hold talks.", []tx{d("Sunday", "2024-06-16")}, "urged", "2024-06-16"},
		{lead + "Lavrov also urged the parties to hold talks.", []tx{d("Sunday", "2024-06-16")}, "urged", ""},
		{lead + "Putin has urged the parties to hold talks.", []tx{d("Sunday", "2024-06-16")}, "urged", ""},
	} {
		m := find(t, parsed(t, c.text, c.times...), c.trigger)
		if got := timeValue(m); got != c.want {
			t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}
