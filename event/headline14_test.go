package event

import (
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestTitleChargeOnName checks that a charge verb keeps the charge the
// parse hangs on its named object ("accused Chile of complicity" with
// "of complicity" read as Chile's own phrase) or on an oblique between
// them ("accused Chile for the second time of hiding ..."), never the bare
// "accuses Chile".
func TestTitleChargeOnName(t *testing.T) {
	checkTitlesWith(t, false, []ent{
		{"Chile", "country:CHL", actor.Country, true},
		{"Peru", "country:PER", actor.Country, true},
	}, []headlineCase{
		{"The Bolivian foreign minister on Friday accused Chile of complicity in the smuggling.", "accused", "Bolivian foreign minister accuses Chile of complicity"},
		{"Peru openly accused the Chilean navy for the second time of harassing fishing boats.", "accused", "Peru accuses Chilean navy of harassing fishing boats"},
	})
}
