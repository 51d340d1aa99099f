package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/pipeline"
)

// silverDir holds the TempEval-3 silver news articles, outside the
// repository; benchmarks over it skip when it is absent.
const silverDir = "../../shared/data/tempeval3/TE3-Silver"

// silverDocs is how many silver articles BenchmarkBuildSilver builds.
const silverDocs = 300

// readDocs reads paths and fails b on any error or when nothing was read.
func readDocs(b *testing.B, paths []string) []document.Document {
	b.Helper()
	docs, errs := document.ReadPaths(paths, nil)
	for _, err := range errs {
		b.Error(err)
	}
	if len(docs) == 0 {
		b.Fatalf("no documents read from %v", paths)
	}
	return docs
}

// benchBuild builds docs b.N times, reporting text bytes per second (MB/s)
// and documents per second.
func benchBuild(b *testing.B, docs []document.Document) {
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		tl, errs := pipeline.Build(docs, pipeline.Options{})
		if tl == nil {
			b.Fatalf("build failed: %v", errs)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkBuildSeeds(b *testing.B) {
	benchBuild(b, readDocs(b, []string{"../seeds"}))
}

// BenchmarkBuildSilver builds the first silverDocs silver articles, in
// name order.
func BenchmarkBuildSilver(b *testing.B) {
	entries, err := os.ReadDir(silverDir)
	if err != nil {
		b.Skipf("TE3-Silver corpus not available: %v", err)
	}
	var paths []string
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") && len(paths) < silverDocs {
			paths = append(paths, filepath.Join(silverDir, e.Name()))
		}
	}
	benchBuild(b, readDocs(b, paths))
}
