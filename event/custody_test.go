package event

import "testing"

// TestTakenIntoCustody checks that one taken into custody is arrested, by
// the headline too, and that custody of a child taken is no arrest.
func TestTakenIntoCustody(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Police took three suspects into custody in Lagos on Monday.", "took", "Police arrest three suspects"},
		{"A navy officer was taken into custody by military police on Wednesday.", "taken", "Military police arrest navy officer"},
	})
	for _, m := range Extract(parsed(t, "The father took custody of the children in May.")) {
		if m.Type == Arrest {
			t.Errorf("custody of a child taken: %+v", m)
		}
	}
}
