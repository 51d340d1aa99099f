package actor

import (
	"reflect"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/token"
)

// TestRelexed checks that candidates given back give the resolver what
// lexing the text again gives, and that every field of a candidate is
// carried (a field added to candidate and not to LexedCandidate fails).
func TestRelexed(t *testing.T) {
	if n, m := reflect.TypeFor[candidate]().NumField(), reflect.TypeFor[LexedCandidate]().NumField(); n != m {
		t.Fatalf("candidate has %d fields, LexedCandidate %d: carry the new one", n, m)
	}
	g := defaultGazetteer(t)
	text := "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. " +
		"The Kremlin said Putin and Kim signed a treaty. The Institute for the Study of War (ISW) said Russian police watched."
	toks := token.Tokenize(text)
	sents := token.Sentences(text, toks)
	x := g.Lex(text, toks, sents, nil)
	y := g.Relexed(text, toks, x.Candidates())
	if !reflect.DeepEqual(x.sents, y.sents) {
		t.Fatal("the candidates given back differ")
	}
	a := NewResolver(g).ResolveLexed(x, time.Time{})
	b := NewResolver(g).ResolveLexed(y, time.Time{})
	if len(a) == 0 || !reflect.DeepEqual(a, b) {
		t.Errorf("resolved from the candidates given back:\n%v\nwant\n%v", b, a)
	}
}
