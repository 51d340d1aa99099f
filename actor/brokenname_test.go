package actor

import "testing"

// TestBrokenHyphenName: a name the wire copy broke after its hyphen ("Ki-
// moon") is one name, the same person as the name written whole; its
// mention's text stays the document's, the actor's name reads as the
// words do.
func TestBrokenHyphenName(t *testing.T) {
	r := NewResolver(defaultGazetteer(t))
	text := "Foreign Minister Tan Ki- moon met reporters. Later Tan Ki-moon left."
	ms := document(r, text)
	if len(ms) != 2 || ms[0].ActorID == "" || ms[0].ActorID != ms[1].ActorID || ms[0].Text != "Tan Ki- moon" {
		t.Fatalf("mentions %+v, want two of one actor, the first with the text \"Tan Ki- moon\"", ms)
	}
	for _, a := range r.Actors() {
		if a.ID == ms[0].ActorID && a.Name != "Tan Ki-moon" {
			t.Errorf("actor %s named %q, want \"Tan Ki-moon\"", a.ID, a.Name)
		}
	}
}
