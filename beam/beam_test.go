package chronobeam_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	chronobeam "github.com/chronograph-news/chronograph/beam"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/pipeline"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// single returns timeline.json and graph.json as the single-machine build
// writes them (chronograph build --formats json).
func single(t *testing.T, inputs []string) (tlJSON, gJSON []byte) {
	t.Helper()
	docs, _ := document.Read(inputs, nil, document.ReadOptions{})
	tl, errs := pipeline.Build(docs, pipeline.Options{})
	if tl == nil {
		t.Fatal(errs)
	}
	g, err := graph.Build(tl)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := tl.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := g.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return a.Bytes(), b.Bytes()
}

// onPrism runs the Beam build on Prism, in process, and returns what it
// wrote.
func onPrism(t *testing.T, inputs []string) (tlJSON, gJSON []byte) {
	t.Helper()
	out := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	chronobeam.Build(s, chronobeam.Options{Inputs: inputs, Output: out})
	if _, err := prism.Execute(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	a, err := os.ReadFile(filepath.Join(out, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

// compare runs the Beam build on beamInputs and the single-machine one
// on inputs (the same articles) and compares what they write.
func compare(t *testing.T, beamInputs, inputs []string) {
	t.Helper()
	wantTL, wantG := single(t, inputs)
	gotTL, gotG := onPrism(t, beamInputs)
	if !bytes.Equal(gotTL, wantTL) {
		t.Errorf("timeline.json from Prism differs from the build's (%d vs %d bytes)", len(gotTL), len(wantTL))
	}
	if !bytes.Equal(gotG, wantG) {
		t.Errorf("graph.json from Prism differs from the build's (%d vs %d bytes)", len(gotG), len(wantG))
	}
}

// TestSeedsOnPrism checks that the Beam build on the seeds writes the
// build's bytes.
func TestSeedsOnPrism(t *testing.T) {
	compare(t, []string{"../seeds"}, []string{"../seeds"})
}

// TestSilverOnPrism checks the same on TE3-Silver's 2,452 articles, given
// as a glob.
func TestSilverOnPrism(t *testing.T) {
	const silver = "../../shared/data/tempeval3/TE3-Silver"
	if _, err := os.Stat(silver); err != nil {
		t.Skipf("%s: %v", silver, err)
	}
	if testing.Short() {
		t.Skip("-short")
	}
	compare(t, []string{silver + "/*.tml"}, []string{silver})
}
