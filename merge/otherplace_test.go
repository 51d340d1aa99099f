package merge

import "testing"

// TestOtherPlace checks which locations of one article's mentions name
// two places.
func TestOtherPlace(t *testing.T) {
	opt := Options{Affiliation: map[string]string{
		"place:ridgeway": "country:FRE",
		"place:eastvale": "country:FRE",
	}}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"", "place:ridgeway", false},                      // one names none
		{"place:ridgeway", "place:ridgeway", false},        // the same
		{"country:FRE", "place:ridgeway", false},           // a town in its country
		{"country:FRE", "place:ridgeway-pit", false},       // a country and a place in no known country
		{"place:ridgeway-pit", "country:FRE", false},       // either way round
		{"place:ridgeway", "place:eastvale", true},         // two towns
		{"country:FRE", "country:SYL", true},               // two countries
		{"place:ridgeway-pit", "place:eastvale-pit", true}, // two unknown places
	} {
		if got := otherPlace(c.a, c.b, opt); got != c.want {
			t.Errorf("otherPlace(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
