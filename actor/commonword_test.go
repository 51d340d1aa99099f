package actor

import "testing"

// TestLearntLastWord: the last word of a two-word body's name stands for
// it in later text only when it is no word of the language; a common word
// ("Customs", "North") keeps its own reading in another article.
func TestLearntLastWord(t *testing.T) {
	g := defaultGazetteer(t)
	for _, c := range []struct {
		first, second, mention, notID string
	}{
		{"The Ardenian group Zolvex Customs said on Friday it would hire staff.", "Customs officers urged makers to diversify.", "Customs", "org:zolvex-customs"},
		{"The Ardenian group Zolvex North said on Friday it would hire staff.", "The North staged a test on Monday.", "North", "org:zolvex-north"},
	} {
		r := NewResolver(g)
		document(r, c.first)
		for _, m := range document(r, c.second) {
			if m.Text == c.mention && m.ActorID == c.notID {
				t.Errorf("%q after %q: %q is %s, the first article's body", c.second, c.first, c.mention, m.ActorID)
			}
		}
	}
	// a name of its own still stands for the body named in full before
	r := NewResolver(g)
	first := document(r, "The Ardenian group Zolvex Orlek said on Friday it would buy a refinery.")
	id := ""
	for _, m := range first {
		if m.Text == "Zolvex Orlek" {
			id = m.ActorID
		}
	}
	got := ""
	for _, m := range document(r, "Orlek officials said on Friday that exports fell.") {
		if m.Text == "Orlek" {
			got = m.ActorID
		}
	}
	if id == "" || got != id {
		t.Errorf("Orlek after Zolvex Orlek: %q, want %q", got, id)
	}
}

// TestCommonWordAlias: a Phoenix alias that is a common word
// ("Organization") names no actor inside another body's name.
func TestCommonWordAlias(t *testing.T) {
	for _, m := range document(NewResolver(defaultGazetteer(t)), "The detainees got aid from the Red Cross Organization on Monday.") {
		if m.ActorID == "org:tanzim" {
			t.Errorf("%q resolved to %s", m.Text, m.ActorID)
		}
	}
}
