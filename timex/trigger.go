package timex

// triggers are the lower-case words that can start a time expression; the
// recognizer skips every other word at once, which keeps tagging fast.
var triggers = buildTriggers()

func buildTriggers() map[string]bool {
	t := map[string]bool{}
	for _, m := range []map[string]int{months, weekdays, weekdayPlurals, ordinals, numberWords} {
		for k := range m {
			t[k] = true
		}
	}
	for _, m := range []map[string]string{seasons, partsOfDay, setAdverbs, refWords, positionMods, namedTimes} {
		for k := range m {
			t[k] = true
		}
	}
	for k := range holidayFirst {
		t[k] = true
	}
	for k := range units {
		t[k] = true
	}
	for k := range vagueQuantities {
		t[k] = true
	}
	for _, w := range []string{
		"the", "a", "an", "half", "dozens", "hundreds", "thousands", "every", "each", "per",
		"at", "these", "that", "earlier", "later", "this", "last", "next", "past", "current",
		"coming", "previous", "fiscal", "'", "’", "recent", "first", "more", "less", "fewer",
		"over", "under", "up", "no", "longer", "early", "mid", "late", "following", "final",
		"initial", "year", "today", "yesterday", "tomorrow", "tonight",
	} {
		t[w] = true
	}
	return t
}
