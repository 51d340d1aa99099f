package event

import "testing"

// TestMisfortuneToward: a happening no one does takes no side from a "to"
// or "towards" phrase (where a storm is heading has not been struck), while
// the place it struck stays its location.
func TestMisfortuneToward(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Typhoon Kestra is moving west towards Turkey and the eastern part of the sea, according to the weather station.", "Typhoon", ""},
		{"An earthquake struck Iran on Tuesday.", "earthquake", "location=country:IRN"},
	})
}
