package token

import "strings"

// Wire copy often breaks a hyphenated word by a space after its hyphen
// ("Ban Ki- moon", "Roh Moo- hyun", "anti- government", "Asia- Pacific"):
// the hyphen touches the part before it and one space stands before the
// part after it. [Tokenize] marks that part Joined, so that [Adjacent]
// and every rule that rejoins hyphenated parts read the word whole, while
// offsets and the text stay the document's. A hyphen that suspends its
// word before a conjunction ("pro- and anti-war") or ends a word broken
// off before a function word ("the app- the application") is no break:
// dashWords.

// dashWords are the words after a hyphen and a space that show the hyphen
// does not break one word: conjunctions of a suspended hyphen ("Greek-
// and Turkish-Cypriot", "surface- to air") and determiners, pronouns and
// relatives that start a phrase of their own after a dash or a false
// start ("the app- the application", "the book- it was long"). A word
// the text joins to a hyphen after it is a compound's part all the same
// ("face- to-face", "head-of- the-river").
var dashWords = wordList("dash_words")

// brokenHyphen reports whether the word or number text[i:j], about to be
// appended to toks, goes on a hyphenated word broken by one space after
// its hyphen: toks ends with a word or number and a hyphen that touches
// it, and one space stands between that hyphen and text[i].
func brokenHyphen(text string, toks []Token, i, j int) bool {
	n := len(toks)
	if n < 2 || i < 2 || text[i-1] != ' ' || text[i-2] != '-' {
		return false
	}
	h, w := toks[n-1], toks[n-2]
	if h.Start != i-2 || h.End != i-1 || w.End != h.Start || w.Kind == Punct {
		return false
	}
	if j < len(text) && text[j] == '-' {
		return true // "face- to-face"
	}
	return !dashWords[strings.ToLower(text[i:j])]
}

// Spell returns s, a span of text such as a name, with the space of each
// broken hyphen in it removed ("Ban Ki- moon" gives "Ban Ki-moon"), the
// form its words read as; s itself when it has none.
func Spell(s string) string {
	if !strings.Contains(s, "- ") {
		return s
	}
	toks := Tokenize(s)
	var b strings.Builder
	from := 0
	for _, t := range toks {
		if t.Joined {
			b.WriteString(s[from : t.Start-1])
			from = t.Start
		}
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}
