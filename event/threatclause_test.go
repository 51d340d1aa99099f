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

// TestOwnThreat checks that a warning or statement of a harm the speaker's
// own side will do to another is a threat coded by the act threatened
// (ownThreat), a harm told of others or aimed at no one stays a statement,
// a caution bidding hearers take care is no threat (cautionWarning), and a
// massacre is a killing coded CAMEO's mass killing (202).
func TestOwnThreat(t *testing.T) {
	fri := tx{"Friday", timex.Date, "2024-06-21", true}
	for _, c := range []struct {
		name, text string
		typ        Type
		code       string
	}{
		{"own side cuts supplies", "Norgaz warned on Friday that it would cut energy supplies to the separatists.", Threaten, ""},
		{"a possessed subject's stern action", "The premier warned on Friday that his government would take harsh action against the smugglers.", Threaten, ""},
		{"a warned means against someone", "The Kenyan government on Friday warned of tough action against traders who hoard maize.", Threaten, "130"},
		{"a statement of sanctions on someone", "Turkey said on Friday it would impose sanctions on the generals.", Threaten, ""},
		{"a harm told of others", "The army warned on Friday that the militants would attack the capital.", Statement, "012"},
		{"aimed at no one", "The minister said on Friday his ministry would fight corruption.", Statement, ""},
		{"a caution", "The agency on Friday warned tourists to avoid the border region.", Statement, "012"},
		{"a massacre", "Militiamen massacred 40 farmers in the valley on Friday.", Killing, "202"},
	} {
		t.Run(c.name, func(t *testing.T) {
			all := Extract(parsed(t, c.text+" The debate went on.", fri))
			var found *Mention
			for k := range all {
				switch all[k].Type {
				case Threaten, Killing:
					found = &all[k]
				case Statement:
					if found == nil || found.Type == Statement {
						found = &all[k]
					}
				}
			}
			if found == nil {
				if c.typ == Statement && c.code == "" {
					return // a plain statement may be left out
				}
				t.Fatalf("%q: no event in %v", c.text, summary(all))
			}
			if found.Type != c.typ || c.code != "" && found.CAMEO != c.code {
				t.Errorf("%q: got %s/%s, want %s/%s", c.text, found.Type, found.CAMEO, c.typ, c.code)
			}
		})
	}
}
