package event

import "testing"

// TestImportBan checks that a country's imports banned or barred are an
// embargo on others' goods (sanction, 163), and that the same verbs with
// exports, a road or a person barred from acting give no sanction.
func TestImportBan(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Norway barred imports of Chilean salmon in March 2004.", true},
		{"The ministry banned the import of poultry from three neighbours on Monday.", true},
		{"The government banned exports of rice on Monday.", false},
		{"Police barred the road on Saturday.", false},
		{"The trader was barred from the exchange on Monday.", false},
	} {
		got := false
		for _, m := range Extract(parsed(t, c.text)) {
			got = got || m.Type == Sanction
		}
		if got != c.want {
			t.Errorf("%q: sanction %v, want %v", c.text, got, c.want)
		}
	}
}
