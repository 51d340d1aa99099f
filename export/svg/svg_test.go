package svg

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chronograph-news/chronograph/export/dot"
	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func fixtureDOT(t testing.TB) map[string][]byte {
	t.Helper()
	tl, g := exporttest.Graph(t)
	var gb, tb bytes.Buffer
	if err := dot.Graph(&gb, tl, g, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := dot.Timeline(&tb, tl, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{"graph.svg": gb.Bytes(), "timeline.svg": tb.Bytes()}
}

// wellFormed decodes the whole SVG as XML and returns its text content.
func wellFormed(t testing.TB, name string, svg []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	var text strings.Builder
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
		case xml.CharData:
			text.Write(tok)
			text.WriteByte('\n')
		}
	}
	if root != "svg" {
		t.Fatalf("%s: root element %q, want svg", name, root)
	}
	return text.String()
}

func TestRenderFixture(t *testing.T) {
	for name, src := range fixtureDOT(t) {
		var b bytes.Buffer
		if err := Render(&b, src, ""); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		text := wellFormed(t, name, b.Bytes())
		// data with quotes, backslashes and non-ASCII survives the round trip
		for _, want := range []string{`O'Neil visits Port\City`, "Zoë Müller", `"Port\City"`} {
			if name == "graph.svg" && !strings.Contains(text, want) {
				t.Errorf("%s: text %q missing", name, want)
			}
		}
		if !strings.Contains(b.String(), `font-family="Helvetica,sans-Serif"`) {
			t.Errorf("%s: labels are not set in Helvetica", name)
		}
		exporttest.Golden(t, filepath.Join("testdata", name), b.Bytes())
	}
}

func TestRenderBadDOT(t *testing.T) {
	var b bytes.Buffer
	if err := Render(&b, []byte(`digraph { a -> `), ""); err == nil {
		t.Fatal("no error for truncated DOT")
	}
	if err := Render(&b, []byte(`digraph { a }`), "no-such-layout"); err == nil {
		t.Fatal("no error for an unknown layout")
	}
}

func TestAuto(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, Dot}, {10, Dot}, {SFDPThreshold, Dot}, {SFDPThreshold + 1, SFDP}, {5000, SFDP}} {
		if got := Auto(c.n); got != c.want {
			t.Errorf("Auto(%d) = %s, want %s", c.n, got, c.want)
		}
	}
}

// TestConcurrent renders from several goroutines at once: the mutex must
// keep go-graphviz's shared WebAssembly state consistent.
func TestConcurrent(t *testing.T) {
	src := fixtureDOT(t)["graph.svg"]
	var want bytes.Buffer
	if err := Render(&want, src, Dot); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			var b bytes.Buffer
			if err := Render(&b, src, Dot); err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(b.Bytes(), want.Bytes()) {
				errs <- fmt.Errorf("concurrent render differs")
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// synthetic makes a timeline whose graph has about n nodes: a quarter
// actors, the rest events with two or three participants each.
func synthetic(n int) *timeline.Timeline {
	tl := &timeline.Timeline{}
	na := max(n/4, 3)
	kinds := []string{"person", "country", "organization", "place"}
	for i := range na {
		tl.Actors = append(tl.Actors, timeline.Actor{ID: fmt.Sprintf("a%05d", i), Name: fmt.Sprintf("Actor number %d", i), Kind: kinds[i%4]})
	}
	for i := range n - na {
		ps := []timeline.Participant{
			{Actor: fmt.Sprintf("a%05d", i%na), Role: "agent"},
			{Actor: fmt.Sprintf("a%05d", (i*7+1)%na), Role: "target"},
		}
		if i%3 == 0 {
			ps = append(ps, timeline.Participant{Actor: fmt.Sprintf("a%05d", (i*13+2)%na), Role: "counterpart"})
		}
		day := fmt.Sprintf("20%02d-%02d-%02d", 10+i%15, 1+i%12, 1+i%28)
		tl.Events = append(tl.Events, timeline.Event{
			ID: fmt.Sprintf("ev%05d", i), Type: "meeting", Title: fmt.Sprintf("Synthetic event %d between several parties over a long title", i),
			Date:         timeline.Date{Value: day, Start: day, End: day, Granularity: "day"},
			Participants: ps, Sources: []timeline.Source{{Doc: "d", Quote: "q"}},
		})
	}
	return tl
}

func syntheticDOT(b *testing.B, n int) []byte {
	tl := synthetic(n)
	g, err := graph.Build(tl)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := dot.Graph(&buf, tl, g, dot.Options{}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func benchRender(b *testing.B, n int, layout string) {
	src := syntheticDOT(b, n)
	b.ResetTimer()
	for b.Loop() {
		if err := Render(io.Discard, src, layout); err != nil {
			b.Fatal(err)
		}
	}
}

// Rendering benchmarks on synthetic graphs of about 300, 1,000 and 3,000
// nodes, with each layout, to show where Auto switches engines.
func BenchmarkRender300Dot(b *testing.B)   { benchRender(b, 300, Dot) }
func BenchmarkRender300SFDP(b *testing.B)  { benchRender(b, 300, SFDP) }
func BenchmarkRender1000Dot(b *testing.B)  { benchRender(b, 1000, Dot) }
func BenchmarkRender1000SFDP(b *testing.B) { benchRender(b, 1000, SFDP) }
func BenchmarkRender3000Auto(b *testing.B) { benchRender(b, 3000, "") }
func BenchmarkRender3000Dot(b *testing.B)  { benchRender(b, 3000, Dot) }

// BenchmarkRenderTimeline1000 lays out the timeline diagram of 1,000
// events, which is always drawn with dot.
func BenchmarkRenderTimeline1000(b *testing.B) {
	tl := synthetic(1250) // 1,000 events
	var buf bytes.Buffer
	if err := dot.Timeline(&buf, tl, dot.Options{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := Render(io.Discard, buf.Bytes(), Dot); err != nil {
			b.Fatal(err)
		}
	}
}
