package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_timesubject.go: the twenty-fifth tree repair (treeRepairs). A
// time set between a subject and its verb with no preposition ("the Senate
// last month voted", "the court this week ruled") is read as the verb's
// subject, the true subject hung on it as a compound: the act then has no
// doer. A noun of time (timeHeads) with a
// word of relative time on it (relativeTimeWords: "last", "this") is no
// doer. The cue is such a time noun as a verb's subject with a noun or a
// name hung on it as a compound right before the time words. The repair
// makes that noun the verb's subject, with the words before it that hung
// on the time noun (its determiner), and the time noun an oblique of time
// of the verb. A time before the subject with a comma ("Late last month,
// the legislature passed"), the subject its apposition, is left: the
// headline reads it (TestTitleTimeSubjectAppos).

// relativeTimeWords make a noun of time a time relative to the news
// ("last month", "this week") (data/words.yaml).
var relativeTimeWords = wordList("relative_time_words")

// repairTimeSubject returns ws with the misreading above mended, or ws
// itself when there is none. It never modifies ws.
func repairTimeSubject(ws []conllu.Token) []conllu.Token {
	for t := range ws {
		if ws[t].DepRel != "nsubj" || !timeHeads[strings.ToLower(ws[t].Form)] || !relativeTimeModified(ws, t) {
			continue
		}
		d := timeSubjectNoun(ws, t)
		if d < 0 {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[d].Head, out[d].DepRel = ws[t].Head, "nsubj"
		out[t].DepRel = "obl:tmod"
		for k := range ws {
			if k < d && ws[k].Head-1 == t {
				out[k].Head = d + 1 // "the" of "the Senate last month"
			}
		}
		return out
	}
	return ws
}

// relativeTimeModified reports whether a word of relativeTimeWords hangs
// on the time noun t before it.
func relativeTimeModified(ws []conllu.Token, t int) bool {
	for k := 0; k < t; k++ {
		if ws[k].Head-1 == t && relativeTimeWords[strings.ToLower(ws[k].Form)] {
			return true
		}
	}
	return false
}

// timeSubjectNoun returns the noun or name hung on the time noun t that
// is the true subject (see above), or -1.
func timeSubjectNoun(ws []conllu.Token, t int) int {
	for k := range ws {
		if ws[k].Head-1 != t || ws[k].UPOS != "NOUN" && ws[k].UPOS != "PROPN" || timeHeads[strings.ToLower(ws[k].Form)] {
			continue
		}
		if k > t || ws[k].DepRel != "compound" {
			continue
		}
		for j := k + 1; j < t; j++ {
			if ws[j].Head-1 != t || !relativeTimeWords[strings.ToLower(ws[j].Form)] {
				return -1 // only the time's own words between: "the Senate last month"
			}
		}
		return k
	}
	return -1
}
