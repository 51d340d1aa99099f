package event

import "testing"

// TestAlsoByOther checks which verb mentions add, with "also", the act of
// a named doer to one told before (Mention.Also): not a pronoun's, not a
// passive subject's, not a verb without "also", not a noun.
func TestAlsoByOther(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"Ardenian lawmakers also criticised the ruling.", "criticised", true},
		{"Borovia also condemned the bombing on Monday.", "condemned", true},
		{"He also condemned the bombing on Monday.", "condemned", false},
		{"Three more villagers were also killed in the blast.", "killed", false},
		{"Ardenian lawmakers criticised the ruling.", "criticised", false},
	} {
		m := find(t, parsed(t, c.text), c.trigger)
		if m.Also != c.want {
			t.Errorf("%q: %q also %v, want %v", c.text, c.trigger, m.Also, c.want)
		}
	}
}
