package nlp

import (
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/token"
)

// Analyze splits text into sentences and UD words ([token.Words], the
// project's tokenizer with UD's conventions) and annotates each sentence. Every word carries its byte
// offsets in text (Start, End); each sentence has the comments
// "sent_id = N" (1-based) and "text = …" (its text on one line), and
// SpaceAfter=No where a word touches the next, as in UD.
func (p *Pipeline) Analyze(text string) []conllu.Sentence {
	sents := p.Words(text)
	for i := range sents {
		p.Annotate(&sents[i])
	}
	return sents
}

// Words splits text into sentences and words as [Pipeline.Analyze] does,
// without annotating them.
func (p *Pipeline) Words(text string) []conllu.Sentence {
	toks := token.Words(text)
	sents := token.Sentences(text, toks)
	out := make([]conllu.Sentence, 0, len(sents))
	for i, sp := range sents {
		s := conllu.Sentence{
			Comments: []string{"sent_id = " + strconv.Itoa(i+1), "text = " + sentenceText(text[sp.Start:sp.End])},
			Tokens:   make([]conllu.Token, 0, sp.Last-sp.First),
		}
		s.Tokens = appendWords(s.Tokens, toks[sp.First:sp.Last], 0)
		out = append(out, s)
	}
	return out
}

// Sentence analyses text[start:end] as one sentence, whatever sentence
// breaks it may hold, and annotates it as [Pipeline.Analyze] does: its
// words carry their byte offsets in text, and it has no comments. It lets
// a caller that has split the text already analyse only the sentences it
// needs, one at a time. Bounds outside text give an empty sentence.
func (p *Pipeline) Sentence(text string, start, end int) conllu.Sentence {
	if start < 0 || end > len(text) || start >= end {
		return conllu.Sentence{}
	}
	toks := token.Words(text[start:end])
	s := conllu.Sentence{Tokens: appendWords(make([]conllu.Token, 0, len(toks)), toks, start)}
	p.Annotate(&s)
	return s
}

// appendWords appends the unannotated words of toks to ws, their offsets
// shifted by off, with SpaceAfter=No where a word touches the next.
func appendWords(ws []conllu.Token, toks []token.Token, off int) []conllu.Token {
	for j, t := range toks {
		misc := "_"
		if j+1 < len(toks) && token.Touching(t, toks[j+1]) {
			misc = "SpaceAfter=No"
		}
		ws = append(ws, conllu.Token{
			Form: t.Text, Head: -1, Deps: "_", Misc: misc, Start: t.Start + off, End: t.End + off,
		})
	}
	return ws
}

// sentenceText returns the text of a sentence as one line, for its
// "# text" comment.
func sentenceText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
