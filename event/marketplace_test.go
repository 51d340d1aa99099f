package event

import "testing"

// TestMarketPlace: a state or place modifying a market noun, or a price
// or index noun a market or traded noun compounds, is where the market
// trades, the move's location and never its agent (tradedplace.go); a
// state owning a measure of its economy stays the agent.
func TestMarketPlace(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Russian stocks fell 2 percent on Monday.", "fell", "location=country:RUS"},
		{"North Korea stocks fell 120 points on Monday.", "fell", "location=country:PRK"},
		{"North Korean share prices rose 1.5 percent on Tuesday.", "rose", "location=country:PRK"},
		{"The Russian stock market closed 0.8 percent higher on Friday.", "closed", "location=country:RUS"},
		{"China's key stock index slipped 3.2 percent on Thursday.", "slipped", "location=country:CHN"},
		{"Turkey's consumer price index rose 0.6 percent in May.", "rose", "agent=country:TUR"},
	})
}
