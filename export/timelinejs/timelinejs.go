package timelinejs

import (
	"fmt"
	"html"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// FileName is the file name the build writes.
const FileName = "timelinejs.json"

// BoundGroup is the TimelineJS group (a row of its own) of the
// publication-bound events.
const BoundGroup = "before publication (no date of its own)"

// Build makes the TimelineJS document of tl. Events without a usable
// start date cannot be placed on a TimelineJS axis; they are left out and
// counted on the title slide. A publication-bound event (no date of its
// own: on or before its article's date) sits on that date, displayed "On
// or before DATE", in a group of its own (BoundGroup), apart from the
// events dated by the text.
func Build(tl *timeline.Timeline) Document {
	doc := Document{Events: []Slide{}}
	if tl == nil {
		tl = &timeline.Timeline{}
	}
	actors := map[string]string{}
	for _, a := range tl.Actors {
		actors[a.ID] = a.Name
	}
	docs := map[string]timeline.Document{}
	for _, d := range tl.Documents {
		docs[d.ID] = d
	}
	undated := 0
	for i := range tl.Events {
		e := &tl.Events[i]
		start, end, display, ok := dates(e.Date)
		if !ok {
			undated++
			continue
		}
		group := e.Type
		if e.Date.Bound() {
			group = BoundGroup
		}
		doc.Events = append(doc.Events, Slide{
			StartDate:   start,
			EndDate:     end,
			DisplayDate: display,
			Group:       group,
			Text:        Text{Headline: html.EscapeString(e.Title), Text: body(e, actors, docs)},
			UniqueID:    e.ID,
		})
	}
	summary := fmt.Sprintf("%d events from %d articles.", len(doc.Events), len(tl.Documents))
	if undated > 0 {
		summary += fmt.Sprintf(" %d undated events are not shown.", undated)
	}
	doc.Title = &Slide{Text: Text{Headline: "Timeline", Text: "<p>" + summary + "</p>"}}
	return doc
}

// body writes an event's slide text: participants, date, factuality,
// quantities, conflicts, then every source quote with its article. All
// text from the articles is HTML-escaped.
func body(e *timeline.Event, actors map[string]string, docs map[string]timeline.Document) string {
	var b strings.Builder
	esc := html.EscapeString
	name := func(id string) string {
		if n, ok := actors[id]; ok {
			return n
		}
		return id
	}
	if len(e.Participants) > 0 {
		var parts []string
		for _, p := range e.Participants {
			parts = append(parts, esc(name(p.Actor))+" ("+esc(p.Role)+")")
		}
		b.WriteString("<p>" + strings.Join(parts, ", "))
		if e.Location != "" {
			b.WriteString(" in " + esc(name(e.Location)))
		}
		b.WriteString("</p>")
	}
	date := e.Date.Value
	if e.Date.Bound() {
		date = "on or before " + e.Date.End
	}
	b.WriteString("<p>Date " + esc(date) + " (" + esc(e.Date.Basis) + "); " + esc(e.Factuality) +
		"; confidence " + strconv.FormatFloat(e.Confidence, 'f', -1, 64) + "</p>")
	for _, q := range e.Quantities {
		b.WriteString("<p>" + esc(q.Text) + "</p>")
	}
	if len(e.Conflicts) > 0 {
		b.WriteString("<p>Sources disagree:</p><ul>")
		for _, c := range e.Conflicts {
			b.WriteString("<li>" + esc(c) + "</li>")
		}
		b.WriteString("</ul>")
	}
	for _, s := range e.Sources {
		quote := strings.ReplaceAll(esc(s.Quote), "\n", "<br>")
		b.WriteString("<blockquote>" + quote + "</blockquote><p>— ")
		if s.Reporter != "" {
			b.WriteString(esc(name(s.Reporter)) + ", ")
		}
		d := docs[s.Doc]
		title := d.Title
		if title == "" && d.Path != "" {
			title = filepath.Base(d.Path)
		}
		if title == "" {
			title = s.Doc
		}
		if webURL(d.URL) {
			b.WriteString(`<a href="` + esc(d.URL) + `">` + esc(title) + "</a>")
		} else {
			b.WriteString(esc(title))
		}
		if d.DCT != "" {
			b.WriteString(", " + esc(d.DCT))
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// webURL reports whether u is a web address a link may point to (http or
// https): an article's URL comes from its input, and a "javascript:" or
// "data:" one in a link would run or show whatever it holds.
func webURL(u string) bool {
	scheme, _, ok := strings.Cut(u, ":")
	return ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https"))
}

// Encode writes the TimelineJS 3 JSON of tl to w. The graph is not used;
// it is accepted so every exporter has the same signature.
func Encode(w io.Writer, tl *timeline.Timeline, _ *graph.Graph) error {
	return timeline.EncodeJSON(w, Build(tl))
}

// Write writes [FileName] into dir atomically (the build's writer
// signature).
func Write(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	return atomicfile.Write(filepath.Join(dir, FileName), func(w io.Writer) error { return Encode(w, tl, g) })
}
