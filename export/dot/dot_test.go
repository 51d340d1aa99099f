package dot

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// outputs renders every diagram of the fixture, by golden file name.
func outputs(t *testing.T) map[string][]byte {
	t.Helper()
	tl, g := exporttest.Graph(t)
	out := map[string][]byte{}
	cases := []struct {
		name string
		opt  Options
	}{
		{"graph.dot", Options{}},
		{"graph_focus.dot", Options{Focus: "zoë müller", Hops: 1}},
		{"graph_top.dot", Options{Top: 2, Title: `Top "2" \ actors`}},
	}
	for _, c := range cases {
		var b bytes.Buffer
		if err := Graph(&b, tl, g, c.opt); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		out[c.name] = b.Bytes()
	}
	var b bytes.Buffer
	if err := Timeline(&b, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	out["timeline.dot"] = b.Bytes()
	b = bytes.Buffer{}
	if err := Timeline(&b, tl, Options{Focus: "country:ATL", PerRow: 1}); err != nil {
		t.Fatal(err)
	}
	out["timeline_focus.dot"] = b.Bytes()
	// an empty build still draws a valid (legend-only) diagram
	empty := &timeline.Timeline{}
	eg, err := graph.Build(empty)
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.Buffer{}
	if err := Graph(&b, empty, eg, Options{}); err != nil {
		t.Fatal(err)
	}
	out["graph_empty.dot"] = b.Bytes()
	b = bytes.Buffer{}
	if err := Timeline(&b, empty, Options{}); err != nil {
		t.Fatal(err)
	}
	out["timeline_empty.dot"] = b.Bytes()
	return out
}

func TestGolden(t *testing.T) {
	for name, got := range outputs(t) {
		exporttest.Golden(t, filepath.Join("testdata", name), got)
	}
}

func TestDeterministic(t *testing.T) {
	first := outputs(t)
	for range 5 {
		for name, got := range outputs(t) {
			if !bytes.Equal(got, first[name]) {
				t.Fatalf("%s changes between runs", name)
			}
		}
	}
}

// TestDotParses runs the real Graphviz on every output and requires no
// warning at all.
func TestDotParses(t *testing.T) {
	dot := exporttest.Tool(t, "dot")
	for name, src := range outputs(t) {
		cmd := exec.Command(dot, "-Tsvg")
		cmd.Stdin = bytes.NewReader(src)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Errorf("%s: dot: %v\n%s", name, err, stderr.String())
			continue
		}
		if stderr.Len() > 0 {
			t.Errorf("%s: dot warned:\n%s", name, stderr.String())
		}
		if !strings.Contains(stdout.String(), "</svg>") {
			t.Errorf("%s: dot wrote no SVG", name)
		}
	}
}

// spread makes a timeline of n events with some actors, every fifth event
// without participants, and dates of every granularity.
func spread(n int) *timeline.Timeline {
	tl := &timeline.Timeline{}
	for i := range 8 {
		tl.Actors = append(tl.Actors, timeline.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Actor %d", i), Kind: []string{"person", "country", "organization", "place"}[i%4]})
	}
	dates := []timeline.Date{
		{Value: "2024-06-02", Start: "2024-06-02", End: "2024-06-02", Granularity: "day"},
		{Value: "2024-06", Start: "2024-06-01", End: "2024-06-30", Granularity: "month"},
		{Value: "2024-SU", Start: "2024-06-01", End: "2024-08-31", Granularity: "season"},
		{Value: "2024", Start: "2024-01-01", End: "2024-12-31", Granularity: "year"},
		{Value: "2025-W03", Start: "2025-01-13", End: "2025-01-19", Granularity: "week"},
		{},
	}
	for i := range n {
		e := timeline.Event{ID: fmt.Sprintf("ev%03d", i), Type: "meeting", Title: fmt.Sprintf("Event number %d with a title long enough to wrap twice over", i), Date: dates[i%len(dates)]}
		if i%5 != 0 {
			e.Participants = []timeline.Participant{{Actor: fmt.Sprintf("a%d", i%8), Role: "agent"}, {Actor: fmt.Sprintf("a%d", (i+3)%8), Role: "target"}}
		}
		tl.Events = append(tl.Events, e)
	}
	return tl
}

// TestDotParsesLarger runs Graphviz on diagrams that use the time axis
// (columns, actors between them, backward edges) and row continuation.
func TestDotParsesLarger(t *testing.T) {
	bin := exporttest.Tool(t, "dot")
	tl := spread(60)
	g, err := graph.Build(tl)
	if err != nil {
		t.Fatal(err)
	}
	var gb, tb bytes.Buffer
	if err := Graph(&gb, tl, g, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Timeline(&tb, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"time 1" -> "time 2" [minlen="2"`,    // the time axis leaves a rank for actors
		`"time 1" -> "ev003" [style="invis"]`, // the header tops its column, in date order
		`"ev003" -> "ev009" [style="invis"]`,
		`[label="agent", dir="back"`, // an actor after an earlier event
	} {
		if !strings.Contains(gb.String(), want) {
			t.Errorf("graph.dot lacks %s", want)
		}
	}
	if !strings.Contains(tb.String(), `"axis 2024-06 #2"`) || !strings.Contains(tb.String(), `"axis undated"`) {
		t.Error("timeline.dot does not continue long rows or list undated events")
	}
	if !strings.Contains(gb.String(), `concentrate="true"`) {
		t.Error("a graph of 96 edges is not concentrated")
	}
	big := spread(100) // 160 edges: too many to merge quickly
	bg, err := graph.Build(big)
	if err != nil {
		t.Fatal(err)
	}
	var bb bytes.Buffer
	if err := Graph(&bb, big, bg, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(bb.String(), "concentrate") {
		t.Errorf("a graph of %d edges is concentrated", len(bg.Edges()))
	}
	for name, src := range map[string][]byte{"graph": gb.Bytes(), "timeline": tb.Bytes()} {
		cmd := exec.Command(bin, "-Tsvg", "-o", os.DevNull)
		cmd.Stdin = bytes.NewReader(src)
		out, err := cmd.CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Errorf("%s: dot: %v\n%s", name, err, out)
		}
	}
}

// BenchmarkEncode writes both diagrams of a 3,000-event timeline.
func BenchmarkEncode(b *testing.B) {
	tl := spread(3000)
	g, err := graph.Build(tl)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := Graph(io.Discard, tl, g, Options{}); err != nil {
			b.Fatal(err)
		}
		if err := Timeline(io.Discard, tl, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFlat leaves the time axis out, for force-directed layouts, and still
// draws every node and edge.
func TestFlat(t *testing.T) {
	tl := spread(60)
	g, err := graph.Build(tl)
	if err != nil {
		t.Fatal(err)
	}
	var axis, flat bytes.Buffer
	if err := Graph(&axis, tl, g, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Graph(&flat, tl, g, Options{Flat: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(flat.String(), `"time 1"`) || strings.Contains(flat.String(), `style="invis"]`+"\n\t\"ev") {
		t.Error("flat graph.dot still has a time axis")
	}
	for _, e := range g.Edges() {
		if !strings.Contains(flat.String(), `"`+e.Source+`" -> "`+e.Target+`"`) {
			t.Errorf("flat graph.dot lacks edge %s -> %s", e.Source, e.Target)
		}
	}
	if flat.Len() >= axis.Len() {
		t.Errorf("flat graph.dot (%d bytes) is not smaller than with the axis (%d)", flat.Len(), axis.Len())
	}
}
