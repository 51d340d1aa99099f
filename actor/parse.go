package actor

import (
	"fmt"
	"github.com/chronograph-news/chronograph/diag"
	"io"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// Error is a problem in a gazetteer file, at a line of it.
type Error = diag.Error

// ErrorList is every problem found in a gazetteer file, in line order.
type ErrorList = diag.List

// ParseEntries reads a gazetteer file (a YAML list of [Entry]) named name,
// which is used in error messages. It checks every entry and returns the
// valid ones together with an [ErrorList] of the bad ones.
func ParseEntries(name string, r io.Reader) ([]Entry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &Error{File: name, Line: yamlLine(err), Msg: err.Error()}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil // empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.SequenceNode {
		return nil, ErrorList{{File: name, Line: root.Line, Msg: "want a list of actor entries"}}
	}
	var (
		out  []Entry
		errs ErrorList
	)
	seen := map[string]int{}
	for _, n := range root.Content {
		var e Entry
		if n.Kind != yaml.MappingNode {
			errs = append(errs, &Error{File: name, Line: n.Line, Msg: "entry is not a mapping"})
			continue
		}
		if err := n.Decode(&e); err != nil {
			errs = append(errs, &Error{File: name, Line: n.Line, Msg: strings.TrimPrefix(err.Error(), "yaml: ")})
			continue
		}
		if msg := e.check(); msg != "" {
			errs = append(errs, &Error{File: name, Line: n.Line, Msg: msg})
			continue
		}
		if l, dup := seen[e.ID]; dup {
			errs = append(errs, &Error{File: name, Line: n.Line, Msg: fmt.Sprintf("duplicate id %q (first at line %d)", e.ID, l)})
			continue
		}
		seen[e.ID] = n.Line
		e.Line = n.Line
		out = append(out, e)
	}
	if len(errs) > 0 {
		sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
		return out, errs
	}
	return out, nil
}

// check returns what is wrong with e, or "".
func (e *Entry) check() string {
	if e.Kind == "org" {
		e.Kind = Organization
	}
	switch {
	case e.ID == "":
		return "entry has no id"
	case !validID(e.ID):
		return fmt.Sprintf("id %q: want kind:slug (lower-case letters before the colon, no spaces)", e.ID)
	}
	switch e.Kind {
	case Person, Country, Organization, Place:
	case "": // allowed when merging into a known entry; LoadGazetteer checks
	default:
		return fmt.Sprintf("entry %q: unknown kind %q (want person, country, organization or place)", e.ID, e.Kind)
	}
	for _, a := range e.Aliases {
		if strings.TrimSpace(a) == "" {
			return fmt.Sprintf("entry %q has an empty alias", e.ID)
		}
	}
	return ""
}

// yamlLine digs the line number out of a yaml.v3 syntax error ("yaml: line
// 3: ..."), or returns 0.
func yamlLine(err error) int {
	var line int
	s := err.Error()
	if i := strings.Index(s, "line "); i >= 0 {
		fmt.Sscanf(s[i+5:], "%d", &line)
	}
	return line
}

// validID reports whether id has the shape the timeline's schema gives
// actor ids: lower-case letters, a colon, then at least one character and
// no white space or control character ("person:jane-doe", "country:USA").
func validID(id string) bool {
	kind, slug, ok := strings.Cut(id, ":")
	if !ok || kind == "" || slug == "" {
		return false
	}
	for _, r := range kind {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return !strings.ContainsFunc(slug, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) })
}
