package event

import "testing"

// TestGenericYou: what befalls "you" in the present is a rule, no event;
// a past act told to "you" is left to the other rules.
func TestGenericYou(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"\"When prices are high you lose 20 percent of your savings.\"", ""},
		{"Once you are appointed in 2009, whom will you thank first?", ""},
		{"The index lost 20 percent on Monday.", "market_movement:lost"},
		{"\"You arrested my brother on Monday,\" the woman told the police chief.", "arrest:arrested"},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
