package event

import (
	"sync"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// pipelineCore holds the language core's models the pipeline runs (package
// pipeline's stageAnalyzer): the tagger and parser for Input.Parse, the
// tagger and name finder for the actor resolver.
var pipelineCore = sync.OnceValues(func() (*nlp.Pipeline, error) { return nlp.LoadOnly("tagger", "parser", "ner") })

// CoreAnalysis (exported to the external tests) returns the Input.Parse
// function and the actor name finder the pipeline gives Extract and the
// resolver, so that a measurement runs the extraction as a build does
// rather than on its fallback word windows.
func CoreAnalysis(t testing.TB) (parse func(text string, start, end int) conllu.Sentence, find actor.NameFinder) {
	t.Helper()
	p, err := pipelineCore()
	if err != nil {
		t.Fatal(err)
	}
	parser := &nlp.Pipeline{Tagger: p.Tagger, Parser: p.Parser}
	namer := &nlp.Pipeline{Tagger: p.Tagger, Names: p.Names}
	parse = parser.Sentence
	find = func(text string, start, end int) []actor.Name {
		var out []actor.Name
		for _, n := range namer.FindNames(text, start, end) {
			if k, ok := actor.NameKind(n.Type); ok {
				out = append(out, actor.Name{Start: n.Start, End: n.End, Kind: k})
			}
		}
		return out
	}
	return parse, find
}
