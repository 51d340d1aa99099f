package eval

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/timeline"
)

// DCTTruth is the true publication date of an article whose date the
// build must infer: one line "ID<TAB>YYYY-MM-DD" of a truth file (blank
// lines and lines starting with # aside).
type DCTTruth struct {
	ID   string
	Date time.Time
	// File and Line say where the record was read, for messages.
	File string
	Line int
}

// ReadDCTTruth reads a truth file; every bad line is reported with its
// file and line (a diag.List), and the good ones are returned.
func ReadDCTTruth(r io.Reader, name string) ([]DCTTruth, error) {
	var (
		out  []DCTTruth
		errs diag.List
		seen = map[string]int{}
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxTruthLine)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		id, date, ok := strings.Cut(s, "\t")
		id, date = strings.TrimSpace(id), strings.TrimSpace(date)
		if !ok || id == "" || strings.ContainsAny(date, "\t ") {
			errs.Add(name, line, fmt.Sprintf("want ID<TAB>YYYY-MM-DD, got %q", s))
			continue
		}
		d, err := time.Parse(time.DateOnly, date)
		if err != nil {
			errs.Add(name, line, fmt.Sprintf("date %q is not YYYY-MM-DD", date))
			continue
		}
		if first, dup := seen[id]; dup {
			errs.Add(name, line, fmt.Sprintf("article %s is already given at line %d", id, first))
			continue
		}
		seen[id] = line
		out = append(out, DCTTruth{ID: id, Date: d, File: name, Line: line})
	}
	if err := sc.Err(); err != nil {
		errs.Add(name, line+1, err.Error())
	}
	return out, errs.Err()
}

// maxTruthLine bounds one line of a truth file.
const maxTruthLine = 64 << 10

// DCT outcome classes: how far an inferred date is from the truth.
const (
	DCTRight = "right" // the true day
	DCTNear  = "near"  // within DCTNearDays of it
	DCTWrong = "wrong" // further off
	DCTNone  = "none"  // no date inferred
)

// DCTNearDays is the most days a near inference is off; DCTFarDays the
// fewest days an inference counts as far off (the bar: none so
// far off).
const (
	DCTNearDays = 3
	DCTFarDays  = 7
)

// DCTResult is the outcome for one article.
type DCTResult struct {
	ID       string `json:"id"`
	Truth    string `json:"truth"`
	Inferred string `json:"inferred"` // "" when none
	Origin   string `json:"origin"`
	Reason   string `json:"reason,omitempty"`
	DaysOff  int    `json:"days_off"` // inferred minus truth, in days
	Class    string `json:"class"`
}

// DCTReport is the outcome over a truth file.
type DCTReport struct {
	Results []DCTResult `json:"results"`
	Right   int         `json:"right"`
	Near    int         `json:"near"`
	Wrong   int         `json:"wrong"`
	None    int         `json:"none"`
	// Far counts the inferences DCTFarDays or more days off.
	Far int `json:"far"`
}

// ScoreDCT compares the DCTs of the built documents with the truth. A
// truth article missing from docs is an error naming its line.
func ScoreDCT(truth []DCTTruth, docs []timeline.Document) (*DCTReport, error) {
	byID := map[string]*timeline.Document{}
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	var errs diag.List
	r := &DCTReport{}
	for _, t := range truth {
		d := byID[t.ID]
		if d == nil {
			errs.Add(t.File, t.Line, fmt.Sprintf("article %s was not read", t.ID))
			continue
		}
		res := DCTResult{ID: t.ID, Truth: t.Date.Format(time.DateOnly), Origin: d.DCTOrigin, Reason: d.DCTReason, Class: DCTNone}
		if got, err := time.Parse(time.DateOnly, d.DCT); err == nil && d.DCT != "" {
			res.Inferred = d.DCT
			res.DaysOff = int(got.Sub(t.Date).Hours() / 24)
			off := max(res.DaysOff, -res.DaysOff)
			switch {
			case off == 0:
				res.Class = DCTRight
			case off <= DCTNearDays:
				res.Class = DCTNear
			default:
				res.Class = DCTWrong
			}
			if off >= DCTFarDays {
				r.Far++
			}
		}
		switch res.Class {
		case DCTRight:
			r.Right++
		case DCTNear:
			r.Near++
		case DCTWrong:
			r.Wrong++
		default:
			r.None++
		}
		r.Results = append(r.Results, res)
	}
	slices.SortFunc(r.Results, func(a, b DCTResult) int { return cmp.Compare(a.ID, b.ID) })
	return r, errs.Err()
}
