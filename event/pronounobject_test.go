package event

import "testing"

// TestPronounObjectHeadline checks that an object "them" is named in the
// title by the plural noun it stands for, never by the verb's subject.
func TestPronounObjectHeadline(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"Putin praised the work of the Russian medics in May, congratulating them for their courage.", "congratulating", "Putin congratulates Russian medics"},
	})
}
