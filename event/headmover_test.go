package event

import "testing"

// TestTitleNamedMover checks that a market move whose subject is a bare
// generic mover ("the index", "shares") is titled by what names it: the
// name in apposition, else its "of" or "in" phrase (namedMover).
func TestTitleNamedMover(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The index of large industrial firms, TECHDAX, rose 0.79 percent to 6992.74 points.", "rose", "TECHDAX rises 0.79 percent"},
		{"The index of H-shares fell 380 points to close at 8,133.", "fell", "Index of H-shares falls 380 points"},
		{"Shares in Acme fell by one pence to 443 pence.", "fell", "Shares in Acme fall by one pence"},
	})
}
