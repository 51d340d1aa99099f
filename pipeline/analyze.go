package pipeline

import (
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// stageAnalyzer runs the real stages: package token, the actor
// gazetteer's lexing and one actor.Resolver for the whole build, timex.Tagger and event.Extract, which asks package
// nlp for the dependency analysis of the sentences it needs.
type stageAnalyzer struct {
	gazetteer *actor.Gazetteer
	resolver  *actor.Resolver
	// lexed holds the documents lexed and not yet resolved, by id.
	lexed  map[string]*actor.Lexed
	tagger timex.Tagger
	// seen caches what does not depend on the DCT, per document id, so
	// that a second analysis with an inferred DCT neither tokenizes nor
	// resolves actors again; Forget drops an entry. mu guards it
	// (Analyze and Forget run on several goroutines).
	seen map[string]*tokens
	// strs numbers the strings of the actor mentions in seen.
	strs stringTable
	mu   sync.Mutex
	// names maps actor ids to canonical names for titles; it is made on
	// the first Analyze, once every document is resolved, and only read
	// after (Analyze runs on several goroutines).
	names     map[string]string
	namesOnce sync.Once
	// cameoVerbs is Options.CAMEOVerbs.
	cameoVerbs bool
	// core holds the language core's pipelines, loaded on first use (a
	// build whose analyses all come from the cache needs none).
	core struct {
		once sync.Once
		// parser tags and parses one sentence for event.Input.Parse:
		// the event rules read only the tags and the tree, so the
		// lemmas and features of the full pipeline are neither loaded
		// nor run.
		parser *nlp.Pipeline
		// namer tags a sentence and finds its names, for the actor
		// resolver (actor.Name).
		namer *nlp.Pipeline
	}
	// parts is how many goroutines may share the sentences of one long
	// document (Options.Jobs): one huge article would otherwise keep one
	// core busy while the others wait.
	parts int
}

// pipelines returns the parser and the name finder's pipelines, loading
// the models on the first call. The models are embedded and checked by
// newAnalyzer, so loading cannot fail here.
func (s *stageAnalyzer) pipelines() (parser, namer *nlp.Pipeline) {
	s.core.once.Do(func() {
		p, err := coreModels()
		if err != nil {
			panic(err) // newAnalyzer checked them: unreachable
		}
		s.core.parser = &nlp.Pipeline{Tagger: p.Tagger, Parser: p.Parser}
		s.core.namer = &nlp.Pipeline{Tagger: p.Tagger, Names: p.Names}
	})
	return s.core.parser, s.core.namer
}

// parse tags and parses one sentence (event.Input.Parse).
func (s *stageAnalyzer) parse(text string, start, end int) conllu.Sentence {
	p, _ := s.pipelines()
	return p.Sentence(text, start, end)
}

// tokens is the DCT-independent analysis of one document that is kept
// between Resolve and Analyze: its actor mentions, packed. The tokens and
// sentences are made again by Analyze (tokenizing costs little; keeping
// every document's tokens while the others are resolved cost some ten
// times the text's size in memory).
type tokens struct {
	actors *packedActors
}

// newAnalyzer loads the built-in gazetteer with the entries of actorFiles
// merged over it, and the language core's models unless lazy (then they
// load on first use: a build served by its cache may need none); parts is
// stageAnalyzer.parts.
func newAnalyzer(actorFiles []string, cameoVerbs bool, parts int, lazy bool) (*stageAnalyzer, error) {
	var files []*os.File
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	var readers []io.Reader
	for _, name := range actorFiles {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("--actors: %w", err)
		}
		files = append(files, f)
		readers = append(readers, f)
	}
	g, err := actor.LoadGazetteer(readers...)
	if err != nil {
		return nil, fmt.Errorf("actor gazetteer: %w", err)
	}
	if !lazy {
		if _, err := coreModels(); err != nil {
			return nil, err
		}
	}
	return &stageAnalyzer{gazetteer: g, resolver: actor.NewResolver(g), lexed: map[string]*actor.Lexed{}, seen: map[string]*tokens{}, cameoVerbs: cameoVerbs,
		parts: parts}, nil
}

// Lex tokenizes doc and finds its candidate actors.
func (s *stageAnalyzer) Lex(doc *document.Document) error {
	return s.lexWith(doc, s.findNames)
}

// lexWith is Lex with the name finder find.
func (s *stageAnalyzer) lexWith(doc *document.Document, find actor.NameFinder) (err error) {
	defer recoverStage(&err)
	toks := token.Tokenize(doc.Text)
	sents := token.Sentences(doc.Text, toks)
	x := s.gazetteer.LexSplit(doc.Text, toks, sents, find, s.parts)
	s.mu.Lock()
	s.lexed[doc.ID] = x
	s.mu.Unlock()
	return nil
}

// Resolve resolves the actors doc's Lex found.
func (s *stageAnalyzer) Resolve(doc *document.Document) (err error) {
	defer recoverStage(&err)
	s.mu.Lock()
	x := s.lexed[doc.ID]
	delete(s.lexed, doc.ID)
	s.mu.Unlock()
	if x == nil {
		return fmt.Errorf("document %s was not lexed", doc.ID)
	}
	// as of the DCT: a state founded later cannot be meant, and roles are
	// those held then (zero: states as they are today, latest roles).
	t := &tokens{actors: s.strs.pack(doc.Text, s.resolver.ResolveLexed(x, doc.DCT))}
	s.mu.Lock()
	s.seen[doc.ID] = t
	s.mu.Unlock()
	return nil
}

// Forget drops the tokens and actors kept for doc.
func (s *stageAnalyzer) Forget(doc *document.Document) {
	s.mu.Lock()
	delete(s.seen, doc.ID)
	s.mu.Unlock()
}

// findNames returns the names the name finder finds in the sentence
// text[start:end] (an actor.NameFinder).
func (s *stageAnalyzer) findNames(text string, start, end int) []actor.Name {
	_, namer := s.pipelines()
	var out []actor.Name
	for _, n := range namer.FindNames(text, start, end) {
		if k, ok := actor.NameKind(n.Type); ok {
			out = append(out, actor.Name{Start: n.Start, End: n.End, Kind: k})
		}
	}
	return out
}

// coreModels returns the tagger, parser and name finder of package nlp,
// loaded on first use and shared by every build after.
var coreModels = sync.OnceValues(func() (*nlp.Pipeline, error) { return nlp.LoadOnly("tagger", "parser", "ner") })

// Analyze tags doc's time expressions against doc.DCT and extracts its
// event mentions.
func (s *stageAnalyzer) Analyze(doc *document.Document) (tx []timex.Timex, ms []event.Mention, err error) {
	defer recoverStage(&err)
	s.mu.Lock()
	t := s.seen[doc.ID]
	s.mu.Unlock()
	if t == nil {
		return nil, nil, fmt.Errorf("document %s was not resolved", doc.ID)
	}
	s.namesOnce.Do(s.makeNames)
	toks := token.Tokenize(doc.Text)
	sents := token.Sentences(doc.Text, toks)
	tx = s.tagger.TagTokens(doc.Text, toks, sents, doc.DCT)
	in := event.Input{
		Doc: doc.ID, Text: doc.Text, DCT: doc.DCT, Headline: doc.Title,
		Tokens: toks, Sentences: sents, Times: tx, Actors: s.strs.unpack(doc.Text, t.actors), Names: s.names,
		CAMEOVerbs: s.cameoVerbs,
		Parse:      s.parse,
		Capital:    s.gazetteer.Capital,
		Item:       len(sents) == 1, // a one-sentence document is a news item
	}
	if s.parts > 1 && len(sents) >= minAheadSentences {
		return tx, extractAhead(in, s.parts), nil
	}
	return tx, event.Extract(in), nil
}

// makeNames fills s.names from the resolver's actors; it runs once, after
// every document is resolved.
func (s *stageAnalyzer) makeNames() {
	s.names = map[string]string{}
	for _, a := range s.resolver.Actors() {
		s.names[a.ID] = a.Name
	}
}

// recoverStage turns a panic of a stage into an error, so that one
// article that trips a stage does not stop the others.
func recoverStage(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("internal error: %v", r)
	}
}

// Actors returns every actor resolved.
func (s *stageAnalyzer) Actors() []actor.Actor { return s.resolver.Actors() }
