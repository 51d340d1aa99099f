package event

import "testing"

// TestDealsAndResults checks the entries of business deals and sport
// results that leads told with no event before: an order or a contract
// won, a company's operations taken over, a company bought that the
// parse reads as a noun, a side ousted or knocked out in a game;
// and that the senses beside them stay out ("won the backing of",
// "took over the town", "ousted the president").
func TestDealsAndResults(t *testing.T) {
	for _, c := range []struct {
		rule, text, trigger string
		typ                 Type // "" for none of deal or sport
	}{
		{"order won", "Siemens has won a 40 billion yen order from an Indian utility.", "won", BusinessDeal},
		{"contract won", "The shipyard won the contract to build four ferries on Tuesday.", "won", BusinessDeal},
		{"contract won long ago", "The firm made its name after winning a contract to build a dam in the 1990s.", "winning", ""},
		{"backing won", "The mayor won the backing of local farmers on Tuesday.", "won", ""},
		{"operations taken over", "Norco took over the refining activities of Petrox on Monday.", "took over", BusinessDeal},
		{"town taken over", "The rebels took over the town on Monday.", "took over", Capture},
		{"name read as a noun", "Viacom has purchased DreamWorks for 900 million dollars in cash.", "purchased", BusinessDeal},
		{"side ousted", "Russia was ousted from the women's doubles at the badminton championship on Sunday.", "ousted", SportResult},
		{"side knocked out", "France was knocked out of the volleyball championship by Turkey on Sunday.", "knocked out", SportResult},
		{"president ousted", "The army ousted the president on Sunday.", "ousted", ""},
	} {
		ms := Extract(parsed(t, c.text))
		var got Type
		for _, m := range ms {
			if m.Trigger == c.trigger && (m.Type == BusinessDeal || m.Type == SportResult || m.Type == Capture) {
				got = m.Type
			}
		}
		if got != c.typ {
			t.Errorf("%s: %q: got %v, want %q on %q", c.rule, c.text, summary(ms), c.typ, c.trigger)
		}
	}
}
