package document

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// record is one JSON Lines article.
type record struct {
	ID     json.RawMessage `json:"id"`
	Date   string          `json:"date"`
	Title  string          `json:"title"`
	URL    string          `json:"url"`
	Source string          `json:"source"`
	Text   *string         `json:"text"`
}

// parseJSONL reads one article per line of data (see readJSONL). Blank
// lines are skipped; a bad line is reported with its number and the others
// are still read. base is the default id prefix: a record without an id
// gets "base-LINE".
func parseJSONL(path, base string, data []byte) ([]Document, ErrorList) {
	return readJSONL(path, base, bufio.NewReader(bytes.NewReader(data)), int64(len(data)), false, nil)
}

// parseRecord decodes one line. It returns a document even with a
// message when only the date is bad.
func parseRecord(l []byte) (*Document, string) {
	var r record
	dec := json.NewDecoder(bytes.NewReader(l))
	if err := dec.Decode(&r); err != nil {
		return nil, "bad JSON: " + strings.TrimPrefix(err.Error(), "json: ")
	}
	if dec.More() {
		return nil, "bad JSON: more than one value on the line"
	}
	if r.Text == nil {
		return nil, `record has no "text"`
	}
	if strings.TrimSpace(*r.Text) == "" {
		return nil, `record has an empty "text"`
	}
	d := &Document{Title: r.Title, URL: r.URL, Source: r.Source, Text: *r.Text, DCTOrigin: None}
	if len(r.ID) > 0 && string(r.ID) != "null" {
		var s string
		if err := json.Unmarshal(r.ID, &s); err == nil {
			d.ID = strings.TrimSpace(s)
		} else if _, err := strconv.ParseFloat(string(r.ID), 64); err == nil {
			d.ID = string(r.ID)
		} else {
			return nil, fmt.Sprintf(`"id" is %s, want a string or a number`, r.ID)
		}
	}
	if r.Date != "" {
		t, err := ParseDate(r.Date)
		if err != nil {
			return d, `"date": ` + err.Error() + "; document read without a date"
		}
		d.DCT, d.DCTOrigin = t, JSONL
	}
	return d, ""
}
