package actor

import "testing"

// TestBornAdjective: a nationality joined to "-born" ("Kenyan-born") tells
// where a person was born, not whose they are: no mention is of that
// country; the nationality after it still names one.
func TestBornAdjective(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, country string
		want          bool
	}{
		{"A Kenyan-born Canadian engineer was detained on Monday.", "country:KEN", false},
		{"A Kenyan-born Canadian engineer was detained on Monday.", "country:CAN", true},
		{"A Kenyan engineer was detained on Monday.", "country:KEN", true},
	} {
		found := false
		ms := document(NewResolver(g), c.text)
		for _, m := range ms {
			if m.ActorID == c.country || m.Affiliation == c.country {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%q: a mention of %s found %v, want %v in %s", c.text, c.country, found, c.want, dump(ms))
		}
	}
}
