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
