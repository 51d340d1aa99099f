package event

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestCauseBlameFrame checks that blaming a cause, no person or body, is
// a statement (010) titled by its own verb, while blaming people, a body
// or an armed force, as object or in an "on" phrase, stays an accusation.
func TestCauseBlameFrame(t *testing.T) {
	for _, c := range []struct {
		name, text string
		typ        Type
		title      string
	}{
		{"weather for data", "Erdogan blamed heavy rains and weak demand for the poor harvest.", Statement, "Erdogan blames heavy rains for poor harvest"},
		{"a fault", "Erdogan blamed the shelling on a technical fault.", Statement, ""},
		{"people", "Erdogan blamed the rebels for the attack.", Disapprove, ""},
		{"a body's doing", "Erdogan blamed weak controls and the lax supervision of the provincial government for the fire.", Disapprove, ""},
		{"those in charge", "Erdogan blamed the collapse of the talks on those in charge of the police.", Disapprove, ""},
		{"an armed force", "Erdogan blamed the unrest on armed militias.", Disapprove, ""},
	} {
		in := parsed(t, c.text)
		in.Times = timex.Tag(c.text, dct)
		var m *Mention
		for _, x := range Extract(in) {
			if strings.HasPrefix(x.Trigger, "blame") {
				m = &x
			}
		}
		if m == nil {
			t.Errorf("%s: %q: no mention of blame", c.name, c.text)
			continue
		}
		if m.Type != c.typ {
			t.Errorf("%s: %q: %s %s, want %s", c.name, c.text, m.Type, m.CAMEO, c.typ)
		}
		if c.title != "" && m.Title != c.title {
			t.Errorf("%s: %q: title %q, want %q", c.name, c.text, m.Title, c.title)
		}
	}
}
