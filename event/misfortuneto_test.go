package event

import "testing"

// TestMisfortuneToward: a happening no one does takes no side from a "to"
// or "towards" phrase (where a storm is heading has not been struck), while
// the place it struck stays its location.
func TestMisfortuneToward(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Typhoon Kestra is heading north towards Turkey and the western coast of the gulf, forecasters said.", "Typhoon", ""},
		{"An earthquake struck Iran on Tuesday.", "earthquake", "location=country:IRN"},
	})
}
