package event

import "github.com/chronograph-news/chronograph/token"

// openingnoun.go (grammar): the tagger reads a capitalized common noun
// that opens the sentence, or a quotation that opens it, as a name
// ("\"Personnel of the Kestrian army killed two rebels\""): the rules
// that read a party noun's "of" or "from" phrase read it as the noun.

// opensCapitalized reports whether the word at n is the sentence's first
// word, with nothing before it but punctuation (an opening quotation mark
// or bracket), so its capital letter tells nothing of a name.
func (s *syntax) opensCapitalized(n node) bool {
	toks := s.tokensOf(n)
	if len(toks) == 0 {
		return false
	}
	for i := s.first; i < toks[0]; i++ {
		if s.tok(i).Kind != token.Punct {
			return false
		}
	}
	return true
}
