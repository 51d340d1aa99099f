package event

import "testing"

// TestActsLexicon: acts the lexicon names — people nabbed or rounded up
// (arrest), gunned down or lynched (killing), property torched, set ablaze
// (attack; a crowd's a violent protest), a person extradited
// (judicial cooperation) or pardoned, and a share of the
// vote won (election); not goods nabbed, a deadline set, a stake taken.
func TestActsLexicon(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Border guards nabbed two smugglers near the river on Friday.", "arrest:nabbed"},
		{"Thieves nabbed three paintings from the gallery on Friday.", ""},
		{"Police rounded up forty suspects in the port on Friday.", "arrest:rounded up"},
		{"Police apprehended the driver on Friday.", "arrest:apprehended"},
		{"Gunmen gunned down a judge outside his house on Friday.", "killing:gunned"},
		{"A mob lynched two suspected thieves in the village on Friday.", "killing:lynched"},
		{"Militiamen torched a school in the village on Friday.", "attack:torched"},
		{"Rebels set the governor's office ablaze on Friday.", "attack:set"},
		{"The committee set a deadline for the report on Friday.", ""},
		{"Rioters torched cars in the capital on Friday.", "protest:torched"},
		{"Norway extradited the banker to Italy on Friday.", "material_cooperation:extradited"},
		{"The president pardoned 300 prisoners on Friday.", "yield:pardoned"},
		{"The minister raised the gunning down of the judge on Friday.", ""},
		{"The mayor won 52 percent of the vote in the runoff on Sunday.", "election:won"},
		{"The bank took a 15 percent stake in its rival on Friday.", ""},
		{"The challenger took 41 percent of the votes at the weekend.", "election:took"},
		{"Millions took part in the vote on Sunday.", ""},
		{"The senate took a vote on the budget bill on Friday.", ""},
		{"Firms borrowed 14 trillion won, or 22 percent of their debt, last year.", ""},
	} {
		if g := foreground(Extract(parsed(t, c.text))); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestCurrencyAfterAmount: "won" after an amount is the Korean currency,
// after a year a verb.
func TestCurrencyAfterAmount(t *testing.T) {
	in := parsed(t, "The party in 1992 won 2 percent of the vote.", tx{"1992", "DATE", "1992", false})
	if m := mentionOf(t, in, "won"); m.Type != Election {
		t.Errorf("%q: won typed %s, want election", in.Text, m.Type)
	}
	in = parsed(t, "The firm borrowed 14 trillion won, or 22 percent of its debt.")
	for _, m := range Extract(in) {
		if m.Trigger == "won" {
			t.Errorf("%q: the currency made a %s mention", in.Text, m.Type)
		}
	}
}
