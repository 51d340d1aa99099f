package segment

import "github.com/chronograph-news/chronograph/token"

// Project is the project's splitter: the words of [token.Words] and the
// sentences of [token.Sentences] over them.
func Project(text string) (words, sents []Span) {
	toks := token.Words(text)
	return tokenSpans(text, toks)
}

// Legacy is the splitter of the old stages: the tokens of
// [token.Tokenize] and the sentences of [token.Sentences] over them.
func Legacy(text string) (words, sents []Span) {
	return tokenSpans(text, token.Tokenize(text))
}

func tokenSpans(text string, toks []token.Token) (words, sents []Span) {
	words = make([]Span, len(toks))
	for i, t := range toks {
		words[i] = Span{t.Start, t.End}
	}
	for _, s := range token.Sentences(text, toks) {
		sents = append(sents, Span{s.Start, s.End})
	}
	return words, sents
}
