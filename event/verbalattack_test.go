package event

import "testing"

// TestVerbalAttack checks that a verb of force with the grounds of a
// reproach tells criticism (111), and one without them, or done by an
// armed force, a use of force.
func TestVerbalAttack(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want       Type
		code       string
	}{
		{"reason phrase naming an act", "Mayor Lena Ortiz attacked the governor for his handling of the drought on Monday.", Disapprove, "111"},
		{"reason phrase naming a deal", "Premier Otto Brandt attacked Canada over its timber sales to Japan on Monday.", Disapprove, "111"},
		{"participle of speech", "Senator Ruth Kale attacked the audit office on Monday, saying its findings were rushed.", Disapprove, "111"},
		{"gerund after for", "Senator Ruth Kale attacked the cabinet for failing to curb prices on Monday.", Disapprove, "111"},
		{"a span of time", "Gunmen attacked the depot for three hours near Mosul on Monday.", Attack, "190"},
		{"no grounds", "Gunmen attacked a police station near Mosul on Monday.", Attack, "190"},
		{"an armed subject", "Militants attacked the garrison over the weekend near Mosul.", Attack, "190"},
		{"another speaker's participle", "Officials said villagers attacked the aid trucks near Goma on Monday, saying the area remained tense.", Attack, "190"},
	} {
		m := mentionOf(t, parsed(t, tc.text), "attacked")
		if m.Type != tc.want || m.CAMEO != tc.code {
			t.Errorf("%s: %q: got %s/%s, want %s/%s", tc.rule, tc.text, m.Type, m.CAMEO, tc.want, tc.code)
		}
	}
}
