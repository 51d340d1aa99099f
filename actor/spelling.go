package actor

import (
	"strings"
	"unicode"
)

// phoenixSpelling reports whether text, a mention of the person id whose
// name is name, is that name spelled otherwise by case, spaces or hyphens
// alone ("Mohamed ElBaradei", "Roh Moo-hyun", "Roni Bar-On") where name is
// a Phoenix person's, which the converter cased and stripped of hyphens
// ("Mohamed Elbaradei", "Roh Moo Hyun", "Roni Bar on"); a headline's
// capitals are no spelling.
func (r *Resolver) phoenixSpelling(id, text, name string) bool {
	if text == name || len(strings.Fields(text)) < 2 && !strings.Contains(text, "-") || isAllCaps(text) || !r.g.known(id) || r.g.gazetteer(id) {
		return false
	}
	return spellingKey(text) == spellingKey(name)
}

// spellingKey is s in lower case without spaces and hyphens.
func spellingKey(s string) string {
	return strings.Map(func(c rune) rune {
		if c == ' ' || c == '-' {
			return -1
		}
		return unicode.ToLower(c)
	}, s)
}

// spelling returns the spelling counted most often, the smallest of
// equals; "" when none was.
func spelling(counts map[string]int) string {
	best, n := "", 0
	for s, c := range counts {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}
