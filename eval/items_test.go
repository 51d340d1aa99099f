package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/timeline"
)

// goodItem is a valid digest item; the table below spoils one field.
const goodItem = `{"id":"digest#1","kind":"digest","split":"dev","doc":"D","date":"1997-04-02","text":"Putin meets Kim in Moscow.","type":"meeting","cameo":"04","participants":[{"name":"Putin","role":"agent"},{"name":"Kim","role":"counterpart"}],"day":"1997-04-02"}`

func TestReadItemsErrors(t *testing.T) {
	for _, tc := range []struct {
		old, new string // replacement in goodItem
		want     string // error message after "i.jsonl:2: "
	}{
		{`"kind":"digest"`, `"kind":"brief"`, `digest#1: kind "brief" is not "lead" or "digest"`},
		{`"id":"digest#1"`, `"id":"lead#1"`, `id "lead#1" is not digest#N`},
		{`"id":"digest#1"`, `"id":"digest#0"`, `id "digest#0" is not digest#N`},
		{`"split":"dev"`, `"split":"test"`, `digest#1: split "test" is not "dev" or "heldout"`},
		{`"doc":"D"`, `"doc":""`, `digest#1: no doc`},
		{`"type":"meeting"`, `"type":"Meeting"`, `digest#1: type "Meeting" is not a snake_case name`},
		{`"cameo":"04"`, `"cameo":"4"`, `digest#1: cameo "4" is not a CAMEO code`},
		{`"text":"Putin meets Kim in Moscow."`, `"text":" "`, `digest#1: a digest item gives its sentence as text`},
		{`"text":"Putin meets Kim in Moscow."`, `"evidence":"Putin met Kim."`, `digest#1: a digest item gives its sentence as text`},
		{`"date":"1997-04-02"`, `"date":"2 April 1997"`, `digest#1: date "2 April 1997" is not YYYY-MM-DD`},
		{`"day":"1997-04-02"`, `"day":"1997-04"`, `digest#1: day "1997-04" is not YYYY-MM-DD`},
		{`"day":"1997-04-02"`, `"day":"1997-04-01"`, `digest#1: a digest item is dated with its event's day`},
		{`"role":"counterpart"`, `"role":"host"`, `digest#1: participant "Kim": role "host" is not agent`},
		{`{"name":"Putin","role":"agent"},`, ``, `digest#1: no agent: an item's first actor is its first agent`},
		{`"day":"1997-04-02"`, `"day":"1997-04-02","dya":"x"`, `bad record: json: unknown field "dya"`},
		{`{`, `[`, `bad record:`},
	} {
		rec := strings.Replace(goodItem, tc.old, tc.new, 1)
		in := goodItem + "\n" + rec + "\n\n" + strings.Replace(goodItem, "digest#1", "digest#2", 1) + "\n"
		its, err := ReadItems(strings.NewReader(in), "i.jsonl")
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 {
			t.Errorf("%s → %s: error %v, want one", tc.old, tc.new, err)
			continue
		}
		if got := l[0].Error(); !strings.HasPrefix(got, "i.jsonl:2: "+tc.want) {
			t.Errorf("%s → %s: error %q, want i.jsonl:2: %s...", tc.old, tc.new, got, tc.want)
		}
		if len(its) != 2 || its[0].Line != 1 || its[1].Line != 4 || its[1].ID != "digest#2" {
			t.Errorf("%s → %s: kept %d records, want lines 1 and 4", tc.old, tc.new, len(its))
		}
	}
}

func TestReadItemsLead(t *testing.T) {
	lead := `{"id":"lead#1","kind":"lead","split":"heldout","doc":"D","date":"1997-04-02","evidence":"Putin met Kim on Tuesday.","type":"meeting","cameo":"04","participants":[{"name":"Putin","role":"agent"}],"day":"1997-04-01"}`
	its, err := ReadItems(strings.NewReader(lead+"\n"), "i.jsonl")
	if err != nil || len(its) != 1 {
		t.Fatalf("read %d items, error %v", len(its), err)
	}
	if it := its[0]; it.MainName() != "Putin" || it.Where() != "i.jsonl:1" || !it.day.Equal(time.Date(1997, 4, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("got %+v", it)
	}
	bad := strings.Replace(lead, `"evidence":"Putin met Kim on Tuesday."`, `"evidence":"x","text":"Putin met Kim."`, 1)
	if _, err := ReadItems(strings.NewReader(bad+"\n"), "i.jsonl"); err == nil || !strings.Contains(err.Error(), "i.jsonl:1: lead#1: a lead item gives its sentence as evidence, and no text") {
		t.Errorf("lead with text: error %v", err)
	}
	err = CheckItems(append(its, its[0]))
	if err == nil || !strings.Contains(err.Error(), "id lead#1 used again (first at i.jsonl:1)") {
		t.Errorf("CheckItems: %v", err)
	}
}

// TestItemsGoldFile reads the project's item gold: every record valid,
// ids unique, at least 100 items, every third item of each kind held out.
func TestItemsGoldFile(t *testing.T) {
	name := filepath.Join("gold", "items.jsonl")
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	its, err := ReadItems(f, name)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckItems(its); err != nil {
		t.Fatal(err)
	}
	if len(its) < 100 {
		t.Errorf("%d items, want at least 100", len(its))
	}
	n := map[string]int{}
	for _, it := range its {
		n[it.Kind]++
		if want := n[it.Kind]%3 == 0; (it.Split == Heldout) != want {
			t.Errorf("%s: split %s; every third item of a kind is heldout", it.Where(), it.Split)
		}
	}
}

func TestDayHolds(t *testing.T) {
	day := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		d    timeline.Date
		want bool
	}{
		{timeline.Date{Start: "2024-06-19", End: "2024-06-19", Granularity: "day", Basis: "publication"}, true},
		{timeline.Date{Start: "2024-06-19", End: "2024-06-19", Granularity: "hour", Basis: "explicit"}, true},
		{timeline.Date{Start: "2024-06-18", End: "2024-06-20", Granularity: "range", Basis: "explicit"}, true},
		{timeline.Date{Start: "2024-06-18", End: "2024-06-18", Granularity: "day", Basis: "relative"}, false},
		{timeline.Date{Start: "2024-06-17", End: "2024-06-23", Granularity: "week", Basis: "relative"}, false},
		{timeline.Date{Start: "2024-06-01", End: "2024-06-30", Granularity: "month", Basis: "explicit"}, false},
		{timeline.Date{Start: "", End: "2024-06-19", Granularity: "day", Basis: "publication-bound"}, false},
	} {
		if got := DayHolds(c.d, day); got != c.want {
			t.Errorf("%+v: DayHolds = %v, want %v", c.d, got, c.want)
		}
	}
}

// TestJudgeItem checks the verdicts on one item's predictions: found
// only by an event on the day with the first actor (not a location), type
// and agent from the same found event, predictions ranked best first.
func TestJudgeItem(t *testing.T) {
	its, err := ReadItems(strings.NewReader(goodItem+"\n"), "i.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	it := &its[0]
	onDay := timeline.Date{Start: "1997-04-02", End: "1997-04-02", Granularity: "day", Basis: "publication"}
	dayBefore := timeline.Date{Start: "1997-04-01", End: "1997-04-01", Granularity: "day", Basis: "relative"}
	pred := func(typ string, d timeline.Date, parts ...PredParticipant) Prediction {
		return Prediction{Doc: it.ID, Type: typ, Date: d, Participants: parts}
	}
	putin := func(role string) PredParticipant {
		return PredParticipant{Labels: []string{"Vladimir Putin", "Putin"}, Role: role}
	}
	moscow := PredParticipant{Labels: []string{"Moscow"}, Role: "location"}
	for _, c := range []struct {
		name                     string
		preds                    []Prediction
		found, typeRight, asAgnt bool
		firstType                string
	}{
		{"the event on the day with the actor", []Prediction{pred("meeting", onDay, putin("agent"))}, true, true, true, "meeting"},
		{"wrong type still found", []Prediction{pred("other", onDay, putin("agent"))}, true, false, true, "other"},
		{"the actor as target", []Prediction{pred("meeting", onDay, putin("target"))}, true, true, false, "meeting"},
		{"the day before", []Prediction{pred("meeting", dayBefore, putin("agent"))}, false, false, false, "meeting"},
		{"no first actor", []Prediction{pred("meeting", onDay, moscow)}, false, false, false, "meeting"},
		{"found one ranked first", []Prediction{
			pred("visit", onDay, moscow), pred("statement", dayBefore, putin("agent")), pred("meeting", onDay, putin("agent")),
		}, true, true, true, "meeting"},
		{"none", nil, false, false, false, ""},
	} {
		res := ItemResult{Item: it, Built: true}
		judgeItem(&res, c.preds)
		if res.Found != c.found || res.TypeRight != c.typeRight || res.AsAgent != c.asAgnt {
			t.Errorf("%s: found %v type %v agent %v, want %v %v %v", c.name, res.Found, res.TypeRight, res.AsAgent, c.found, c.typeRight, c.asAgnt)
		}
		if len(res.Preds) > 0 && res.Preds[0].Type != c.firstType {
			t.Errorf("%s: first prediction %s, want %s", c.name, res.Preds[0].Type, c.firstType)
		}
	}
}

func TestCountItems(t *testing.T) {
	mk := func(kind, split string, found bool, events int) ItemResult {
		return ItemResult{Item: &Item{Kind: kind, Split: split}, Found: found, TypeRight: found, Preds: make([]Prediction, events)}
	}
	cs := countItems([]ItemResult{
		mk(KindLead, Dev, true, 2), mk(KindLead, Heldout, false, 0), mk(KindDigest, Dev, true, 1), mk(KindDigest, Dev, false, 1),
	})
	if len(cs) != 9 {
		t.Fatalf("%d counts, want 9 (3 kinds × 3 splits)", len(cs))
	}
	want := map[[2]string][3]int{ // items, found, events
		{KindLead, Dev}: {1, 1, 2}, {KindLead, Heldout}: {1, 0, 0}, {KindLead, "all"}: {2, 1, 2},
		{KindDigest, Dev}: {2, 1, 2}, {KindDigest, "all"}: {2, 1, 2},
		{"all", Dev}: {3, 2, 4}, {"all", "all"}: {4, 2, 4},
	}
	for _, c := range cs {
		w, ok := want[[2]string{c.Kind, c.Split}]
		if ok && (c.Items != w[0] || c.Found != w[1] || c.Events != w[2]) {
			t.Errorf("%s/%s: %d items %d found %d events, want %v", c.Kind, c.Split, c.Items, c.Found, c.Events, w)
		}
	}
}
