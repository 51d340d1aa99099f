package event

import "testing"

// TestTariffsAndImpeachment checks that tariffs laid on a country's goods
// are a sanction and a rate quoted is none, and that an official
// impeached is charged (disapprove 112).
func TestTariffsAndImpeachment(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "type/cameo" of a mention, "" for none
	}{
		{"Turkey imposed new tariffs on Russian steel on Tuesday.", "sanction/163"},
		{"Turkey slapped sanctions on Iran on Tuesday.", "sanction/163"},
		{"The tariff on rice stood at five percent last year.", ""},
		{"The parliament impeached Erdogan on Tuesday.", "disapprove/112"},
	} {
		got := ""
		for _, m := range Extract(parsed(t, tc.text)) {
			got = string(m.Type) + "/" + m.CAMEO
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
