package event

import "testing"

// TestChallengeAndRemoval checks that a challenge filed or lodged is a
// legal appeal and one faced is no event, and that removing someone from a
// body (a committee, a board) is a dismissal while removing people from a
// place is none, and that a report issued is a statement, one read none.
func TestChallengeAndRemoval(t *testing.T) {
	for _, c := range []struct {
		text    string
		typ     Type // "" for no mention
		trigger string
	}{
		{"Putin lodged a legal challenge to the ruling on Monday.", LegalAppeal, "challenge"},
		{"Putin filed a challenge against the inquiry on Monday.", LegalAppeal, "challenge"},
		{"Putin faces a serious challenge from the rebels.", "", ""},
		{"The bank removed Kim from its policy committee on Monday.", Dismissal, "removed"},
		{"Police removed the protesters from the square on Monday.", "", ""},
		{"NATO issued a report on the attack on Monday.", Statement, "report"},
		{"Putin read the report on Monday.", "", ""},
	} {
		ms := Extract(input(c.text))
		var got Type
		for _, m := range ms {
			if m.Trigger == c.trigger || c.trigger == "" {
				got = m.Type
			}
		}
		if got != c.typ {
			t.Errorf("%q: %q, want %q (%v)", c.text, got, c.typ, summary(ms))
		}
	}
}

// TestLawsuit checks that a lawsuit brought is a complaint (CAMEO 115),
// no arrest, in the active and the passive.
func TestLawsuit(t *testing.T) {
	for _, c := range []struct {
		text, trigger string
	}{
		{"The dockers' union sued the shipping line for damages on Monday.", "sued"},
		{"The shipping line was sued by the dockers' union on Monday.", "sued"},
	} {
		ms := Extract(parsed(t, c.text))
		var got *Mention
		for i := range ms {
			if ms[i].Trigger == c.trigger {
				got = &ms[i]
			}
		}
		if got == nil || got.Type != Disapprove || got.CAMEO != "115" {
			t.Errorf("%q: %v, want disapprove 115", c.text, summary(ms))
		}
	}
}

// TestAwaitedTrial checks that a trial awaited ("held pending trial",
// "detained without trial") is no trial held, while a trial opened is one.
func TestAwaitedTrial(t *testing.T) {
	for _, c := range []struct {
		text  string
		trial bool
	}{
		{"The judge remanded the governor in custody pending trial on Monday.", false},
		{"The suspects have been held without trial since March.", false},
		{"The governor, awaiting trial, stayed home on Monday.", false},
		{"The trial of the governor opened in Quito on Monday.", true},
	} {
		ms := Extract(input(c.text))
		got := false
		for _, m := range ms {
			got = got || m.Type == Trial
		}
		if got != c.trial {
			t.Errorf("%q: trial %v, want %v (%v)", c.text, got, c.trial, summary(ms))
		}
	}
}
