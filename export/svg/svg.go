// Package svg renders DOT source to SVG in-process with go-graphviz (the
// Graphviz C library compiled to WebAssembly), so that no Graphviz
// installation is needed. go-graphviz is not safe for concurrent use:
// every call goes through one renderer guarded by a mutex.
package svg

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/goccy/go-graphviz"
)

// Layout engines.
const (
	Dot  = "dot"  // layered: readable up to a few hundred nodes
	SFDP = "sfdp" // force-directed multiscale: for large graphs
)

// SFDPThreshold is the node count beyond which Auto picks sfdp: dot's
// layered layout takes over a minute at a few thousand nodes.
const SFDPThreshold = 400

// Auto returns the layout for a graph of n nodes: Dot up to
// SFDPThreshold, SFDP beyond.
func Auto(n int) string {
	if n > SFDPThreshold {
		return SFDP
	}
	return Dot
}

// mu serializes every use of go-graphviz, which keeps shared state in its
// WebAssembly instance.
var mu sync.Mutex

// Render lays out the DOT source with the named engine (Dot, SFDP, or ""
// to choose by node count with Auto) and writes the SVG to w.
func Render(w io.Writer, dotSrc []byte, layout string) error {
	mu.Lock()
	defer mu.Unlock()
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("svg: start graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dotSrc)
	if err != nil {
		return fmt.Errorf("svg: parse DOT: %w", err)
	}
	if g == nil {
		return errors.New("svg: parse DOT: no graph")
	}
	defer g.Close()
	if layout == "" {
		n, err := g.NodeNum()
		if err != nil {
			return fmt.Errorf("svg: count nodes: %w", err)
		}
		layout = Auto(n)
	}
	gv.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.SVG, &buf); err != nil {
		return fmt.Errorf("svg: %s layout: %w", layout, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("svg: %w", err)
	}
	return nil
}
