package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/chronograph-news/chronograph/eval"
	"github.com/chronograph-news/chronograph/pipeline"
)

// runEvalItems scores the events chronograph builds from one-sentence
// dated news items, each built as its own document, against the items'
// gold events.
func runEvalItems(e env, args []string) error {
	g := newGoldFlags(e, "items", "read the lead items' articles, `DIR`/DOC.tml, from this folder",
		"also list the items not found, with the events built from them",
		"Builds each gold item (a one-sentence dated news item) as its own document,\n"+
			"as chronograph build builds a JSON Lines record {\"id\",\"date\",\"text\"}, and\n"+
			"prints per kind (lead, digest) and split the recall (an event dated on the\n"+
			"item's day with its first actor), the type and agent rates of the items\n"+
			"found, and the events per item (see eval/gold/README.md).")
	together := g.fs.Bool("together", false, "build all the items in one build, as chronograph build builds a file of items, instead of each alone")
	pos, done, err := g.parse(args)
	if done {
		return err
	}
	articles, asJSON, misses := g.articles, g.asJSON, g.misses
	items, nerr := readGoldFiles(e, pos, eval.ReadItems)
	nerr += reportDiag(e.stderr, eval.CheckItems(items))
	if len(items) == 0 {
		return errors.New("eval items: no gold item could be read")
	}
	docs, err := eval.ItemDocuments(items, *articles)
	nerr += reportDiag(e.stderr, err)
	r, errs := eval.ScoreItems(items, docs, pipeline.Options{}, *together)
	report(e.stderr, errs)
	nerr += len(errs)
	if *asJSON {
		err = writeItemsJSON(e.stdout, pos, r, *misses)
	} else {
		err = writeItemsTable(e.stdout, pos, r, *misses)
	}
	if err != nil {
		return err
	}
	if nerr > 0 {
		return fmt.Errorf("eval items: %d error(s) (see above)", nerr)
	}
	return nil
}

// itemsJSON is the --json output.
type itemsJSON struct {
	GoldFiles []string          `json:"gold_files"`
	Counts    []itemCountsJSON  `json:"counts"`
	Missed    *[]itemMissedJSON `json:"missed,omitempty"`
}

type itemCountsJSON struct {
	eval.ItemCounts
	Recall        float64 `json:"recall"`
	TypeRight     float64 `json:"type_right_of_found"`
	AsAgent       float64 `json:"as_agent_of_found"`
	EventsPerItem float64 `json:"events_per_item"`
}

type itemMissedJSON struct {
	ID    string   `json:"id"`
	Kind  string   `json:"kind"`
	Split string   `json:"split"`
	Day   string   `json:"day"`
	Actor string   `json:"actor"`
	Text  string   `json:"text"`
	Got   []string `json:"got"`
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func writeItemsJSON(w io.Writer, files []string, r *eval.ItemReport, misses bool) error {
	out := itemsJSON{GoldFiles: files}
	for _, c := range r.Counts {
		out.Counts = append(out.Counts, itemCountsJSON{c, 100 * ratio(c.Found, c.Items),
			100 * ratio(c.TypeRight, c.Found), 100 * ratio(c.AsAgent, c.Found), ratio(c.Events, c.Items)})
	}
	if misses {
		ms := []itemMissedJSON{}
		for _, res := range r.Results {
			if res.Found {
				continue
			}
			m := itemMissedJSON{ID: res.Item.ID, Kind: res.Item.Kind, Split: res.Item.Split, Day: res.Item.Day,
				Actor: res.Item.MainName(), Text: itemText(res.Item), Got: []string{}}
			for i := range res.Preds {
				m.Got = append(m.Got, res.Preds[i].Describe())
			}
			ms = append(ms, m)
		}
		out.Missed = &ms
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// itemText is the sentence of an item.
func itemText(it *eval.Item) string {
	if it.Kind == eval.KindLead {
		return it.Evidence
	}
	return it.Text
}

// writeItemsTable prints the scores, one row per kind and metric, one
// column per split.
func writeItemsTable(w io.Writer, files []string, r *eval.ItemReport, misses bool) error {
	all := r.Counts[len(r.Counts)-1]
	fmt.Fprintf(w, "items against %s: %d items, %d events\n\n", strings.Join(files, ", "), all.Items, all.Events)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "kind\tmetric\tdev\theldout\tall\tof")
	rows := []struct {
		name, of string
		cell     func(eval.ItemCounts) string
	}{
		{"items", "", func(c eval.ItemCounts) string { return fmt.Sprint(c.Items) }},
		{"recall", "items (event on the day with the first actor)", func(c eval.ItemCounts) string { return share(c.Found, c.Items) }},
		{"type", "found", func(c eval.ItemCounts) string { return share(c.TypeRight, c.Found) }},
		{"as agent", "found (first actor agent or counterpart)", func(c eval.ItemCounts) string { return share(c.AsAgent, c.Found) }},
		{"events/item", "", func(c eval.ItemCounts) string { return fmt.Sprintf("%.2f", ratio(c.Events, c.Items)) }},
	}
	for k := 0; k+2 < len(r.Counts); k += 3 {
		for _, row := range rows {
			fmt.Fprintf(tw, "%s\t%s", r.Counts[k].Kind, row.name)
			for _, c := range r.Counts[k : k+3] {
				fmt.Fprintf(tw, "\t%s", row.cell(c))
			}
			fmt.Fprintf(tw, "\t%s\n", row.of)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if !misses {
		return nil
	}
	n := 0
	for _, res := range r.Results {
		if !res.Found {
			n++
		}
	}
	fmt.Fprintf(w, "\nitems not found (%d):\n", n)
	for _, res := range r.Results {
		if res.Found {
			continue
		}
		it := res.Item
		fmt.Fprintf(w, "  %s  %s  %s %s  %s  (%s)\n      %q\n", it.ID, it.Split, it.Type, it.Day, it.MainName(), it.Where(), itemText(it))
		if !res.Built {
			fmt.Fprintln(w, "      not built")
		}
		for i := range res.Preds {
			fmt.Fprintf(w, "      got %s\n", res.Preds[i].Describe())
		}
	}
	return nil
}
