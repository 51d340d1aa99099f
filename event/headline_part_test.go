package event

import "testing"

// TestTitlePartVerb checks that a gathering's or talks' bare noun, the
// object of one of part_verbs, keeps that verb in the headline: what the
// subject did in it, never the type's "holds conference" or "holds
// talks", which would make an attendee its host.
func TestTitlePartVerb(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Lavrov attended the conference but left early.", "conference", "Lavrov attends conference"},
		{"Shoigu also attended the talks.", "talks", "Shoigu attends talks"},
		{"Putin chaired the meeting in Kursk.", "meeting", "Putin chairs meeting in Kursk"},
		{"Putin and Erdogan resumed talks.", "talks", "Putin and Erdogan resume talks"},
		{"Kim opened the summit.", "summit", "Kim Jong Un opens summit"},
	})
}
