package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp"
)

// TestLifelessPatient checks that a verb of violence asking for a living
// patient (living_patient) makes no event when what it is done to is a
// lifeless thing or an animal by WordNet's first sense, by the lexicon or by the CAMEO
// dictionary, read with the pipeline's parse (no lemmas) as with the
// full one.
func TestLifelessPatient(t *testing.T) {
	bare, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	full, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text    string
		killing bool
	}{
		{"The Senate killed the motion on Monday.", false},
		{"The Senate voted to kill the bill on Monday.", false},
		{"The Senate killed three soldiers on Monday.", true},
		{"Three soldiers were killed by the Senate on Monday.", true},
		{"The Senate killed 400 pigs on Monday.", false},
		{"Some 400 chickens were killed by the Senate on Monday.", false},
	} {
		for _, p := range []*nlp.Pipeline{bare, full} {
			in := inputWith(c.text, []ent{{"Senate", "org:senate", actor.Organization, false}})
			in.Parse = p.Sentence
			got := false
			for _, m := range Extract(in) {
				got = got || m.Type == Killing
			}
			if got != c.killing {
				t.Errorf("%q (lemmas %v): killing %v, want %v", c.text, p.Lemma != nil, got, c.killing)
			}
		}
	}
}

// TestTreeWordLemma checks that a dictionary word read from a parse with
// no lemmas (the pipeline's) still has its lemma.
func TestTreeWordLemma(t *testing.T) {
	bare, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	s := firstSent(t, "Iran lifted the sanctions.")
	s.d.in.Parse = bare.Sentence
	n, ok := s.treeNode(tokenOf(t, s, "sanctions"))
	if !ok {
		t.Fatal("no tree word for sanctions")
	}
	if l := s.tr.w(n).Lemma; l != "" && l != "_" {
		t.Fatalf("the bare parse gives the lemma %q", l)
	}
	if w := s.treeWord(n); w.Lemma != "sanction" {
		t.Errorf("treeWord(sanctions) = %+v, want lemma sanction", w)
	}
}
