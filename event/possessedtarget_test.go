package event

import "testing"

// TestPossessedTarget checks that the country owning what a hostile act
// strikes is its target, and that the title keeps whose it was.
func TestPossessedTarget(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Turkey struck Iran's fuel depots on Friday.", "struck", "agent=country:TUR target=country:IRN"},
	})
	checkHeadlines(t, []headlineCase{
		{"Turkey struck Iran's fuel depots on Friday.", "struck", "Turkey strikes Iran's fuel depots"},
		{"China summoned France's envoy on Friday.", "summoned", "China summons France's envoy"},
	})
}
