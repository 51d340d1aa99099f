package pipeline_test

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/merge"
	"github.com/chronograph-news/chronograph/pipeline"
	"github.com/chronograph-news/chronograph/timeline"
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
	// the first merge by blocks, as an engine would
	{
		blocks := map[string][]event.Mention{}
		sorted := slices.Clone(analyses)
		slices.SortFunc(sorted, func(a, b pipeline.Analysis) int { return strings.Compare(a.Doc, b.Doc) })
		for i := range sorted {
			for _, m := range pipeline.KnownMentions(&sorted[i]) {
				blocks[merge.Block(&m)] = append(blocks[merge.Block(&m)], m)
			}
		}
		mo := pipeline.KnownOptions(pipeline.Dates(analyses), actors)
		var events []timeline.Event
		for _, ms := range blocks {
			events = append(events, merge.Merge(ms, mo)...)
		}
		merge.SortEvents(events)
		a, _ := json.Marshal(known)
		b, _ := json.Marshal(events)
		if len(blocks) < 2 || string(a) != string(b) {
			t.Errorf("the first merge by %d blocks gives %d events, the whole %d", len(blocks), len(events), len(known))
		}
	}
	stories := pipeline.NewStories(analyses)
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
			if err := st.Redate(&analyses[i], byID[r.Doc], r.Actors, actorNames, known, stories); err != nil {
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
	// the final merge by blocks, the blocks given in any order
	blocks := map[string][]event.Mention{}
	sorted := slices.Clone(analyses)
	slices.SortFunc(sorted, func(a, b pipeline.Analysis) int { return strings.Compare(a.Doc, b.Doc) })
	for i := range sorted {
		for _, m := range pipeline.Kept(&sorted[i], opt) {
			blocks[merge.Block(&m)] = append(blocks[merge.Block(&m)], m)
		}
	}
	dates := pipeline.Dates(analyses)
	mo := pipeline.FinalOptions(dates, actors, opt)
	var events []timeline.Event
	for _, ms := range blocks {
		events = append(events, merge.Merge(ms, mo)...)
	}
	byBlocks, _ := pipeline.Assemble(docs, dates, events, actors, opt)
	c, _ := json.Marshal(byBlocks)
	if len(blocks) < 2 || string(a) != string(c) {
		t.Errorf("the final merge by %d blocks gives another timeline than Build (%d vs %d events)", len(blocks), len(byBlocks.Events), len(want.Events))
	}
}
