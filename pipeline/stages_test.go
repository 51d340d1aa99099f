package pipeline_test

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/pipeline"
)

// TestStagesAsBuild runs the stages one by one, as a distributing engine
// would (names found and documents analysed in any order, the analyses
// given back shuffled), and checks that they give Build's timeline.
func TestStagesAsBuild(t *testing.T) {
	paths := []string{"../seeds"}
	if files, _ := filepath.Glob("../../shared/data/tempeval3/TE3-Silver/*.tml"); len(files) > 0 {
		slices.Sort(files)
		paths = append(paths, files[:min(cacheSample, len(files))]...)
	}
	in, errs := document.ReadPaths(paths, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	opt := pipeline.Options{}
	want, errs := pipeline.Build(slices.Clone(in), opt)
	if want == nil {
		t.Fatal(errs)
	}

	st, err := pipeline.NewStages(opt)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := pipeline.Prepare(in, opt)
	byID := map[string]*document.Document{}
	names := map[string]pipeline.Names{}
	for i := len(docs) - 1; i >= 0; i-- { // any order
		byID[docs[i].ID] = &docs[i]
		n, err := st.FindNames(&docs[i])
		if err != nil {
			t.Fatal(err)
		}
		names[docs[i].ID] = n
	}
	resolved, actors, errs := st.Resolve(docs, names)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	actorNames := pipeline.ActorNames(actors)
	var analyses []pipeline.Analysis
	for i := len(resolved) - 1; i >= 0; i-- {
		r := resolved[i]
		a, err := st.Analyze(byID[r.Doc], r.Actors, actorNames)
		if err != nil {
			t.Fatal(err)
		}
		analyses = append(analyses, a)
	}
	known := pipeline.Known(analyses, actors)
	undated := 0
	for i := range analyses {
		if analyses[i].DCT.IsZero() {
			undated++
			var r pipeline.Resolved
			for _, x := range resolved {
				if x.Doc == analyses[i].Doc {
					r = x
				}
			}
			if err := st.Redate(&analyses[i], byID[r.Doc], r.Actors, actorNames, known); err != nil {
				t.Fatal(err)
			}
		}
	}
	if undated == 0 {
		t.Fatal("no undated document: Redate is not tested")
	}
	got, errs := pipeline.Finish(docs, analyses, actors, opt)
	if got == nil {
		t.Fatal(errs)
	}
	a, _ := json.Marshal(want)
	b, _ := json.Marshal(got)
	if string(a) != string(b) {
		t.Errorf("the stages give another timeline than Build (%d vs %d events)", len(got.Events), len(want.Events))
	}
}
