// Package export writes every output format of a build into a folder. Each
// format is a small encoder in its own package, fed by the one model (the
// timeline and its graph); this package lists them, lets a caller choose a
// subset, and shares what several formats need (the DOT sources and the
// rendered graph SVG) so it is computed once.
package export

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/export/cytoscape"
	"github.com/chronograph-news/chronograph/export/dot"
	"github.com/chronograph-news/chronograph/export/gexf"
	"github.com/chronograph-news/chronograph/export/graphml"
	"github.com/chronograph-news/chronograph/export/jgf"
	"github.com/chronograph-news/chronograph/export/neo4j"
	"github.com/chronograph-news/chronograph/export/nodelink"
	"github.com/chronograph-news/chronograph/export/parquet"
	"github.com/chronograph-news/chronograph/export/sqlite"
	"github.com/chronograph-news/chronograph/export/svg"
	"github.com/chronograph-news/chronograph/export/timelinejs"
	"github.com/chronograph-news/chronograph/export/viewer"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// Format is one output format: its name (as given to --formats), the files
// it writes (relative to the output folder) and its writer.
type Format struct {
	Name  string
	Files []string
	write func(o *Output) error
}

// Formats returns every format, in the order they are written. The viewer
// comes last so that it can link to everything else.
func Formats() []Format {
	return []Format{
		{"json", []string{"timeline.json", "graph.json"}, writeJSON},
		{"dot", []string{"graph.dot", "timeline.dot"}, writeDOT},
		{"svg", []string{"graph.svg", "timeline.svg"}, writeSVG},
		simple("cytoscape", cytoscape.FileName, cytoscape.Encode),
		simple("jgf", jgf.FileName, jgf.Encode),
		simple("nodelink", nodelink.FileName, nodelink.Encode),
		simple("graphml", graphml.FileName, graphml.Encode),
		simple("gexf", gexf.FileName, gexf.Encode),
		simple("timelinejs", timelinejs.FileName, timelinejs.Encode),
		{"neo4j", []string{neo4j.DirName + "/"}, func(o *Output) error { return neo4j.Write(o.Dir, o.Timeline, o.Graph) }},
		{"sqlite", []string{sqlite.FileName}, func(o *Output) error { return sqlite.Write(filepath.Join(o.Dir, sqlite.FileName), o.Timeline) }},
		{"parquet", parquet.Files(), func(o *Output) error { return parquet.Write(o.Dir, o.Timeline) }},
		{"html", []string{"index.html"}, writeHTML},
	}
}

// Select returns the formats named in a comma-separated list ("all" for
// every one), in the order of [Formats].
func Select(list string) ([]Format, error) {
	all := Formats()
	want := map[string]bool{}
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		switch {
		case name == "":
		case name == "all":
			return all, nil
		case slices.ContainsFunc(all, func(f Format) bool { return f.Name == name }):
			want[name] = true
		default:
			return nil, fmt.Errorf("unknown format %q (known: all, %s)", name, strings.Join(Names(), ", "))
		}
	}
	var out []Format
	for _, f := range all {
		if want[f.Name] {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no format in %q (known: all, %s)", list, strings.Join(Names(), ", "))
	}
	return out, nil
}

// Names returns the names of every format.
func Names() []string {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return names
}

// Output is one build's output folder while it is being written.
type Output struct {
	Dir      string
	Timeline *timeline.Timeline
	Graph    *graph.Graph
	// Diagram tunes graph.dot/svg (focus, top N) and timeline.dot/svg.
	Diagram dot.Options

	written               []string
	graphDOT, timelineDOT []byte
	graphSVG, timelineSVG []byte
}

// Write writes the formats into o.Dir (created if needed) and returns the
// files written, relative to it. Every file is written to a temporary file
// and renamed, so a reader never sees one half written.
func Write(o *Output, formats []Format) ([]string, error) {
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, err
	}
	for _, f := range formats {
		if err := f.write(o); err != nil {
			return o.written, fmt.Errorf("%s: %w", f.Name, err)
		}
		o.written = append(o.written, f.Files...)
	}
	return o.written, nil
}

func (o *Output) file(name string, write func(w io.Writer) error) error {
	return atomicfile.Write(filepath.Join(o.Dir, name), write)
}

func (o *Output) bytes(name string, b []byte) error {
	return o.file(name, func(w io.Writer) error { _, err := w.Write(b); return err })
}

// simple adapts an encoder of one file.
func simple(name, file string, encode func(w io.Writer, tl *timeline.Timeline, g *graph.Graph) error) Format {
	return Format{Name: name, Files: []string{file}, write: func(o *Output) error {
		return o.file(file, func(w io.Writer) error { return encode(w, o.Timeline, o.Graph) })
	}}
}

func writeJSON(o *Output) error {
	if err := o.file("timeline.json", o.Timeline.WriteJSON); err != nil {
		return err
	}
	return o.file("graph.json", o.Graph.WriteJSON)
}

// dots returns the DOT sources, made once. A graph large enough to be
// laid out by a force-directed engine is written flat (no time axis).
func (o *Output) dots() ([]byte, []byte, error) {
	if o.graphDOT == nil {
		opt := o.Diagram
		sel, err := dot.Select(o.Timeline, o.Graph, opt)
		if err != nil {
			return nil, nil, fmt.Errorf("graph.dot: %w", err)
		}
		n := len(o.Graph.Nodes())
		if sel != nil {
			n = len(sel.Actors) + len(sel.Events)
		}
		if svg.Auto(n) != svg.Dot {
			opt.Flat = true
		}
		var g, t bytes.Buffer
		if err := dot.Graph(&g, o.Timeline, o.Graph, opt); err != nil {
			return nil, nil, err
		}
		if err := dot.Timeline(&t, o.Timeline, o.Diagram); err != nil {
			return nil, nil, err
		}
		o.graphDOT, o.timelineDOT = g.Bytes(), t.Bytes()
	}
	return o.graphDOT, o.timelineDOT, nil
}

// svgs returns the rendered diagrams, made once: the graph's layout is
// chosen by size, the timeline always uses dot (its axis needs ranks).
func (o *Output) svgs() ([]byte, []byte, error) {
	if o.graphSVG == nil {
		g, t, err := o.dots()
		if err != nil {
			return nil, nil, err
		}
		var gs, ts bytes.Buffer
		if err := svg.Render(&gs, g, ""); err != nil {
			return nil, nil, fmt.Errorf("graph.svg: %w", err)
		}
		if err := svg.Render(&ts, t, svg.Dot); err != nil {
			return nil, nil, fmt.Errorf("timeline.svg: %w", err)
		}
		o.graphSVG, o.timelineSVG = gs.Bytes(), ts.Bytes()
	}
	return o.graphSVG, o.timelineSVG, nil
}

func writeDOT(o *Output) error {
	g, t, err := o.dots()
	if err != nil {
		return err
	}
	if err := o.bytes("graph.dot", g); err != nil {
		return err
	}
	return o.bytes("timeline.dot", t)
}

func writeSVG(o *Output) error {
	g, t, err := o.svgs()
	if err != nil {
		return err
	}
	if err := o.bytes("graph.svg", g); err != nil {
		return err
	}
	return o.bytes("timeline.svg", t)
}

// writeHTML writes the viewer, with the graph drawn inline and links to
// every file written before it.
func writeHTML(o *Output) error {
	g, _, err := o.svgs()
	if err != nil {
		return err
	}
	links := slices.Clone(o.written)
	return o.file("index.html", func(w io.Writer) error { return viewer.Write(w, o.Timeline, g, links) })
}

// Owns reports whether name, at the top level of an output folder, is one
// a build writes (a format's file or folder, or the temporary file of an
// interrupted write of one), so that a folder holding nothing else may be
// replaced as a whole.
func Owns(name string) bool {
	for _, f := range Formats() {
		for _, file := range f.Files {
			top, _, _ := strings.Cut(file, "/")
			if name == top || strings.HasPrefix(name, "."+top+".tmp") {
				return true
			}
		}
	}
	return false
}
