package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestSupportExtent checks the extent of a mention: its trigger widened
// to the verb that carries its event (support.go), with and without a
// parse where the rule needs none.
func TestSupportExtent(t *testing.T) {
	p, err := nlp.LoadOnly("tagger", "parser")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text      string
		trigger   string
		extent    string
		needsTree bool
	}{
		// the light verb of a noun trigger, before it
		{"Putin and Kim began talks in Pyongyang.", "talks", "began talks", false},
		{"Putin and Kim held lengthy talks in Pyongyang.", "talks", "held lengthy talks", false},
		// a noun trigger merged into the verb trigger before it
		{"Putin signed the treaty in Pyongyang.", "signed", "signed the treaty", false},
		// the verb whose subject the noun trigger is
		{"The talks with Kim ended in Pyongyang.", "talks", "talks with Kim ended", true},
		{"The talks between Putin and his host Kim ended in Pyongyang.", "talks", "talks", true}, // too far
		{"The negotiations resumed in Geneva.", "negotiations", "negotiations resumed", true},
		{"The summit was held in Pyongyang.", "summit", "summit was held", true},
		{"The treaty was signed in Pyongyang.", "treaty", "treaty was signed", true},
		{"Putin praised the talks held in Pyongyang.", "talks", "talks held", true},
		// an aspectual verb whose open complement the verb trigger is
		{"Russia began withdrawing troops from Kherson.", "withdrawing", "began withdrawing", true},
		{"Russia continued to attack Kharkiv.", "attack", "continued to attack", true},
		// an intent verb whose open complement the verb trigger is
		{"Russia decided to invade Ukraine.", "invade", "decided to invade", true},
		{"Russia refused to withdraw troops from Kherson.", "withdraw", "refused to withdraw", true},
		// no support: another verb, a clause boundary, too far
		{"The truce between the two sides holds.", "truce", "truce", true},
		{"Putin praised the talks, which ended in Pyongyang.", "talks", "talks", true},
		{"Russia and Ukraine began, after months of quarrels over the venue, talks in Geneva.", "talks", "talks", true},
	} {
		for _, parsed := range []bool{true, false} {
			if !parsed && tc.needsTree {
				continue
			}
			in := input(tc.text)
			if parsed {
				in.Parse = p.Sentence
			}
			ms, extents := extract(in, true)
			found := false
			for _, m := range ms {
				if m.Trigger != tc.trigger {
					continue
				}
				found = true
				x := extents[[2]int{m.Start, m.End}]
				if got := tc.text[x[0]:x[1]]; got != tc.extent {
					t.Errorf("%q (parsed %v): extent %q, want %q", tc.text, parsed, got, tc.extent)
				}
			}
			if !found {
				t.Errorf("%q (parsed %v): no mention with trigger %q in %v", tc.text, parsed, tc.trigger, summary(ms))
			}
		}
	}
}
