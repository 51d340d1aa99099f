package event

import "testing"

// TestTitleControlledMove checks that a thing's move told as the
// complement of a verb with an object ("helped the index climb", "showed
// prices rose" read with the prices its object) is the object's move,
// never the main verb's subject's ("Foreign buyers climb").
func TestTitleControlledMove(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Foreign buyers helped the main index climb 2 percent on Tuesday.", "climb", "Main index climbs 2 percent"},
	})
}
