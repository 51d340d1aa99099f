package actor

import "testing"

// TestShortBodyName: the last word of a two-word body's name stands for
// it later in the same article, when it is no word of the language; in
// another article it names what it names there.
func TestShortBodyName(t *testing.T) {
	g := defaultGazetteer(t)
	find := func(ms []Mention, text string) string {
		for _, m := range ms {
			if m.Text == text {
				return m.ActorID
			}
		}
		return ""
	}
	// the same article: the body
	ms := document(NewResolver(g), "The Ardenian group Zolvex Orlek said on Friday it would buy a refinery. Orlek officials said exports fell.")
	if id := find(ms, "Zolvex Orlek"); id == "" || find(ms, "Orlek") != id {
		t.Errorf("Orlek after Zolvex Orlek: %q, want %q (%s)", find(ms, "Orlek"), id, dump(ms))
	}
	for _, c := range []struct {
		first, second, mention, notID string
	}{
		// a word of the language, even in the same article
		{"The Ardenian group Zolvex Customs said on Friday it would hire staff. Customs officers urged makers to diversify.", "", "Customs", "org:zolvex-customs"},
		// another article
		{"The Ardenian group Zolvex Orlek said on Friday it would buy a refinery.", "Orlek officials said exports fell.", "Orlek", "org:zolvex-orlek"},
		{"The Ardenian group Zolvex North said on Friday it would hire staff.", "The North staged a test on Monday.", "North", "org:zolvex-north"},
	} {
		r := NewResolver(g)
		ms := document(r, c.first)
		if c.second != "" {
			ms = document(r, c.second)
		}
		if find(ms, c.mention) == c.notID {
			t.Errorf("%q after %q: %q is %s, the body named in full (%s)", c.second, c.first, c.mention, c.notID, dump(ms))
		}
	}
}

// TestCommonWordAlias: a Phoenix alias that is a common word
// ("Organization") names no actor inside another body's name.
func TestCommonWordAlias(t *testing.T) {
	for _, m := range document(NewResolver(defaultGazetteer(t)), "The detainees got help from the Red Cross Organization on Monday.") {
		if m.ActorID == "org:tanzim" {
			t.Errorf("%q resolved to %s", m.Text, m.ActorID)
		}
	}
}
