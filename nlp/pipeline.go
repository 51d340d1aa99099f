package nlp

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/lemma"
	"github.com/chronograph-news/chronograph/nlp/models"
	"github.com/chronograph-news/chronograph/nlp/morph"
	"github.com/chronograph-news/chronograph/nlp/ner"
	"github.com/chronograph-news/chronograph/nlp/parser"
	"github.com/chronograph-news/chronograph/nlp/tagger"
)

// Pipeline is the set of models that analyse a sentence. A field left nil
// skips its step (and the steps that need it see empty columns).
type Pipeline struct {
	Tagger *tagger.Model
	Lemma  *lemma.Model
	Morph  *morph.Model
	Parser *parser.Model
	Names  *ner.Model
}

// Load decodes the embedded models, each in its own goroutine (decoding
// is tens of milliseconds of decompression and table building per model):
// use [Default], which loads them once.
func Load() (*Pipeline, error) { return LoadOnly(models.Names...) }

// LoadOnly decodes the embedded models named (of [models.Names]) as [Load]
// does and leaves the other fields nil, so their steps are skipped: a
// caller that reads only the tags and the tree loads "tagger" and
// "parser" and spares the memory of the rest.
func LoadOnly(names ...string) (*Pipeline, error) {
	p := &Pipeline{}
	decode := map[string]func(io.Reader) error{
		"tagger": func(r io.Reader) (err error) { p.Tagger, err = tagger.Read(r); return },
		"lemma":  func(r io.Reader) (err error) { p.Lemma, err = lemma.Read(r); return },
		"morph":  func(r io.Reader) (err error) { p.Morph, err = morph.Read(r); return },
		"parser": func(r io.Reader) (err error) { p.Parser, err = parser.Read(r); return },
		"ner":    func(r io.Reader) (err error) { p.Names, err = ner.Read(r); return },
	}
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		if decode[name] == nil {
			errs[i] = fmt.Errorf("nlp: no model %q", name)
			continue
		}
		wg.Go(func() {
			r, err := models.Open(name)
			if err == nil {
				err = decode[name](r)
			}
			if err != nil {
				errs[i] = fmt.Errorf("nlp: model %s: %w", name, err)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return p, nil
}

// Default returns the pipeline of the embedded models, loaded on first use
// and shared by every caller after.
var Default = sync.OnceValues(Load)

// Annotate fills every column of s from its word forms: UPOS, XPOS, LEMMA,
// FEATS, HEAD, DEPREL, and the names as NER=B-PER|I-PER|… in MISC (an "O"
// word gets no NER item; an NER item already in MISC is replaced). The
// words, comments, multiword tokens and empty nodes are kept.
func (p *Pipeline) Annotate(s *conllu.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	if p.Tagger != nil {
		p.Tagger.Tag(s)
		repairTags(s)
	}
	if p.Lemma != nil {
		p.Lemma.Lemmatize(s)
	}
	if p.Morph != nil {
		p.Morph.Annotate(s)
	}
	if p.Parser != nil {
		held := holdParticiples(s)
		p.Parser.Parse(s)
		releaseParticiples(s, held)
	}
	if p.Names != nil {
		labels := p.Names.Label(s)
		for i := range s.Tokens {
			l := labels[i]
			if l == "O" {
				l = ""
			}
			s.Tokens[i].Misc = conllu.SetMisc(s.Tokens[i].Misc, ner.MiscKey, l)
		}
	}
}

// Reannotate returns copies of sentences with only their words (and
// MISC) kept, annotated by p: how a model is scored on gold tokenization.
func (p *Pipeline) Reannotate(sents []conllu.Sentence) []conllu.Sentence {
	out := make([]conllu.Sentence, len(sents))
	for i := range sents {
		s := conllu.Sentence{Comments: sents[i].Comments, Tokens: make([]conllu.Token, len(sents[i].Tokens)), Line: sents[i].Line}
		for j, t := range sents[i].Tokens {
			s.Tokens[j] = conllu.Token{Form: t.Form, Head: -1, Deps: "_", Misc: t.Misc, Start: t.Start, End: t.End}
		}
		p.Annotate(&s)
		out[i] = s
	}
	return out
}

// Names returns the names of an annotated sentence, read from the NER
// items of its MISC column.
func Names(s *conllu.Sentence) []ner.Span { return ner.Spans(ner.Gold(s)) }

// NameSpan is a name found in a text: its bytes [Start, End) and its
// type ("PER", "ORG", "LOC").
type NameSpan struct {
	Start, End int
	Type       string
}

// FindNames annotates the sentence text[start:end] with p (which must hold
// the tagger and the name finder) and returns its names by byte offsets in
// text, in text order.
func (p *Pipeline) FindNames(text string, start, end int) []NameSpan {
	a := p.Sentence(text, start, end)
	var out []NameSpan
	for _, n := range Names(&a) {
		out = append(out, NameSpan{Start: a.Tokens[n.First].Start, End: a.Tokens[n.Last-1].End, Type: n.Type})
	}
	return out
}
