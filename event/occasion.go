package event

import "strings"

// occasionNouns are the nouns of a gathering of its own kind
// (data/words.yaml occasion_nouns).
var occasionNouns = wordList("occasion_nouns")

// OccasionOf returns the occasion noun (data/words.yaml occasion_nouns,
// singular) a trigger ends with ("the opening ceremony", "Trade Show",
// "festivals" → "ceremony", "show", "festival"), or "" when the trigger
// names no occasion of its own kind: a summit, talks, a visit.
func OccasionOf(trigger string) string {
	f := strings.Fields(strings.ToLower(trigger))
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	for _, c := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y"} {
		if occasionNouns[c] {
			return c
		}
	}
	return ""
}
