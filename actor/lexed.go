package actor

import (
	"sync"

	"github.com/chronograph-news/chronograph/token"
)

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
	return g.LexSplit(text, toks, sents, find, 1)
}

// LexSplit is Lex with the sentences of the document shared among parts
// goroutines (find must allow that), for a long document that would
// otherwise keep one core busy while the others wait: each sentence is
// lexed on its own, against what the whole document tells (the words it
// writes in lower case), so the result is Lex's whatever parts is.
func (g *Gazetteer) LexSplit(text string, toks []token.Token, sents []token.Sentence, find NameFinder, parts int) *Lexed {
	l := newLexer(g, text, toks)
	l.names.find = find
	var ok []token.Sentence
	for _, s := range sents {
		if s.First < 0 || s.Last > len(toks) || s.First >= s.Last {
			continue
		}
		ok = append(ok, s)
	}
	x := &Lexed{l: l, sents: make([][]candidate, len(ok))}
	parts = max(1, min(parts, len(ok)/minSplitSentences))
	if parts == 1 {
		for i, s := range ok {
			x.sents[i] = l.sentence(s.First, s.Last)
		}
		return x
	}
	// The name index is laid over the tokens once, before the parts
	// share it: each writes only the tokens of its own sentences.
	l.names.kindAt, l.names.endAt = make([]Kind, len(toks)), make([]int, len(toks))
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := p*len(ok)/parts, (p+1)*len(ok)/parts
		wg.Go(func() {
			part := *l // its own scratch buffers
			part.buf, part.pbuf, part.its, part.counting = nil, nil, nil, nil
			for i := lo; i < hi; i++ {
				x.sents[i] = part.sentence(ok[i].First, ok[i].Last)
			}
		})
	}
	wg.Wait()
	return x
}

// minSplitSentences is the fewest sentences each part of LexSplit takes:
// below it, starting a goroutine costs more than it saves.
const minSplitSentences = 256
