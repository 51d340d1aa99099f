// Package token splits UTF-8 text into tokens and sentences with byte
// offsets. It is the scanner of chronograph: every extraction stage (time
// expressions, actors, events) matches over its tokens rather than over raw
// text.
package token

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with internal apostrophes or dots (U.S., Mr.)
	Number             // digits, possibly with internal , . : (10,000 3.5 14:00)
	Punct              // any other single character (or a run of the same quote/dash)
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	}
	return "punct"
}

// Token is one token of a text: Text is text[Start:End], except for a
// word of [Words] joined across a broken hyphen (see Joined), whose Text
// is its parts' without the space.
type Token struct {
	Start, End int
	Text       string
	Kind       Kind
	// Joined marks a word or number that goes on a hyphenated word the
	// wire copy broke by a space after its hyphen ("Ban Ki- moon",
	// "anti- government"): the one space before it is no word break, and
	// [Adjacent] joins it to the hyphen before it as if the space were
	// not there. See brokenHyphen.
	Joined bool
}

// Adjacent reports whether b starts where a ends (no space between them), as
// in the parts of "mid-2024" or "Jong-un", or b goes on a hyphenated word
// broken after its hyphen a ("Ki- moon": Token.Joined).
func Adjacent(a, b Token) bool { return a.End == b.Start || b.Joined && a.End+1 == b.Start }

// Touching reports whether b starts exactly where a ends in the text, a
// broken hyphen's space (Token.Joined) counting as space: where the text
// itself has no space, as CoNLL-U's SpaceAfter=No records it.
func Touching(a, b Token) bool { return a.End == b.Start }

// Sentence is a span of a text and the half-open range [First, Last) of the
// indexes of its tokens in the slice given to [Sentences].
type Sentence struct {
	Start, End  int
	First, Last int
}
