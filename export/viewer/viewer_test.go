package viewer

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/dot"
	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/export/svg"
	"github.com/chronograph-news/chronograph/timeline"
)

// update is read by exporttest.Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// breakout is a quote that would end the data element if "</" were not
// escaped.
const breakout = `He wrote "</script><script>alert(1)</script>" and left.`

var files = []string{"timeline.json", "graph.dot", "graph.svg", "timeline.svg", "sub dir/report #1.csv"}

// fixturePage writes the page for the fixture, its graph rendered
// in-process, with a hostile quote added.
func fixturePage(t testing.TB) ([]byte, *timeline.Timeline) {
	t.Helper()
	tl, g := exporttest.Graph(t)
	tl.Events[0].Sources[0].Quote = breakout
	var src, svgb, page bytes.Buffer
	if err := dot.Graph(&src, tl, g, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := svg.Render(&svgb, src.Bytes(), ""); err != nil {
		t.Fatal(err)
	}
	if err := Write(&page, tl, svgb.Bytes(), files); err != nil {
		t.Fatal(err)
	}
	return page.Bytes(), tl
}

func TestGolden(t *testing.T) {
	got, _ := fixturePage(t)
	exporttest.Golden(t, filepath.Join("testdata", "index.html"), got)
}

var dataRe = regexp.MustCompile(`(?s)<script type="application/json" id="chronograph-data">(.*?)</script>`)

// TestEmbeddedData checks that the data element survives a quote holding
// "</script>" and decodes back to the timeline.
func TestEmbeddedData(t *testing.T) {
	page, tl := fixturePage(t)
	m := dataRe.FindSubmatch(page)
	if m == nil {
		t.Fatal("no data element")
	}
	if bytes.Contains(m[1], []byte("</")) {
		t.Fatal(`data element holds an unescaped "</"`)
	}
	var d struct {
		Timeline   timeline.Timeline `json:"timeline"`
		DateLabels []string          `json:"date_labels"`
		Imprecise  []bool            `json:"imprecise"`
		Bound      []bool            `json:"bound"`
	}
	if err := json.Unmarshal(m[1], &d); err != nil {
		t.Fatalf("data is not JSON: %v", err)
	}
	if got := d.Timeline.Events[0].Sources[0].Quote; got != breakout {
		t.Errorf("quote = %q, want %q", got, breakout)
	}
	if len(d.DateLabels) != len(tl.Events) || d.DateLabels[0] != dot.DateLabel(tl.Events[0].Date) {
		t.Errorf("date labels = %q", d.DateLabels)
	}
	if len(d.Bound) != len(tl.Events) || len(d.Imprecise) != len(tl.Events) {
		t.Fatalf("bound %v, imprecise %v: not one per event", d.Bound, d.Imprecise)
	}
	for i, e := range tl.Events {
		if d.Bound[i] != e.Date.Bound() || d.Bound[i] && d.Imprecise[i] {
			t.Errorf("%s: bound %v imprecise %v", e.ID, d.Bound[i], d.Imprecise[i])
		}
	}
}

// TestOffline checks the page's text for anything that would load from
// elsewhere: external scripts, styles, fonts, images or absolute URLs
// outside the data.
func TestOffline(t *testing.T) {
	page, _ := fixturePage(t)
	html := dataRe.ReplaceAll(page, nil) // the data may hold article URLs, shown as links only
	for _, bad := range []string{`<script src`, `<link`, `@import`, `url(`, `@font-face`, `<img`, `<iframe`, `http://`, `https://`} {
		if bytes.Contains(bytes.ReplaceAll(html, []byte("http://www.w3.org/"), nil), []byte(bad)) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !bytes.Contains(page, []byte(`Content-Security-Policy" content="default-src 'none'`)) {
		t.Error("page has no Content-Security-Policy forbidding requests")
	}
	for _, f := range []string{`href="./timeline.json"`, `href="./sub%20dir/report%20%231.csv"`} {
		if !bytes.Contains(page, []byte(f)) {
			t.Errorf("page lacks link %s", f)
		}
	}
}

func TestInlineSVG(t *testing.T) {
	for _, c := range []struct {
		in, want string
		err      bool
	}{
		{"", "", false},
		{`<?xml version="1.0"?>` + "\n<!DOCTYPE svg>\n<svg width=\"1\"><g/></svg>\n", `<svg width="1"><g/></svg>`, false},
		{`<svg><script>alert(1)</script></svg>`, "", true},
		{`<svg><g onload="x()"/></svg>`, "", true},
		{`<svg><g ONCLICK="x()"/></svg>`, "", true},
		{`<svg><foreignObject><p/></foreignObject></svg>`, "", true},
		{`<svg><a href=" javascript:x()"><text>a</text></a></svg>`, "", true},
		{`<html>`, "", true},
		// text is not markup: an actor named like a handler is shown as is
		{`<svg><text>Ahmed onload=x &lt;script&gt;</text></svg>`, `<svg><text>Ahmed onload=x &lt;script&gt;</text></svg>`, false},
	} {
		got, err := inlineSVG([]byte(c.in))
		if (err != nil) != c.err || got != c.want {
			t.Errorf("inlineSVG(%q) = %q, %v", c.in, got, err)
		}
	}
}

// chromium runs headless Chromium on the page with the given URL hash
// and extra flags, returning its stdout and stderr.
func chromium(t *testing.T, page, hash string, extra ...string) (string, string) {
	t.Helper()
	return exporttest.Chromium(t, "file://"+page+hash, extra...)
}

// resultRe finds the self-test's report: the pre element the script adds
// last to the body, after the script's own text.
var resultRe = regexp.MustCompile(`(?s)</script><pre id="selftest-result">(\{.*?)</pre>`)

type selftest struct {
	Errors     []string `json:"errors"`
	Violations []string `json:"violations"`
	Visible    []string `json:"visible"`
	Total      int      `json:"total"`
	SVG        bool     `json:"svg"`
	Dimmed     []string `json:"dimmed"`
	Overflow   []string `json:"overflow"`
	Bound      []string `json:"bound"` // "id | heading" of each publication-bound event
}

func runSelftest(t *testing.T, page, hash string, extra ...string) (selftest, string) {
	t.Helper()
	dom, logs := chromium(t, page, hash, append([]string{"--dump-dom"}, extra...)...)
	m := resultRe.FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("page did not run its self-test; DOM:\n%.2000s\nlog:\n%s", dom, logs)
	}
	var r selftest
	if err := json.Unmarshal([]byte(unescapeHTML(m[1])), &r); err != nil {
		t.Fatalf("self-test result: %v: %s", err, m[1])
	}
	// Chromium logs every console message, CSP report and failed load.
	for _, l := range strings.Split(logs, "\n") {
		if strings.Contains(l, ":CONSOLE") || strings.Contains(l, "Content Security Policy") {
			t.Errorf("browser console: %s", l)
		}
	}
	if len(r.Errors) > 0 || len(r.Violations) > 0 {
		t.Errorf("page errors %q, blocked requests %q", r.Errors, r.Violations)
	}
	return r, logs
}

func unescapeHTML(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'", "&amp;", "&").Replace(s)
}

// TestBrowser opens the page in headless Chromium: no console error, no
// network request (checked in Chromium's net log), filtering by an actor
// hides the other events, and a screenshot is saved.
func TestBrowser(t *testing.T) {
	body, tl := fixturePage(t)
	page := exporttest.TempFile(t, "index.html", body)
	netlog := filepath.Join(filepath.Dir(page), "netlog.json")
	all, _ := runSelftest(t, page, "#selftest", "--log-net-log="+netlog)
	// Graphviz sized the boxes with Helvetica metrics; the browser must
	// draw every label inside its box.
	for _, o := range all.Overflow {
		t.Errorf("label wider than its node in the browser: %s", o)
	}
	if len(all.Dimmed) > 0 {
		t.Errorf("unfiltered graph dims %q", all.Dimmed)
	}
	if all.Total != len(tl.Events) || len(all.Visible) != len(tl.Events) || !all.SVG {
		t.Errorf("unfiltered page shows %d of %d events (svg %v), want all %d", len(all.Visible), all.Total, all.SVG, len(tl.Events))
	}
	assertNoRequests(t, netlog)
	// the publication-bound event is listed apart, under a heading of its own
	if want := []string{"ev-2025-03-22-release-5 | Before publication: on or before 22 Mar 2025 (no date of its own)"}; !slices.Equal(all.Bound, want) {
		t.Errorf("publication-bound events %q, want %q", all.Bound, want)
	}

	// Lemuria takes part in every event but the meeting; Zoë Müller only in it.
	for _, c := range []struct {
		actor string
		want  []string
	}{
		{"country:LEM", []string{"ev-2023-weapons_test-4", "ev-2024-fa-military_deployment-1", "ev-2025-03-21-visit-3", "ev-2025-03-22-release-5"}},
		{"person:zoe-muller", []string{"ev-2025-03-meeting-2"}},
		{"place:port-city", []string{"ev-2025-03-21-visit-3", "ev-2025-03-meeting-2"}},
	} {
		r, _ := runSelftest(t, page, "#selftest&actor="+c.actor)
		got := slices.Sorted(slices.Values(r.Visible))
		if !slices.Equal(got, c.want) {
			t.Errorf("actor %s: visible %q, want %q", c.actor, got, c.want)
		}
		// the graph dims every node but the actor and its events
		for _, e := range tl.Events {
			if slices.Contains(c.want, e.ID) == slices.Contains(r.Dimmed, e.ID) {
				t.Errorf("actor %s: event %s dimmed=%v in the graph", c.actor, e.ID, slices.Contains(r.Dimmed, e.ID))
			}
		}
		if slices.ContainsFunc(r.Dimmed, func(id string) bool { return strings.HasPrefix(id, "legend ") }) {
			t.Errorf("actor %s: the legend is dimmed", c.actor)
		}
		if slices.Contains(r.Dimmed, c.actor) {
			t.Errorf("actor %s is dimmed in its own graph", c.actor)
		}
	}
	r, _ := runSelftest(t, page, "#selftest&type=visit&from=2025-01-01")
	if !slices.Equal(r.Visible, []string{"ev-2025-03-21-visit-3"}) {
		t.Errorf("type and date filter: visible %q", r.Visible)
	}

	shot := filepath.Join(t.TempDir(), "viewer.png")
	chromium(t, page, "", "--screenshot="+shot, "--window-size=1400,1000", "--hide-scrollbars")
	png, err := os.ReadFile(shot)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("no screenshot: %v", err)
	}
	if out := os.Getenv("VIEWER_SCREENSHOT"); out != "" {
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// assertNoRequests fails on any request the page made.
func assertNoRequests(t *testing.T, netlog string) {
	t.Helper()
	for _, u := range exporttest.PageRequests(t, netlog) {
		t.Errorf("page requested %s", u)
	}
}

// TestRequestDetector makes sure the net-log check sees a page's request:
// a page loading an image from the network must be caught.
func TestRequestDetector(t *testing.T) {
	html := `<!DOCTYPE html><html><body><img src="http://example.invalid/x.png"></body></html>`
	page := exporttest.TempFile(t, "bad.html", []byte(html))
	netlog := filepath.Join(filepath.Dir(page), "netlog.json")
	chromium(t, page, "", "--dump-dom", "--log-net-log="+netlog)
	if got := exporttest.PageRequests(t, netlog); !slices.Contains(got, "http://example.invalid/x.png") {
		t.Fatalf("detector missed the image request; saw %q", got)
	}
}
