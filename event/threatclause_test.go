package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/timex"
)

// TestConditionalThreat checks that a lead's statement of a harm the
// speaker's side would do on a condition is a threat (130), and one with
// no condition or a danger told of others stays a statement, and a deal
// offered on a condition is a promise (saidintent.go), no threat.
func TestConditionalThreat(t *testing.T) {
	fri := tx{"Friday", timex.Date, "2024-06-21", true}
	for _, c := range []struct {
		name, text string
		typ        Type
	}{
		{"sanctions on a condition", "Turkey said on Friday it would impose sanctions if Russia closed the pipeline.", Threaten},
		{"a hostile verb on a condition", "Turkey said on Friday it would retaliate unless Russia withdrew the ships.", Threaten},
		{"no condition", "Turkey said on Friday it would impose sanctions.", Statement},
		{"a danger of others", "Turkey said on Friday smugglers would attack if Russia closed the border.", Statement},
		{"a deal on a condition", "Turkey said on Friday it would sign the accord if Russia paid its debts.", ExpressIntentToCooperate},
	} {
		t.Run(c.name, func(t *testing.T) {
			all := Extract(parsed(t, c.text+" The debate went on.", fri))
			var found *Mention
			for k := range all {
				if all[k].Type == Threaten || all[k].Type == Statement || all[k].Type == ExpressIntentToCooperate {
					found = &all[k]
				}
			}
			if found == nil {
				t.Fatalf("%q: no statement or threat in %v", c.text, summary(all))
			}
			if found.Type != c.typ {
				t.Errorf("%q: got %s/%s, want %s", c.text, found.Type, found.CAMEO, c.typ)
			}
		})
	}
}
