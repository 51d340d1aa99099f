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

// Token is one token of a text: Text is text[Start:End].
type Token struct {
	Start, End int
	Text       string
	Kind       Kind
}

// Adjacent reports whether b starts where a ends (no space between them), as
// in the parts of "mid-2024" or "Jong-un".
func Adjacent(a, b Token) bool { return a.End == b.Start }

// Sentence is a span of a text and the half-open range [First, Last) of the
// indexes of its tokens in the slice given to [Sentences].
type Sentence struct {
	Start, End  int
	First, Last int
}
