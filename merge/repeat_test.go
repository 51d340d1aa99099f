package merge

import (
	"testing"

	"github.com/chronograph-news/chronograph/event"
)

// TestRepeatedTrigger checks that a sentence using one trigger word twice
// tells two acts (repeatsTrigger), whatever participants they share,
// while two words of one act in a sentence, or the word told again in
// another sentence, still merge.
func TestRepeatedTrigger(t *testing.T) {
	o := guardOpts()
	// "A was replaced by B as minister, while B was replaced by C."
	replaced := func(start int, word string, ids ...string) event.Mention {
		m := with(mention("a", 3, event.Appointment, "2025-03-20", "person:president"), event.Target, ids...)
		m.Start, m.End, m.Trigger = start, start+len(word), word
		return m
	}
	tests := []mergeCase{
		{
			"one verb twice in a sentence: two acts sharing a side",
			[]event.Mention{replaced(30, "replaced", "person:a", "person:b"), replaced(80, "replaced", "person:b", "person:c")},
			[]string{"2025-03-20 appointment a", "2025-03-20 appointment a"},
		},
		{
			"two words of one act in a sentence: one act",
			[]event.Mention{replaced(30, "appointed", "person:a"), replaced(80, "named", "person:a")},
			[]string{"2025-03-20 appointment a"},
		},
		{
			"the same word in another sentence: one act",
			[]event.Mention{replaced(30, "replaced", "person:a", "person:b"), func() event.Mention {
				m := replaced(80, "replaced", "person:b")
				m.Sentence = 5
				return m
			}()},
			[]string{"2025-03-20 appointment a"},
		},
	}
	checkMerges(t, o, tests)
}
