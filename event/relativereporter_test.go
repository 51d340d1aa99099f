package event

import "testing"

// TestRelativeReporter: a reporter whose relative clause, told in the
// past, opens, holds or chairs the event noun did that event, though named
// as the source of the quotation; a clause in the present tells a role
// and a noun the parse reads as a second object of the clause's verb is
// no object of it.
func TestRelativeReporter(t *testing.T) {
	checkRoles(t, []roleCase{
		{"\"We must act together,\" said Vladimir Putin, the host, who opened the summit in Moscow on Monday.", "summit", "agent=person:putin location=place:moscow"},
		{"\"We must act together,\" said Vladimir Putin, the host, who hosts the summit in Moscow.", "summit", "location=place:moscow"},
	})
}
