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
		for j := sp.First; j < sp.Last; j++ {
			t := toks[j]
			misc := "_"
			if j+1 < sp.Last && token.Adjacent(t, toks[j+1]) {
				misc = "SpaceAfter=No"
			}
			s.Tokens = append(s.Tokens, conllu.Token{
				Form: t.Text, Head: -1, Deps: "_", Misc: misc, Start: t.Start, End: t.End,
			})
		}
		out = append(out, s)
	}
	return out
}

// sentenceText returns the text of a sentence as one line, for its
// "# text" comment.
func sentenceText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
