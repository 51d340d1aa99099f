package event

import "testing"

// TestStreetsAndExchanges checks that people taking to the streets
// protest, titled by who, and that captives exchanged are released, while
// fire or views exchanged are no event.
func TestStreetsAndExchanges(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Thousands of farmers took to the streets on Monday to protest the ruling.", "took to the streets", "Thousands of farmers protest against ruling"},
	})
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Armenia and Azerbaijan exchanged 40 prisoners on Monday.", "release"},
		{"The two armies exchanged fire on Monday.", ""},
		{"The ministers exchanged views on Monday.", ""},
	} {
		got := ""
		for _, m := range Extract(parsed(t, tc.text)) {
			got = string(m.Type)
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
