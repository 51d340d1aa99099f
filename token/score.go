package token

import (
	"strings"
	"unicode/utf8"
)

// MaxScoreDigits is the most digits a side's points take in a game's score
// ("101-99"); a longer figure is a year, a count or a code.
const MaxScoreDigits = 3

// scoreDashes are the marks that join the two figures of a score: a
// hyphen and an en dash ("2-1", "2–1").
const scoreDashes = "-–"

// IsScoreDash reports whether s, a word of its own, is one of the marks
// that join the two figures of a score (scoreDashes: "2 - 1" as three
// words).
func IsScoreDash(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && n == len(s) && strings.ContainsRune(scoreDashes, r)
}

// SplitScore returns the two figures of a score written as one word: a run
// of digits, one mark of scoreDashes, a run of digits ("2-1", "101–99");
// ok is false for anything else ("2-1-0", "2--1", "2-", "A-1"). It bounds
// no figure's digits: IsScore does.
func SplitScore(s string) (a, b string, ok bool) {
	i := strings.IndexAny(s, scoreDashes)
	if i < 0 {
		return "", "", false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	a, b = s[:i], s[i+n:]
	if !AllDigits(a) || !AllDigits(b) {
		return "", "", false
	}
	return a, b, true
}

// IsScore reports whether s is a game's score written as one word: the two
// figures of SplitScore, neither longer than MaxScoreDigits.
func IsScore(s string) bool {
	a, b, ok := SplitScore(s)
	return ok && len(a) <= MaxScoreDigits && len(b) <= MaxScoreDigits
}
