package event

import "testing"

// TestReceptionVisitor: a visiting participle right after a verb of
// reception ("received visiting Minister Lavrov") names the visitor, the
// visit's agent; the receiving subject is the host, its counterpart, never
// the visitor.
func TestReceptionVisitor(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Putin received visiting Foreign Minister Lavrov in Moscow on Monday.", "visiting", "agent=person:lavrov counterpart=person:putin location=place:moscow"},
		{"Putin welcomed visiting Foreign Minister Lavrov in Moscow on Monday.", "visiting", "agent=person:lavrov counterpart=person:putin location=place:moscow"},
	})
}

// TestTitleHostVisit checks that the title of a visit told by "host" has
// the host, the visit's counterpart, for its subject and the guest, its
// agent, for its object ("Putin hosts Lavrov in Moscow"), never the guest
// hosting the host.
func TestTitleHostVisit(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin hosted Foreign Minister Lavrov in Moscow on Monday.", "hosted", "Putin hosts Lavrov in Moscow"},
	})
}
