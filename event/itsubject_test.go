package event

import "testing"

// TestItNotGroup: "it" as a verb's subject stands for no group of people
// a name qualifies ("Russian officials"): the word windows' name there is
// no agent; a country named alone stays.
func TestItNotGroup(t *testing.T) {
	checkRoles(t, []roleCase{
		{"While Russian officials played up the importance of the talks, observers said it lacked concrete measures and warned against inflated expectations.", "warned", ""},
		{"While Russian officials played up the talks, it warned against inflated expectations.", "warned", ""},
		{"While Russia played up the talks, it warned against inflated expectations.", "warned", "agent=country:RUS"},
	})
}
