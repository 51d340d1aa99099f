package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// commonWord reports whether WordNet knows the word w, written in lower
// case, as a noun or an adjective ("planning", "north", "customs"): a word
// of the language, not a name of its own ("Orlen", "Fatah").
func commonWord(w string) bool {
	lw := strings.ToLower(w)
	return len(wordnet.SensesOfForm(lw)) > 0 || wordnet.MostlyAdjective(lw)
}

// lastWord returns the last of the space-separated words of name.
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
