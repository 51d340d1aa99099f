package event

import "testing"

// TestArmedEntry checks that fighters entering a settlement take it
// (capture), and that an entry with no force word, or into no settlement,
// is no event.
func TestArmedEntry(t *testing.T) {
	for _, c := range []struct {
		text string
		want Type
	}{
		{"Rebels entered the town on Tuesday after heavy fighting.", Capture},
		{"Troops entered the refugee camp on Tuesday.", Capture},
		{"Putin entered the city on Tuesday to open a school.", ""},
		{"Troops entered the talks on Tuesday.", ""},
	} {
		var got Type
		for _, m := range Extract(input(c.text)) {
			if m.Trigger == "entered" {
				got = m.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
