package event

import "testing"

// TestResolutionAdopted checks that a resolution or a declaration adopted
// by a body is its statement, coded 010, and that a child or a policy
// adopted is no event.
func TestResolutionAdopted(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // a statement on "adopted"
	}{
		{"NATO adopted a resolution on the crisis on Monday.", true},
		{"The summit adopted a final declaration on Tuesday, NATO said.", true},
		{"The couple adopted a child from Russia on Monday.", false},
	} {
		var got *Mention
		ms := Extract(parsed(t, c.text))
		for i := range ms {
			if ms[i].Trigger == "adopted" {
				got = &ms[i]
			}
		}
		switch {
		case c.want && (got == nil || got.Type != Statement || got.CAMEO != "010"):
			t.Errorf("%q: got %v, want a statement 010 on \"adopted\"", c.text, summary(ms))
		case !c.want && got != nil:
			t.Errorf("%q: got %s on \"adopted\", want none", c.text, got.Type)
		}
	}
}
