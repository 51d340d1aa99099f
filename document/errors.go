package document

import (
	"fmt"
	"sort"
)

// Error is a problem with one input, at a line when known. Warnings (for
// example a renamed duplicate id) do not stop the document from being read.
type Error struct {
	Path    string // file name, "-" for standard input
	Line    int    // 1-based line, 0 when unknown
	Msg     string
	Warning bool
}

// Error formats e as "path:line: msg", with "warning: " before a warning's
// message.
func (e *Error) Error() string {
	msg := e.Msg
	if e.Warning {
		msg = "warning: " + msg
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, msg)
	}
	return e.Path + ": " + msg
}

// ErrorList is a list of errors, like go/scanner.ErrorList.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(path string, line int, msg string) {
	*l = append(*l, &Error{Path: path, Line: line, Msg: msg})
}

// Warn appends a warning.
func (l *ErrorList) Warn(path string, line int, msg string) {
	*l = append(*l, &Error{Path: path, Line: line, Msg: msg, Warning: true})
}

// Sort sorts the list by path, then line; the order of equal positions is
// kept.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Path != l[j].Path {
			return l[i].Path < l[j].Path
		}
		return l[i].Line < l[j].Line
	})
}

// Error reports the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
