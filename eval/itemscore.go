package eval

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/pipeline"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timex"
)

// ItemDocuments returns one document per item, made as chronograph build
// makes a JSON Lines record {"id", "date", "text"}: the id is the item's,
// the date its Date and the text, for a digest item, its Text, for a lead
// item its Evidence as the article DIR/DOC.tml has it. A lead item whose
// article cannot be read or does not hold its evidence is reported at its
// line and left out (its document is the zero Document, with no ID).
func ItemDocuments(items []Item, dir string) ([]document.Document, error) {
	var errs diag.List
	articles := map[string]*Article{}
	out := make([]document.Document, len(items))
	for i := range items {
		it := &items[i]
		text := it.Text
		if it.Kind == KindLead {
			a, ok := articles[it.Doc]
			if !ok {
				docs, rerrs := document.ReadPaths([]string{filepath.Join(dir, it.Doc+".tml")}, nil)
				if len(rerrs) == 0 && len(docs) == 1 {
					a = NewArticle(docs[0].ID, docs[0].Text)
				}
				articles[it.Doc] = a
			}
			if a == nil {
				errs.Add(it.File, it.Line, fmt.Sprintf("%s: article %s not found in %s", it.ID, it.Doc, dir))
				continue
			}
			s, e, found := a.Locate(it.Evidence)
			if !found {
				errs.Add(it.File, it.Line, fmt.Sprintf("%s: evidence not found in the text of %s", it.ID, it.Doc))
				continue
			}
			text = a.Text[s:e]
		}
		rec, err := json.Marshal(struct {
			ID   string `json:"id"`
			Date string `json:"date"`
			Text string `json:"text"`
		}{it.ID, it.Date, text})
		if err != nil {
			errs.Add(it.File, it.Line, err.Error())
			continue
		}
		name := it.File // read as JSON Lines whatever the gold file is called
		if !strings.HasSuffix(name, ".jsonl") {
			name += ".jsonl"
		}
		docs, err := document.Parse(name, rec)
		if err != nil || len(docs) != 1 {
			errs.Add(it.File, it.Line, fmt.Sprintf("%s: not read as a document: %v", it.ID, err))
			continue
		}
		out[i] = docs[0]
	}
	return out, errs.Err()
}

// ItemResult is how one item fared.
type ItemResult struct {
	Item *Item
	// Found: an event of the item is dated on its day (see DayHolds) and
	// has its first actor among its participants.
	Found bool
	// TypeRight: a found event has the item's type (as Judge decides).
	TypeRight bool
	// AsAgent: a found event has the first actor as an agent or
	// counterpart.
	AsAgent bool
	// Preds are the item's predicted events, best first: found ones, then
	// those with the first actor, then those on the day.
	Preds []Prediction
	// Built is false when the item's document could not be made or built.
	Built bool
}

// ItemCounts are the counts of one kind and split of items.
type ItemCounts struct {
	Kind      string `json:"kind"`  // lead, digest or all
	Split     string `json:"split"` // dev, heldout or all
	Items     int    `json:"items"`
	Found     int    `json:"found"`
	TypeRight int    `json:"type_right"`
	AsAgent   int    `json:"as_agent"`
	Events    int    `json:"events"`
}

// ItemReport is the result of ScoreItems.
type ItemReport struct {
	Results []ItemResult
	// Counts are per kind (lead, digest, all) and, within each, per split
	// (dev, heldout, all).
	Counts []ItemCounts
}

// ScoreItems builds each item's document by itself, as chronograph build
// would build a file holding that one record (with opt), and judges its
// events against the item. docs are ItemDocuments' (an item whose document
// has no ID counts as not found). The errors are the builds'.
//
// With together, all the documents are built in one build instead, as
// chronograph build builds a file of many items (their events may then
// merge across items); each item is judged on the events with a source in
// its document.
func ScoreItems(items []Item, docs []document.Document, opt pipeline.Options, together bool) (*ItemReport, []error) {
	var errs []error
	r := &ItemReport{}
	var byDoc map[string][]Prediction
	if together {
		var all []document.Document
		for _, d := range docs {
			if d.ID != "" {
				all = append(all, d)
			}
		}
		tl, berrs := pipeline.Build(all, opt)
		errs = append(errs, berrs...)
		if tl != nil {
			byDoc = map[string][]Prediction{}
			for _, p := range Predictions(tl, nil) {
				byDoc[p.Doc] = append(byDoc[p.Doc], p)
			}
		}
	}
	for i := range items {
		res := ItemResult{Item: &items[i]}
		switch {
		case docs[i].ID == "":
		case together:
			if byDoc != nil {
				res.Built = true
				judgeItem(&res, byDoc[docs[i].ID])
			}
		default:
			tl, berrs := pipeline.Build([]document.Document{docs[i]}, opt)
			errs = append(errs, berrs...)
			if tl != nil {
				res.Built = true
				judgeItem(&res, Predictions(tl, nil))
			}
		}
		r.Results = append(r.Results, res)
	}
	r.Counts = countItems(r.Results)
	return r, errs
}

// judgeItem sets the verdicts of res from the item's predictions.
func judgeItem(res *ItemResult, preds []Prediction) {
	it := res.Item
	g := it.gold()
	main := it.MainName()
	rank := func(p *Prediction) int {
		day, actor := DayHolds(p.Date, it.day), hasActor(p, main)
		switch {
		case day && actor:
			return 0
		case actor:
			return 1
		case day:
			return 2
		}
		return 3
	}
	for i := range preds {
		p := &preds[i]
		if rank(p) != 0 {
			continue
		}
		res.Found = true
		j := Judge(&g, p)
		res.TypeRight = res.TypeRight || j.TypeRight
		res.AsAgent = res.AsAgent || j.MainPresent
	}
	slices.SortStableFunc(preds, func(a, b Prediction) int { return rank(&a) - rank(&b) })
	res.Preds = preds
}

// gold returns the item as a gold event dated on its day, for Judge.
func (it *Item) gold() Gold {
	g := Gold{Doc: it.ID, ID: it.ID, Split: it.Split, Type: it.Type, CAMEO: it.CAMEO,
		Participants: it.Participants, Date: GoldDate{Value: it.Day, Granularity: string(timex.Day)}}
	g.Date.start, g.Date.end = it.day, it.day
	return g
}

// hasActor reports whether a participant of p other than its location is
// named name (by SameName, as eval events matches names).
func hasActor(p *Prediction, name string) bool {
	for _, pp := range p.Participants {
		if pp.Role != "location" && anyName(pp.Labels, name) {
			return true
		}
	}
	return false
}

// dayGrained are the granularities of a predicted date that date an event
// to a day: the day itself, a part of it, or a range of whole days.
var dayGrained = map[string]bool{
	string(timex.Day): true, string(timex.PartOfDay): true, string(timex.Hour): true,
	string(timex.Minute): true, string(timex.Second): true, rangeGranularity: true,
}

// rangeGranularity is the granularity of a multi-day predicted date.
const rangeGranularity = "range"

// DayHolds reports whether the predicted date d dates an event on day: d
// is day-grained (a day, a time of day, or a range of days, not a week or
// a month) and its interval holds day. A publication-bound date holds no
// day.
func DayHolds(d timeline.Date, day time.Time) bool {
	if d.Bound() || !dayGrained[d.Granularity] {
		return false
	}
	s, e, ok := predInterval(d)
	return ok && !day.Before(s) && !day.After(e)
}

// countItems sums the results per kind and split.
func countItems(results []ItemResult) []ItemCounts {
	var out []ItemCounts
	for _, kind := range []string{KindLead, KindDigest, "all"} {
		for _, split := range []string{Dev, Heldout, "all"} {
			c := ItemCounts{Kind: kind, Split: split}
			for _, r := range results {
				if kind != "all" && r.Item.Kind != kind || split != "all" && r.Item.Split != split {
					continue
				}
				c.Items++
				c.Events += len(r.Preds)
				if r.Found {
					c.Found++
				}
				if r.TypeRight {
					c.TypeRight++
				}
				if r.AsAgent {
					c.AsAgent++
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// Describe renders a prediction in one line for the list of misses:
// type, date and participants.
func (p *Prediction) Describe() string {
	var parts []string
	for _, pp := range p.Participants {
		name := ""
		if len(pp.Labels) > 0 {
			name = pp.Labels[0]
		}
		parts = append(parts, name+" ("+pp.Role+")")
	}
	d := p.Date.Start + ".." + p.Date.End
	if p.Date.Start == p.Date.End {
		d = p.Date.Start
	}
	return fmt.Sprintf("%s %s [%s %s]  %s", p.Type, p.CAMEO, d, p.Date.Granularity, strings.Join(parts, "; "))
}
