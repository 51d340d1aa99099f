package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/nlp"
)

// TestWarningThreat checks that a warning is a threat (130) only when it
// tells a threat of the speaker's own side, and a statement of a bleak
// outlook (012) otherwise: a warning against an outlook, of a state of
// affairs, or bidding care is no threat; a hearer warned against an act,
// a coercive means warned of and the speaker's own deed to come are.
func TestWarningThreat(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want Type
		code string
	}{
		// no threat of the speaker's
		{"The senator warned against hasty conclusions about the vote.", Statement, "012"},
		{"The minister warned the harvest may not be able to recover this year.", Statement, "012"},
		{"Lord Vane warned the editors to show restraint in their coverage.", Statement, "012"},
		{"Finance Minister Jane Roe warned that if the budget is not passed it would leave the schools short of funds.", Statement, "012"},
		// a threat of the speaker's side
		{"Ruritania warned Borduria against interfering in the dispute.", Threaten, "130"},
		{"Ruritania warned Borduria of heavy consequences if the border was crossed.", Threaten, "130"},
		{"The rebels warned Friday they would soon be taking steps to defend the valley.", Threaten, "130"},
		{"The general warned the colonels not to cross the river.", Threaten, "130"},
	} {
		in := input(c.text)
		in.Parse = p.Sentence
		m := find(t, in, "warned")
		if m.Type != c.want || m.CAMEO != c.code {
			t.Errorf("%q: %s/%s, want %s/%s", c.text, m.Type, m.CAMEO, c.want, c.code)
		}
	}
}
