package event

import "testing"

// TestAbsoluteWith checks that an -ing result in an absolute "with" clause
// of a roundup is done by the "with" phrase ("with Putin winning bronze"),
// however the parse hangs it, not by the main clause's subject.
func TestAbsoluteWith(t *testing.T) {
	checkRoles(t, []roleCase{
		{"Xi took silver with Putin winning bronze.", "winning", "agent=person:putin"},
		{"Xi took silver on Monday with Russia winning the bronze.", "winning", "agent=country:RUS"},
	})
}
