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

// DCT outcome classes: how far an inferred date is from the truth. An
// inferred interval (a month, a range: timeline.Document.DCTRange) is
// judged by its day furthest from the truth, as if any of its days could
// be the DCT: near when every one of its days is within DCTNearDays of the
// truth; else it holds the truth (DCTHolds: honest, but too wide to date
// relative expressions) or misses it (wrong).
const (
	DCTRight = "right" // the true day
	DCTNear  = "near"  // within DCTNearDays of it
	DCTHolds = "holds" // an interval wider than near that holds the truth
	DCTWrong = "wrong" // further off, or an interval without the truth
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
	Inferred string `json:"inferred"` // a day, a DCTRange, or "" when none
	Origin   string `json:"origin"`
	Reason   string `json:"reason,omitempty"`
	// DaysOff is the inferred day minus the truth, in days; for an
	// interval, that of its end furthest from the truth.
	DaysOff int    `json:"days_off"`
	Class   string `json:"class"`
}

// DCTReport is the outcome over a truth file.
type DCTReport struct {
	Results []DCTResult `json:"results"`
	Right   int         `json:"right"`
	Near    int         `json:"near"`
	Holds   int         `json:"holds"`
	Wrong   int         `json:"wrong"`
	None    int         `json:"none"`
	// Far counts the inferred days DCTFarDays or more days off, and the
	// intervals that miss the truth by as many days (nearest end).
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
		from, to, ok := inferredSpan(d)
		if ok {
			res.Inferred = cmp.Or(d.DCT, d.DCTRange)
			lo, hi := daysBetween(t.Date, from), daysBetween(t.Date, to)
			res.DaysOff = lo
			if -lo < hi {
				res.DaysOff = hi
			}
			worst := max(res.DaysOff, -res.DaysOff)
			nearest := max(lo, -hi, 0) // 0 when the interval holds the truth
			switch {
			case worst == 0:
				res.Class = DCTRight
			case worst <= DCTNearDays:
				res.Class = DCTNear
			case nearest == 0:
				res.Class = DCTHolds
			default:
				res.Class = DCTWrong
			}
			if nearest >= DCTFarDays {
				r.Far++
			}
		}
		switch res.Class {
		case DCTRight:
			r.Right++
		case DCTNear:
			r.Near++
		case DCTHolds:
			r.Holds++
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

// inferredSpan returns the days a document's DCT may be: its DCT, else
// the interval of its DCTRange ("YYYY-MM" or "YYYY-MM-DD/YYYY-MM-DD").
func inferredSpan(d *timeline.Document) (from, to time.Time, ok bool) {
	if t, err := time.Parse(time.DateOnly, d.DCT); err == nil {
		return t, t, true
	}
	if m, err := time.Parse("2006-01", d.DCTRange); err == nil {
		return m, m.AddDate(0, 1, -1), true
	}
	a, b, found := strings.Cut(d.DCTRange, "/")
	if !found {
		return time.Time{}, time.Time{}, false
	}
	from, err1 := time.Parse(time.DateOnly, a)
	to, err2 := time.Parse(time.DateOnly, b)
	return from, to, err1 == nil && err2 == nil && !to.Before(from)
}

// daysBetween is t minus truth in whole days.
func daysBetween(truth, t time.Time) int {
	return int(t.Sub(truth).Hours() / 24)
}
