package token

import (
	"strings"
	"unicode/utf8"
)

// Words splits text into the words of Universal Dependencies English (the
// conventions of the EWT and GUM treebanks), for the tagger and parser.
// It refines [Tokenize]:
//
//   - clitics are split off already by Tokenize ("do" "n't", "I" "'m");
//   - a hyphen splits a compound ("search-engine" → "search" "-" "engine")
//     except after a bound prefix ("e-mail", "non-profit", "mid-2024",
//     "re-elect"), in a romanized given name after its family name ("Moon
//     Jae-in", "Wong Yeung-tat": romanizedGiven), and in phone numbers
//     ("713-853-5620") and dates ("01-Feb-02");
//   - digits joined by slashes are one word ("01/24/2001", "1/2");
//   - URLs, e-mail addresses and file or host names are one word
//     ("http://bbc.co.uk/news", "jo@enron.com", "report.doc");
//   - a run of sentence punctuation ("?!", "!!!", ".?") or of one symbol
//     ("**", "==") is one word, as is an emoticon (":)", ";-)").
//
// Every word is a span of text without whitespace, as with [Tokenize],
// except one joined across a broken hyphen ("Roh Moo- hyun": the word
// "Moo-hyun" spans "Moo- hyun"; Token.Joined), so [Sentences] applies to
// its result.
func Words(text string) []Token {
	toks := Tokenize(text)
	// Words only join tokens, so toks is rewritten in place: out never
	// passes i, and toks[i-1] is overwritten only by itself, which
	// joinedEnd may still read.
	out := toks[:0]
	skip := 0 // end of the last run found not to be a URL
	for i := 0; i < len(toks); {
		if j := joinedEnd(text, toks, i, &skip); j > i+1 {
			out = append(out, join(text, toks[i:j]))
			i = j
			continue
		}
		out = append(out, toks[i])
		i++
	}
	return out
}

// join merges adjacent tokens into one: a Word when one of them is a
// word ("jo@enron.com", "e-mail"), else a Number when one is a number
// ("713-853-5620", "'68"), else Punct ("?!").
func join(text string, toks []Token) Token {
	t := Token{Start: toks[0].Start, End: toks[len(toks)-1].End, Kind: Punct, Joined: toks[0].Joined}
	t.Text = text[t.Start:t.End]
	for _, x := range toks[1:] {
		if x.Joined {
			t.Text = joinedText(toks) // "Ki- moon" reads "Ki-moon"
			break
		}
	}
	for _, x := range toks {
		if x.Kind == Word {
			t.Kind = Word
			break
		}
		if x.Kind == Number {
			t.Kind = Number
		}
	}
	return t
}

// joinedEnd returns the end j of a run toks[i:j] of adjacent tokens that
// UD keeps as one word, or i+1 when toks[i] stands alone.
func joinedEnd(text string, toks []Token, i int, skip *int) int {
	t := toks[i]
	switch t.Kind {
	case Word:
		if j := webEnd(text, toks, i, skip); j > i+1 {
			return j
		}
		if hyphenAfter(toks, i) && (prefixes[strings.ToLower(t.Text)] || romanizedGiven(toks, i)) {
			return i + 3
		}
		if i+1 < len(toks) && toks[i+1].Text == "-" && Adjacent(t, toks[i+1]) && (i+2 == len(toks) || !Touching(toks[i+1], toks[i+2])) {
			// a word broken off: "app-", "Th-"; so is a hyphenated
			// word broken by a space that no rule above joins
			// ("government- backed")
			return i + 2
		}
		if i+2 < len(toks) && toks[i+1].Text == "&" && adjacentRun(toks[i:i+3]) && len(t.Text) <= maxAmpersandPart && len(toks[i+2].Text) <= maxAmpersandPart {
			return i + 3 // "A&M", "AT&T"
		}
	case Number:
		if i+1 < len(toks) && isDecade(t.Text) && (toks[i+1].Text == "'s" || toks[i+1].Text == "’s") && Adjacent(t, toks[i+1]) {
			return i + 2 // "80's", "1990's"
		}
		if i+1 < len(toks) && toks[i+1].Text == "." && len(t.Text) <= maxListNumber && Adjacent(t, toks[i+1]) &&
			lineStart(text, t.Start) && (i+2 == len(toks) || !Adjacent(toks[i+1], toks[i+2])) {
			return i + 2 // a list number: "1."
		}
		if j := webEnd(text, toks, i, skip); j > i+1 {
			return j
		}
		if j := phoneEnd(toks, i); j > i+1 {
			return j
		}
		if j := dateEnd(toks, i); j > i+1 {
			return j
		}
		j := i + 1
		for j+1 < len(toks) && toks[j].Text == "/" && toks[j+1].Kind == Number && Adjacent(toks[j-1], toks[j]) && Adjacent(toks[j], toks[j+1]) {
			j += 2
		}
		return j
	case Punct:
		if i+1 < len(toks) && isApostrophe(firstRune(t.Text)) && len(t.Text) <= len("’") && toks[i+1].Kind == Number &&
			len(toks[i+1].Text) == 2 && Adjacent(t, toks[i+1]) && (i == 0 || !Adjacent(toks[i-1], t) || toks[i-1].Kind == Punct) {
			return i + 2 // a year: "'68"
		}
		return punctEnd(toks, i)
	}
	return i + 1
}

// prefixes are bound prefixes that UD English keeps on the word after
// their hyphen: "e-mail", "non-profit", "re-elect", "mid-2024".
var prefixes = wordList("prefixes")

// Romanized Korean and Cantonese given names join two syllables by a
// hyphen, the second in lower case ("Kim Jong-un", "Moon Jae-in", "Kwok
// Wai-keung"); split, the lower-case syllable reads as an English word
// ("in", "un") or a common noun, and the name breaks. A given name is
// the cue: a capitalized syllable of at most maxSyllable letters after a
// capitalized word (the family name), a hyphen, and a lower-case
// syllable, which is no word a hyphen ties to a name in English ("Hong
// Kong-based", "President-elect": afterNameWords, or a participle).
const maxSyllable = 6

// afterNameWords are the lower-case words English ties to a name with a
// hyphen ("a New York-area school", "Prime Minister-designate"); words in
// -ed and -ing are too ("Hong Kong-based", "Jong-un-led").
var afterNameWords = wordList("after_name_words")

// romanizedGiven reports whether toks[i], a hyphen and a word after it
// are a romanized given name (see above).
func romanizedGiven(toks []Token, i int) bool {
	first, second := toks[i].Text, toks[i+2].Text
	if i == 0 || toks[i-1].Kind != Word || Adjacent(toks[i-1], toks[i]) || !capitalizedWord(toks[i-1].Text) ||
		!capitalizedWord(first) || utf8.RuneCountInString(first) > maxSyllable || toks[i+2].Kind != Word {
		return false
	}
	n := utf8.RuneCountInString(second)
	if n == 0 || n > maxSyllable || strings.ToLower(second) != second || afterNameWords[second] ||
		strings.HasSuffix(second, "ed") || strings.HasSuffix(second, "ing") {
		return false
	}
	for _, r := range second {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// capitalizedWord reports whether w is a letter in upper case followed by
// letters in lower case ("Moon", "Jae"; not "US", "iPhone").
func capitalizedWord(w string) bool {
	for k, r := range w {
		if k == 0 && (r < 'A' || r > 'Z') || k > 0 && (r < 'a' || r > 'z') {
			return false
		}
	}
	return len(w) > 1
}

// hyphenAfter reports whether toks[i] is followed, without spaces, by a
// hyphen and a word or number.
func hyphenAfter(toks []Token, i int) bool {
	return i+2 < len(toks) && toks[i+1].Text == "-" && toks[i+2].Kind != Punct &&
		Adjacent(toks[i], toks[i+1]) && Adjacent(toks[i+1], toks[i+2])
}

// phoneGroups are the digit-group shapes of phone and ZIP+4 numbers, by
// number of groups: "853-5620", "713-853-5620", "1-800-555-1234",
// "77002-1234".
var phoneGroups = map[string]bool{
	"3-4": true, "3-3-4": true, "1-3-3-4": true, "5-4": true,
}

// maxPhoneShape is the length of the longest key of phoneGroups.
const maxPhoneShape = len("1-3-3-4")

// phoneEnd returns the end of a phone number starting at toks[i], or i+1.
func phoneEnd(toks []Token, i int) int {
	var buf [maxPhoneShape]byte
	shape := append(buf[:0], byte('0'+min(len(toks[i].Text), 9)))
	j := i + 1
	for j+1 < len(toks) && len(shape)+2 <= maxPhoneShape && toks[j].Text == "-" && toks[j+1].Kind == Number &&
		Adjacent(toks[j-1], toks[j]) && Adjacent(toks[j], toks[j+1]) && AllDigits(toks[j+1].Text) {
		shape = append(shape, '-', byte('0'+min(len(toks[j+1].Text), 9)))
		j += 2
	}
	if !AllDigits(toks[i].Text) || !phoneGroups[string(shape)] {
		return i + 1
	}
	return j
}

// dateEnd returns the end of a date written "01-Feb-02" starting at
// toks[i], or i+1.
func dateEnd(toks []Token, i int) int {
	if i+4 < len(toks) && len(toks[i].Text) <= 2 && toks[i+1].Text == "-" && toks[i+3].Text == "-" &&
		toks[i+4].Kind == Number && isMonth(toks[i+2].Text) {
		for k := i + 1; k <= i+4; k++ {
			if !Adjacent(toks[k-1], toks[k]) {
				return i + 1
			}
		}
		return i + 5
	}
	return i + 1
}

// isMonth reports whether w is a month's three-letter abbreviation
// (monthAbbreviations), in any case.
func isMonth(w string) bool {
	return len(w) == 3 && monthAbbreviations[strings.ToLower(w)]
}

// monthAbbreviations are the months' three-letter abbreviations
// (data/words.yaml).
var monthAbbreviations = wordList("month_abbreviations")

// AllDigits reports whether s is a non-empty run of the digits 0-9.
func AllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// sentencePunct are the characters of a run of sentence punctuation
// that is one word ("?!", "!!!", ".?").
const sentencePunct = ".!?"

// emoticons are the emoticons kept as one word, in lower case
// (data/words.yaml): ":D" and ":d" alike.
var emoticons = wordList("emoticons")

// emoticonBuffer is the size of the buffer punctEnd joins and folds an
// emoticon's tokens into; every entry of emoticons fits it
// (TestListsFitBuffers).
const emoticonBuffer = 16

// maxEmoticon is the most tokens an emoticon spans.
const maxEmoticon = 3

// punctEnd returns the end of a run of punctuation starting at toks[i]
// that is one word: an emoticon, a run of sentence punctuation, or a run
// of one symbol other than a quote or bracket.
func punctEnd(toks []Token, i int) int {
	for n := maxEmoticon; n >= 2; n-- {
		if i+n <= len(toks) && adjacentRun(toks[i:i+n]) {
			var buf [emoticonBuffer]byte
			s := buf[:0]
			for _, t := range toks[i : i+n] {
				s = append(s, t.Text...)
			}
			lowerASCII(s)
			if emoticons[string(s)] && (i+n == len(toks) || !Adjacent(toks[i+n-1], toks[i+n]) || toks[i+n].Kind == Punct) {
				return i + n
			}
		}
	}
	first := toks[i].Text
	j := i + 1
	if strings.Contains(sentencePunct, first[:1]) {
		for j < len(toks) && Adjacent(toks[j-1], toks[j]) && toks[j].Kind == Punct && isPunctRun(toks[j].Text, sentencePunct) {
			j++
		}
		return j
	}
	r, _ := utf8.DecodeRuneInString(first)
	if isQuoteOrBracket(r) || r == '-' || r == '—' || r == '–' || len(first) != utf8.RuneLen(r) {
		return j
	}
	for j < len(toks) && Adjacent(toks[j-1], toks[j]) && toks[j].Text == first {
		j++
	}
	return j
}

// isPunctRun reports whether s is a non-empty run of the bytes of set.
func isPunctRun(s, set string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) < 0 {
			return false
		}
	}
	return s != ""
}

func isQuoteOrBracket(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', '{', '}', '<', '>':
		return true
	}
	return false
}

func adjacentRun(toks []Token) bool {
	for k := 1; k < len(toks); k++ {
		if !Adjacent(toks[k-1], toks[k]) {
			return false
		}
	}
	return true
}

// joinedText is the text of toks run together, without the spaces of
// broken hyphens (Token.Joined) between them.
func joinedText(toks []Token) string {
	var b strings.Builder
	for _, x := range toks {
		b.WriteString(x.Text)
	}
	return b.String()
}

// maxAmpersandPart is the longest part of an abbreviation joined by an
// ampersand ("AT&T", "A&M").
const maxAmpersandPart = 2

// isDecade reports whether s is a decade written in digits: "80", "1990".
func isDecade(s string) bool {
	return (len(s) == 2 || len(s) == 4) && AllDigits(s) && s[len(s)-1] == '0'
}

// lineStart reports whether only spaces separate text[i] from the start
// of its line.
func lineStart(text string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch text[k] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
