package pipeline_test

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/pipeline"
)

// jobsSample is how many TE3-Silver articles TestBuildJobsIdentical adds
// to the seeds: enough undated and dated documents to keep the workers of
// both passes busy, few enough to run under -race.
const jobsSample = 60

// TestBuildJobsIdentical checks that the build gives the same timeline
// whatever the number of workers (run with -race, it also checks that the
// stages share nothing mutable between documents).
func TestBuildJobsIdentical(t *testing.T) {
	paths := []string{"../seeds"}
	if files, _ := filepath.Glob("../../shared/data/tempeval3/TE3-Silver/*.tml"); len(files) > 0 {
		slices.Sort(files)
		paths = append(paths, files[:min(jobsSample, len(files))]...)
	}
	docs, errs := document.ReadPaths(paths, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var want []byte
	for _, j := range []int{1, 3} {
		tl, errs := pipeline.Build(slices.Clone(docs), pipeline.Options{Jobs: j})
		if tl == nil {
			t.Fatal(errs)
		}
		got, err := json.Marshal(tl)
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = got
			if len(tl.Events) == 0 {
				t.Fatal("no events built")
			}
			continue
		}
		if string(got) != string(want) {
			t.Errorf("-j %d gives another timeline than -j 1", j)
		}
	}
}
