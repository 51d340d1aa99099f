package actor

import "testing"

// TestFederalReserve: the US central bank is an organization of the United
// States (data/actors.yaml), never the person the Phoenix Countries
// dictionary lists it as.
func TestFederalReserve(t *testing.T) {
	checkMentionActors(t, []mentionActor{
		{"The Federal Reserve raised its key rate on Tuesday.", "Federal Reserve", "org:federal-reserve"},
		{"The U.S. Federal Reserve kept rates on hold.", "U.S. Federal Reserve", "org:federal-reserve"},
	})
}
