package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/document"
)

// corpusRecord is one JSON Lines article of a corpus bench writes.
type corpusRecord struct {
	ID   string `json:"id"`
	Date string `json:"date,omitempty"`
	Text string `json:"text"`
}

// writeCorpus writes docs copies times to name as JSON Lines, the k-th
// copy of each with its id prefixed "k-" (from 0), in document order
// within each copy: the way to make a corpus of any size from a small one
// (TE3-Silver ×51 is 200 MB) for measuring build.
func writeCorpus(name string, docs []document.Document, copies int) error {
	return atomicfile.Write(name, func(f io.Writer) error {
		w := bufio.NewWriter(f)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for k := range copies {
			for _, d := range docs {
				r := corpusRecord{ID: fmt.Sprintf("%d-%s", k, d.ID), Text: d.Text}
				if !d.DCT.IsZero() {
					r.Date = d.DCT.Format(time.DateOnly)
				}
				if err := enc.Encode(r); err != nil {
					return err
				}
			}
		}
		return w.Flush()
	})
}
