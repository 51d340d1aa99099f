package actor

import "testing"

// TestOtherGivenName: a known person's one-word surname after an unknown
// given name is another person of that surname ("Sergei Medvedev" is not
// Dmitry Medvedev); the person's own given names still name them.
func TestOtherGivenName(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, mention, id string
	}{
		{"Gas company deputy head Sergei Medvedev said talks would go on.", "Sergei Medvedev", "person:sergei-medvedev"},
		{"Dmitri Medvedev said talks would go on.", "Dmitri Medvedev", "person:dmitry-medvedev"},
		{"President Medvedev said talks would go on.", "Medvedev", "person:dmitry-medvedev"},
	} {
		var got *Mention
		ms := document(NewResolver(g), c.text)
		for i := range ms {
			if ms[i].Text == c.mention {
				got = &ms[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no mention %q in %s", c.text, c.mention, dump(ms))
			continue
		}
		if got.ActorID != c.id {
			t.Errorf("%q: %q = %s, want %s", c.text, c.mention, got.ActorID, c.id)
		}
	}
}
