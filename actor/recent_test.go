package actor

import "testing"

// TestSharedSurname: a surname two people were named in full with stands
// for the one the document has named most; of two named as often, the
// latest.
func TestSharedSurname(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, want string // want: the id of the text's last mention
	}{
		{"Senator John Miller spoke on Monday. Miller said the bill would pass. Miller added that it was urgent. His wife, Anne Miller, attended the meeting. Miller thanked the crowd.", "person:john-miller"},
		{"Senator John Miller spoke on Monday. His wife, Anne Miller, attended the meeting. Miller thanked the crowd.", "person:anne-miller"},
	} {
		ms := document(NewResolver(g), c.text)
		if len(ms) == 0 {
			t.Fatalf("%q: no mentions", c.text)
		}
		if got := ms[len(ms)-1]; got.Text != "Miller" || got.ActorID != c.want {
			t.Errorf("%q: last mention %q is %q, want Miller as %q", c.text, got.Text, got.ActorID, c.want)
		}
	}
}
