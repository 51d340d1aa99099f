// Package diag holds positioned diagnostics: errors and warnings at a file
// and line of the input, collected in a list rather than stopping at the
// first, in the manner of go/scanner's ErrorList. Every reader of untrusted
// input (articles, TimeML, gazetteer files) reports through it.
package diag

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Error is a problem at a position of an input. A warning does not stop
// the input from being read.
type Error struct {
	File    string // file name, "-" for standard input; "" when unknown
	Line    int    // 1-based line, 0 when unknown
	Msg     string
	Warning bool
}

// Error formats e as "file:line: msg" (leaving out what is unknown), with
// "warning: " before a warning's message.
func (e *Error) Error() string {
	msg := e.Msg
	if e.Warning {
		msg = "warning: " + msg
	}
	file := e.File
	if strings.ContainsFunc(file, func(r rune) bool { return !unicode.IsPrint(r) }) {
		file = strconv.Quote(file) // a name with control characters, shown escaped
	}
	switch {
	case file != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", file, e.Line, msg)
	case file != "":
		return file + ": " + msg
	case e.Line > 0:
		return fmt.Sprintf("line %d: %s", e.Line, msg)
	}
	return msg
}

// List is a list of errors.
type List []*Error

// Add appends an error.
func (l *List) Add(file string, line int, msg string) {
	*l = append(*l, &Error{File: file, Line: line, Msg: msg})
}

// Warn appends a warning.
func (l *List) Warn(file string, line int, msg string) {
	*l = append(*l, &Error{File: file, Line: line, Msg: msg, Warning: true})
}

// Sort sorts the list by file, then line; the order of equal positions is
// kept.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
}

// Error reports the first error and how many more there are.
func (l List) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
