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

// coreNameKinds maps the name finder's types to actor kinds, as the
// pipeline does.
var coreNameKinds = map[string]actor.Kind{"PER": actor.Person, "ORG": actor.Organization, "LOC": actor.Place}

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
		a := namer.Sentence(text, start, end)
		var out []actor.Name
		for _, n := range nlp.Names(&a) {
			if k, ok := coreNameKinds[n.Type]; ok {
				out = append(out, actor.Name{Start: a.Tokens[n.First].Start, End: a.Tokens[n.Last-1].End, Kind: k})
			}
		}
		return out
	}
	return parse, find
}
