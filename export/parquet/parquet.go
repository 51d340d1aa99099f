// Package parquet writes the timeline as Apache Parquet tables for
// dataframe and warehouse tools (DuckDB, pandas/pyarrow, Polars, Spark):
// events.parquet, participants.parquet, actors.parquet, sources.parquet
// and documents.parquet. Columns carry their logical types: dates are
// DATE (an interval is its date_start and date_end), counts and offsets
// INT32/INT64, confidence DOUBLE, lists LIST, absent values null.
//
// The files are written with github.com/parquet-go/parquet-go from the
// row types below, rows in the timeline's order, Snappy-compressed; the
// same timeline gives the same bytes.
package parquet

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	pq "github.com/parquet-go/parquet-go"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/timeline"
)

// File names in the output folder, in the order they are written.
const (
	EventsFile       = "events.parquet"
	ParticipantsFile = "participants.parquet"
	ActorsFile       = "actors.parquet"
	SourcesFile      = "sources.parquet"
	DocumentsFile    = "documents.parquet"
)

// Files returns the files Write writes, in order.
func Files() []string {
	return []string{EventsFile, ParticipantsFile, ActorsFile, SourcesFile, DocumentsFile}
}

// EventRow is one row of events.parquet.
type EventRow struct {
	ID          string     `parquet:"id"`
	Seq         int32      `parquet:"seq"` // the timeline's order
	Type        string     `parquet:"type"`
	CAMEO       *string    `parquet:"cameo,optional"`
	CAMEOCodes  []string   `parquet:"cameo_codes,list"`
	Title       string     `parquet:"title"`
	DateValue   string     `parquet:"date_value"`               // TIMEX3 value: 2024-06, 2024-FA, 2025-03-21
	DateStart   *int32     `parquet:"date_start,optional,date"` // days since 1970-01-01
	DateEnd     *int32     `parquet:"date_end,optional,date"`
	Granularity string     `parquet:"granularity"`
	Basis       string     `parquet:"basis"`
	Mod         *string    `parquet:"mod,optional"`
	Location    *string    `parquet:"location,optional"` // actor id
	Factuality  string     `parquet:"factuality"`
	Confidence  float64    `parquet:"confidence"`
	Quantities  []Quantity `parquet:"quantities,list"`
	Conflicts   []string   `parquet:"conflicts,list"`
}

// Quantity is an element of events.parquet's quantities list.
type Quantity struct {
	Min         float64 `parquet:"min"`
	Max         float64 `parquet:"max"`
	Unit        string  `parquet:"unit"`
	Approximate bool    `parquet:"approximate"`
	Text        string  `parquet:"text"`
}

// ParticipantRow is one row of participants.parquet.
type ParticipantRow struct {
	Event string `parquet:"event"`
	Actor string `parquet:"actor"`
	Role  string `parquet:"role"`
}

// ActorRow is one row of actors.parquet.
type ActorRow struct {
	ID          string   `parquet:"id"`
	Name        string   `parquet:"name"`
	Kind        string   `parquet:"kind"`
	Aliases     []string `parquet:"aliases,list"`
	Roles       []string `parquet:"roles,list"`
	Affiliation *string  `parquet:"affiliation,optional"` // actor id
}

// SourceRow is one row of sources.parquet: a quote behind an event.
type SourceRow struct {
	Event    string  `parquet:"event"`
	Seq      int32   `parquet:"seq"`
	Document string  `parquet:"document"`
	Sentence int32   `parquet:"sentence"`
	Start    int64   `parquet:"start"` // byte offsets of the quote in the document text
	End      int64   `parquet:"end"`
	Quote    string  `parquet:"quote"`
	Trigger  string  `parquet:"trigger"`
	Reporter *string `parquet:"reporter,optional"` // actor id
}

// DocumentRow is one row of documents.parquet.
type DocumentRow struct {
	ID        string  `parquet:"id"`
	Path      string  `parquet:"path"`
	Title     *string `parquet:"title,optional"`
	URL       *string `parquet:"url,optional"`
	Source    *string `parquet:"source,optional"`
	DCT       *int32  `parquet:"dct,optional,date"`
	DCTOrigin string  `parquet:"dct_origin"`
	DCTReason *string `parquet:"dct_reason,optional"`
}

// Write writes the Parquet files of tl into dir, each to a temporary file
// renamed into place.
func Write(dir string, tl *timeline.Timeline) error {
	ev, parts, srcs := Events(tl)
	for _, f := range []struct {
		name  string
		write func(w io.Writer) error
	}{
		{EventsFile, rows(ev)},
		{ParticipantsFile, rows(parts)},
		{ActorsFile, rows(Actors(tl))},
		{SourcesFile, rows(srcs)},
		{DocumentsFile, rows(Documents(tl))},
	} {
		if err := atomicfile.Write(filepath.Join(dir, f.name), f.write); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	return nil
}

// rowGroupRows bounds the rows buffered per row group, so memory stays
// bounded whatever the timeline's size.
const rowGroupRows = 64 << 10

// rows returns a writer of rs as one Parquet file.
func rows[T any](rs []T) func(w io.Writer) error {
	return func(w io.Writer) error {
		pw := pq.NewGenericWriter[T](w, pq.Compression(&pq.Snappy), pq.MaxRowsPerRowGroup(rowGroupRows))
		if _, err := pw.Write(rs); err != nil {
			return err
		}
		return pw.Close()
	}
}

// Events returns the rows of events.parquet, participants.parquet and
// sources.parquet.
func Events(tl *timeline.Timeline) ([]EventRow, []ParticipantRow, []SourceRow) {
	var ev []EventRow
	var parts []ParticipantRow
	var srcs []SourceRow
	for i, e := range tl.Events {
		r := EventRow{
			ID: e.ID, Seq: int32(i), Type: e.Type, CAMEO: opt(e.CAMEO), CAMEOCodes: list(e.CAMEOCodes), Title: e.Title,
			DateValue: e.Date.Value, DateStart: day(e.Date.Start), DateEnd: day(e.Date.End),
			Granularity: e.Date.Granularity, Basis: e.Date.Basis, Mod: opt(e.Date.Mod), Location: opt(e.Location),
			Factuality: e.Factuality, Confidence: e.Confidence, Quantities: []Quantity{}, Conflicts: list(e.Conflicts),
		}
		for _, q := range e.Quantities {
			r.Quantities = append(r.Quantities, Quantity{Min: q.Min, Max: q.Max, Unit: q.Unit, Approximate: q.Approx, Text: q.Text})
		}
		ev = append(ev, r)
		for _, p := range e.Participants {
			parts = append(parts, ParticipantRow{Event: e.ID, Actor: p.Actor, Role: p.Role})
		}
		for j, s := range e.Sources {
			srcs = append(srcs, SourceRow{Event: e.ID, Seq: int32(j), Document: s.Doc, Sentence: int32(s.Sentence),
				Start: int64(s.Start), End: int64(s.End), Quote: s.Quote, Trigger: s.Trigger, Reporter: opt(s.Reporter)})
		}
	}
	return ev, parts, srcs
}

// Actors returns the rows of actors.parquet.
func Actors(tl *timeline.Timeline) []ActorRow {
	var out []ActorRow
	for _, a := range tl.Actors {
		out = append(out, ActorRow{ID: a.ID, Name: a.Name, Kind: a.Kind, Aliases: list(a.Aliases), Roles: list(a.Roles), Affiliation: opt(a.Affiliation)})
	}
	return out
}

// Documents returns the rows of documents.parquet.
func Documents(tl *timeline.Timeline) []DocumentRow {
	var out []DocumentRow
	for _, d := range tl.Documents {
		out = append(out, DocumentRow{ID: d.ID, Path: d.Path, Title: opt(d.Title), URL: opt(d.URL), Source: opt(d.Source),
			DCT: day(d.DCT), DCTOrigin: d.DCTOrigin, DCTReason: opt(d.DCTReason)})
	}
	return out
}

// opt returns nil (null) for "", else a pointer to s.
func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// day returns a YYYY-MM-DD date as Parquet's DATE, the days since
// 1970-01-01; nil (null) when s is not one. (DATE columns are filled from
// int32 days: parquet-go v0.32's *time.Time path writes wrong values for
// optional dates, which the DuckDB test caught.)
func day(s string) *int32 {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil
	}
	d := int32(t.Unix() / secondsPerDay)
	return &d
}

const secondsPerDay = 24 * 60 * 60

// list returns s, or an empty list rather than nil, so that an empty
// list reads as [] rather than null.
func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
