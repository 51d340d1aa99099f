package eval

import (
	"errors"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/diag"
)

// goodRecord is a valid gold record; the table below spoils one field.
const goodRecord = `{"doc":"D","id":"D#1","split":"dev","type":"meeting","cameo":"04","participants":[{"name":"Putin","role":"agent"}],"date":{"value":"1997-03-31","granularity":"day"},"evidence":"Putin met Kim."}`

func TestReadGoldErrors(t *testing.T) {
	for _, tc := range []struct {
		old, new string // replacement in goodRecord
		want     string // error message after "f.jsonl:2: "
	}{
		{`"doc":"D"`, `"doc":""`, "no doc"},
		{`"id":"D#1"`, `"id":"D#0"`, `id "D#0" is not D#N (N = 1, 2, ...)`},
		{`"id":"D#1"`, `"id":"E#1"`, `id "E#1" is not D#N`},
		{`"id":"D#1"`, `"id":"D#01"`, `id "D#01" is not D#N`},
		{`"split":"dev"`, `"split":"test"`, `D#1: split "test" is not "dev" or "heldout"`},
		{`"type":"meeting"`, `"type":"Meeting"`, `D#1: type "Meeting" is not a snake_case name`},
		{`"type":"meeting"`, `"type":""`, `D#1: type "" is not a snake_case name`},
		{`"cameo":"04"`, `"cameo":"21"`, `D#1: cameo "21" is not a CAMEO code`},
		{`"cameo":"04"`, `"cameo":"04a"`, `D#1: cameo "04a" is not a CAMEO code`},
		{`"role":"agent"`, `"role":"source"`, `D#1: participant "Putin": role "source" is not agent`},
		{`"name":"Putin"`, `"name":" "`, `D#1: participant with no name`},
		{`"granularity":"day"`, `"granularity":"month"`, `D#1: date: value "1997-03-31" has granularity "day", not "month"`},
		{`"value":"1997-03-31","granularity":"day"`, `"value":"PAST_REF","granularity":"day"`, `D#1: date: value "PAST_REF" is not a calendar date`},
		{`"value":"1997-03-31","granularity":"day"`, `"before":"1997-4-1"`, `D#1: date: before "1997-4-1" is not YYYY-MM-DD`},
		{`"value":"1997-03-31","granularity":"day"`, `"before":"1997-04-01","value":"1997"`, `D#1: date: give either before or value`},
		{`"value":"1997-03-31","granularity":"day"`, ``, `D#1: date: no value and no before`},
		{`"evidence":"Putin met Kim."`, `"evidence":" "`, `D#1: no evidence`},
		{`"evidence":"Putin met Kim."`, `"evidence":"x","modality":"planned"`, `D#1: modality "planned": only asserted events`},
		{`"evidence":"Putin met Kim."`, `"evidence":"x","evidnce":"y"`, `bad record: json: unknown field "evidnce"`},
		{`"doc":"D"`, `"doc":7`, `bad record: json: cannot unmarshal number`},
		{`"Putin met Kim."}`, `"Putin met Kim."} {}`, `bad record: text after the JSON object`},
		{`{`, `[`, `bad record:`},
	} {
		rec := strings.Replace(goodRecord, tc.old, tc.new, 1)
		in := goodRecord + "\n" + rec + "\n\n" + strings.Replace(goodRecord, "D#1", "D#2", 1) + "\n"
		gs, err := ReadGold(strings.NewReader(in), "f.jsonl")
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 {
			t.Errorf("%s → %s: error %v, want one", tc.old, tc.new, err)
			continue
		}
		if got := l[0].Error(); !strings.HasPrefix(got, "f.jsonl:2: "+tc.want) {
			t.Errorf("%s → %s: error %q, want f.jsonl:2: %s...", tc.old, tc.new, got, tc.want)
		}
		if len(gs) != 2 || gs[0].Line != 1 || gs[1].Line != 4 || gs[1].ID != "D#2" {
			t.Errorf("%s → %s: kept %d records (%+v), want lines 1 and 4", tc.old, tc.new, len(gs), gs)
		}
	}
}

func TestReadGoldValid(t *testing.T) {
	in := goodRecord + "\n" +
		`{"doc":"D","id":"D#2","split":"dev","type":"make_statement","cameo":"","participants":[],"location":"Paris",` +
		`"date":{"before":"1997-04-01","approximate":true},"evidence":"e","modality":"asserted","note":"n"}` + "\n"
	gs, err := ReadGold(strings.NewReader(in), "f.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 2 {
		t.Fatalf("%d records, want 2", len(gs))
	}
	g := gs[1]
	if g.Where() != "f.jsonl:2" || g.Location != "Paris" || !g.Date.Approximate || g.MainName() != "" {
		t.Errorf("record 2 = %+v", g)
	}
	if gs[0].MainName() != "Putin" || gs[0].Date.start.Format("2006-01-02") != "1997-03-31" {
		t.Errorf("record 1 = %+v", gs[0])
	}
}

func TestCheckSet(t *testing.T) {
	in := goodRecord + "\n" +
		goodRecord + "\n" + // the same id again
		strings.ReplaceAll(strings.Replace(goodRecord, `"dev"`, `"heldout"`, 1), "D#1", "D#3") + "\n" +
		strings.ReplaceAll(strings.ReplaceAll(goodRecord, `"D"`, `"E"`), "D#1", "E#1") + "\n"
	gs, err := ReadGold(strings.NewReader(in), "f.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var l diag.List
	if !errors.As(CheckSet(gs), &l) || len(l) != 2 {
		t.Fatalf("CheckSet = %v, want two errors", l)
	}
	for i, want := range []string{
		"f.jsonl:2: id D#1 used again (first at f.jsonl:1)",
		"f.jsonl:3: D#3: article D is heldout here but dev at f.jsonl:1; whole articles go to one split",
	} {
		if l[i].Error() != want {
			t.Errorf("error %d = %q, want %q", i, l[i].Error(), want)
		}
	}
	if err := CheckSet(gs[2:]); err != nil {
		t.Errorf("CheckSet of distinct records = %v", err)
	}
}
