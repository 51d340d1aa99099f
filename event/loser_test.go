package event

import "testing"

// TestLoserSubject checks that the side a game was lost to is the sport
// result's agent and the loser its counterpart, and that the title still
// tells it from the loser's side.
func TestLoserSubject(t *testing.T) {
	checkRoles(t, []roleCase{
		{"France lost to China 1-3 in the handball world championship on Sunday.", "lost", "agent=country:CHN counterpart=country:FRA"},
		{"China beat France 3-1 in the handball world championship on Sunday.", "beat", "agent=country:CHN counterpart=country:FRA"},
	})
	checkHeadlines(t, []headlineCase{
		{"France lost to China 1-3 in the handball world championship on Sunday.", "lost", "France loses to China"},
	})
}
