package event

import "testing"

// TestTitleNamedMover checks that a market move whose subject is a bare
// generic mover ("the index", "shares") is titled by what names it: the
// name in apposition, else its "of" or "in" phrase (namedMover).
func TestTitleNamedMover(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The index of small mining firms, MINDAX, rose 0.62 percent to 4381.15 points.", "rose", "MINDAX rises 0.62 percent"},
		{"The index of B-shares fell 215 points to end at 5,417.", "fell", "Index of B-shares falls 215 points"},
		{"Shares in Acme fell by one pence to 443 pence.", "fell", "Shares in Acme fall by one pence"},
	})
}
