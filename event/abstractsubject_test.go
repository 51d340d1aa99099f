package event

import "testing"

// TestAbstractSubject checks that a verb of words whose subject is a
// matter (directly, through a relative pronoun, or as what a participle
// with no subject describes) tells no one's act, and
// that a party's own threat stays.
func TestAbstractSubject(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
		want          bool // a mention at trigger
	}{
		{"A tariff row between Ankara and Tehran threatened to choke trade across the border.", "threatened", false},
		{"Envoys gathered to settle a water dispute between Cairo and Khartoum that threatens to halt river traffic.", "threatens", false},
		{"The tariff row between Ankara and Tehran dragged on, threatening to shut the border crossings.", "threatening", false},
		{"Tehran threatened to choke trade across the border.", "threatened", true},
	} {
		got := false
		for _, m := range Extract(parsed(t, c.text)) {
			got = got || m.Trigger == c.trigger
		}
		if got != c.want {
			t.Errorf("%q: mention at %q %v, want %v", c.text, c.trigger, got, c.want)
		}
	}
}
