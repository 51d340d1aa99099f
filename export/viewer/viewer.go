// Package viewer writes index.html: one self-contained offline page that
// shows a build's timeline (filterable by actor, event type and date
// range, each event opening the quotes of its sources), the actor–event
// graph as inline SVG with mouse pan and zoom, and links to every exported
// file. The page loads nothing: CSS, script and data are inline, and a
// Content-Security-Policy forbids every network request.
package viewer

import (
	_ "embed"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/export/dot"
	"github.com/chronograph-news/chronograph/timeline"
)

//go:embed page.html
var pageHTML string

//go:embed viewer.css
var viewerCSS string

//go:embed viewer.js
var viewerJS string

var page = template.Must(template.New("index.html").Parse(pageHTML))

// data is the JSON embedded in the page: the timeline, with the
// human-readable date of each event precomputed (index-aligned with
// Timeline.Events): its label, whether it spans more than a day
// (imprecise: drawn dashed) and whether it is publication-bound (bound:
// no date of its own, on or before its article's date; drawn dotted under
// a heading of its own).
type data struct {
	Timeline   *timeline.Timeline `json:"timeline"`
	DateLabels []string           `json:"date_labels"`
	Imprecise  []bool             `json:"imprecise"`
	Bound      []bool             `json:"bound"`
}

// link is one exported file the page links to.
type link struct {
	Name string
	Href string
}

// Write writes index.html for tl to w. graphSVG is the rendered graph
// (graph.svg), drawn inline when not empty; files are the other exported
// files, as paths relative to the page, listed as links in the given
// order.
func Write(w io.Writer, tl *timeline.Timeline, graphSVG []byte, files []string) error {
	d := data{Timeline: tl}
	for _, e := range tl.Events {
		d.DateLabels = append(d.DateLabels, dot.DateLabel(e.Date))
		d.Imprecise = append(d.Imprecise, e.Date.Granularity != "day" && e.Date.Granularity != "" && !e.Date.Bound())
		d.Bound = append(d.Bound, e.Date.Bound())
	}
	js, err := EmbedJSON(d)
	if err != nil {
		return fmt.Errorf("index.html: %w", err)
	}
	svg, err := inlineSVG(graphSVG)
	if err != nil {
		return fmt.Errorf("index.html: %w", err)
	}
	var links []link
	for _, f := range files {
		links = append(links, link{Name: f, Href: relHref(f)})
	}
	err = page.Execute(w, map[string]any{
		"Title":  title(tl),
		"CSS":    template.CSS(viewerCSS),
		"Script": template.JS(viewerJS),
		"Data":   template.JS(js),
		"SVG":    template.HTML(svg),
		"Links":  links,
		"Events": len(tl.Events),
		"Actors": len(tl.Actors),
		"Docs":   len(tl.Documents),
	})
	if err != nil {
		return fmt.Errorf("index.html: %w", err)
	}
	return nil
}

// EmbedJSON encodes v as JSON safe to place inside a <script> element:
// '<', '>' and '&' are written as \u escapes, and any "</" left is
// written "<\/", so no string in the data can close the element.
func EmbedJSON(v any) (string, error) {
	b, err := json.Marshal(v) // escapes <, > and & as \u003c...
	if err != nil {
		return "", err
	}
	return strings.ReplaceAll(string(b), "</", `<\/`), nil
}

var prolog = regexp.MustCompile(`(?s)^.*?(<svg[\s>])`)

// activeElements are the SVG elements that can run script or embed a
// document; an attribute named on... is an event handler.
var activeElements = map[string]bool{"script": true, "foreignobject": true, "iframe": true, "handler": true}

// inlineSVG strips the XML declaration and doctype Graphviz writes before
// the <svg> element, and refuses SVG carrying script.
func inlineSVG(svg []byte) (string, error) {
	s := strings.TrimSpace(string(svg))
	if s == "" {
		return "", nil
	}
	m := prolog.FindStringSubmatchIndex(s)
	if m == nil {
		return "", fmt.Errorf("graph SVG has no <svg> element")
	}
	s = s[m[2]:]
	if err := scriptFree(s); err != nil {
		return "", err
	}
	return s, nil
}

// scriptFree reads the SVG's markup and refuses script elements, embedded
// documents, event-handler attributes and javascript: links. Text is not
// markup: an actor named "onload=x" or "<script>" is shown, escaped, as
// the words it is.
func scriptFree(svg string) error {
	d := xml.NewDecoder(strings.NewReader(svg))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("graph SVG is not well-formed: %w", err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if activeElements[strings.ToLower(el.Name.Local)] {
			return fmt.Errorf("graph SVG contains a <%s> element", el.Name.Local)
		}
		for _, a := range el.Attr {
			name := strings.ToLower(a.Name.Local)
			if strings.HasPrefix(name, "on") {
				return fmt.Errorf("graph SVG contains the event handler %s", a.Name.Local)
			}
			if (name == "href" || name == "src") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Value)), "javascript:") {
				return fmt.Errorf("graph SVG links to a javascript: address")
			}
		}
	}
}

// relHref makes a relative link from a file path, escaping each segment.
func relHref(p string) string {
	segs := strings.Split(strings.ReplaceAll(p, `\`, "/"), "/")
	segs = slices.DeleteFunc(segs, func(s string) bool { return s == "" || s == "." })
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return "./" + strings.Join(segs, "/")
}

func title(tl *timeline.Timeline) string {
	if len(tl.Documents) == 1 && tl.Documents[0].Title != "" {
		return "chronograph — " + tl.Documents[0].Title
	}
	return "chronograph timeline"
}
