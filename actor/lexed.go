package actor

import "github.com/chronograph-news/chronograph/token"

// Lexed is what the gazetteer and the recognizer's rules find in one
// document, sentence by sentence: the candidate actors, before the
// resolver decides who each is. It depends on the document alone, never
// on the documents resolved before, so documents may be lexed on several
// goroutines at once while a [Resolver] takes them in order
// ([Resolver.ResolveLexed]).
type Lexed struct {
	l     *lexer
	sents [][]candidate // the candidates of each well-formed sentence
}

// Lex finds the candidate actors of a document; find, when not nil, is the
// language core's name finder (see [Resolver.DocumentNamed]). It only
// reads g, so it may run on several goroutines at once (find must allow
// that too).
func (g *Gazetteer) Lex(text string, toks []token.Token, sents []token.Sentence, find NameFinder) *Lexed {
	l := newLexer(g, text, toks)
	l.names.find = find
	x := &Lexed{l: l}
	for _, s := range sents {
		if s.First < 0 || s.Last > len(toks) || s.First >= s.Last {
			continue
		}
		x.sents = append(x.sents, l.sentence(s.First, s.Last))
	}
	return x
}
