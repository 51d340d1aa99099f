package event

import "testing"

// TestRelativeWhoAfterName: "who" after a name and a comma stands for the
// name, though the parse hangs its clause on the noun the name modifies
// ("a letter from Putin, who vowed": Putin vows, not the letter's sender);
// "which" stays with the noun.
func TestRelativeWhoAfterName(t *testing.T) {
	for _, tc := range []struct {
		text, trigger, want string
	}{
		{"Lavrov also handed over a letter from Erdogan, who extended his wishes and vowed to deepen ties.", "vowed", "agent=person:erdogan"},
		{"Lavrov also handed over a letter from Erdogan, who vowed to deepen ties.", "vowed", "agent=person:erdogan"},
		// the parse may join the relative clause's second verb to the main clause
		{"Tass said Lavrov also handed over a letter from Turkish President Erdogan, who extended his wishes and vowed to give “full support” to the accords.", "vowed", "agent=person:erdogan"},
	} {
		if got := triggerRoles(parsed(t, tc.text), tc.trigger); got != tc.want {
			t.Errorf("%q %s: roles %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}
