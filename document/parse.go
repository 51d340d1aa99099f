package document

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/timeml"
)

// Format is an input format.
type Format string

// Input formats.
const (
	Text      Format = "text"   // plain text, optional header or front matter
	JSONLines Format = "jsonl"  // one JSON article per line
	TimeMLDoc Format = "timeml" // TempEval-3 TimeML
)

// FormatOf returns the format of a file from its extension: .jsonl and
// .ndjson are JSON Lines, .tml and .timeml are TimeML, anything else text.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return JSONLines
	case ".tml", ".timeml":
		return TimeMLDoc
	}
	return Text
}

// sniff guesses the format of data without a telling extension.
func sniff(data []byte) Format {
	s := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(s, []byte("<?xml")) || bytes.HasPrefix(s, []byte("<TimeML")):
		return TimeMLDoc
	case bytes.HasPrefix(s, []byte("{")):
		return JSONLines
	}
	return Text
}

// ID returns the id of a file's document: its base name without extension
// ("stdin" for "-").
func ID(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	base := filepath.Base(name)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// Parse reads the articles of one file by its extension (see FormatOf; "-"
// and files without an extension are sniffed: TimeML, JSON Lines or text).
// It returns the documents it could read and, when not nil, an ErrorList
// naming name and lines. One bad JSON Lines record does not stop the
// others.
func Parse(name string, data []byte) ([]Document, error) {
	f := FormatOf(name)
	if name == "-" || filepath.Ext(name) == "" {
		f = sniff(data)
	}
	return ParseFormat(name, f, data)
}

// ParseFormat is Parse with the format given.
func ParseFormat(name string, f Format, data []byte) ([]Document, error) {
	var errs ErrorList
	if !utf8.Valid(data) {
		errs.Add(name, badUTF8Line(data), "invalid UTF-8 (is it a text file?)")
		return nil, errs
	}
	switch f {
	case JSONLines:
		docs, errs := parseJSONL(name, ID(name), data)
		return docs, errs.Err()
	case TimeMLDoc:
		return parseTimeML(name, data)
	}
	h, lerrs := parseTextHeader(data)
	for _, e := range lerrs {
		errs.Add(name, e.line, e.msg)
	}
	d := Document{
		ID: ID(name), Path: name,
		Title: h.Title, URL: h.URL, Source: h.Source,
		Text: string(data[h.Body:]),
		DCT:  h.DCT, DCTOrigin: h.Origin,
	}
	if strings.TrimSpace(d.Text) == "" {
		errs.Add(name, 0, "no text")
		return nil, errs
	}
	return []Document{d}, errs.Err()
}

func badUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[n:]
	}
	return line
}

func parseTimeML(name string, data []byte) ([]Document, error) {
	td, err := timeml.Parse(name, data)
	if err != nil {
		var errs ErrorList
		if l, ok := err.(timeml.ErrorList); ok {
			for _, e := range l {
				errs.Add(name, e.Line, e.Msg)
			}
		} else {
			errs.Add(name, 0, err.Error())
		}
		return nil, errs
	}
	d := Document{ID: ID(name), Path: name, Title: td.Title, Text: td.Text, DCTOrigin: None}
	var errs ErrorList
	if td.DCT.Value != "" {
		t, err := td.DCTTime()
		if err == nil {
			err = checkYear(td.DCT.Value, t)
		}
		if err != nil {
			errs.Add(name, td.DCT.Line, err.Error())
		} else {
			d.DCT, d.DCTOrigin = t, TimeML
		}
	}
	return []Document{d}, errs.Err()
}
