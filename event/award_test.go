package event

import "testing"

// TestAwardMedal: a medal or a prize awarded to a side is won by it; a
// contract or damages awarded are none.
func TestAwardMedal(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"The school's chess club was awarded a bronze medal at the festival.", "sport_result:awarded"},
		{"The judges awarded the young skater the gold medal on Sunday.", "sport_result:awarded"},
		{"The poet was awarded the national prize for literature in 1990.", ""},
		{"The judge awarded the tenants damages of 50,000 euros.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}
