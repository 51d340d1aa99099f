package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestDenialTrigger checks that denying one's part in something is a
// statement (CAMEO 016, deny responsibility), that the event denied stays
// negated, that a charge denied is one too, and that a fact denied,
// another's part denied or a refusal of entry or access is no such
// statement.
func TestDenialTrigger(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want Type // of the mention at "denied"; "" for none
	}{
		{"Putin denied involvement in the attack on Friday.", Statement},
		{"Kim has denied any role in the killing.", Statement},
		{"Kim has denied the charges of fraud.", Statement},
		{"Putin denied any link between the aid and the talks.", Statement},
		{"NATO denied on Friday that its troops had crossed the border.", ""},
		{"Kim was denied entry to the country on Friday.", ""},
		{"Putin denied access to the reporters.", ""},
		{"Putin denied NATO's involvement in the attack on Friday.", ""},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		var got Type
		ms := Extract(in)
		for _, m := range ms {
			if m.Trigger == "denied" {
				got = m.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %q at \"denied\", want %q (%v)", c.text, got, c.want, summary(ms))
		}
	}
	ms := Extract(input("Putin denied involvement in the attack on Friday."))
	for _, m := range ms {
		if m.Trigger == "attack" && m.Factuality != Negated {
			t.Errorf("the attack denied is %s, want negated", m.Factuality)
		}
	}
}
