package parquet_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"

	pq "github.com/parquet-go/parquet-go"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/export/parquet"
)

func write(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := parquet.Write(dir, exporttest.Sorted()); err != nil {
		t.Fatal(err)
	}
	return dir
}

// duckTable is what testdata/duckdb prints for one file.
type duckTable struct {
	Columns [][2]string       `json:"columns"`
	Rows    []json.RawMessage `json:"rows"`
}

// TestDuckDB reads the files with DuckDB, a real consumer (its Go driver,
// in the module testdata/duckdb of its own so that chronograph's build
// stays free of cgo): the column types are the logical types promised and
// the rows hold the timeline's values.
func TestDuckDB(t *testing.T) {
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		exporttest.Missing(t, "the go command is needed to build the DuckDB consumer")
	}
	dir := write(t)
	var files []string
	for _, f := range parquet.Files() {
		files = append(files, filepath.Join(dir, f))
	}
	cmd := exec.Command(goBin, append([]string{"run", "."}, files...)...)
	cmd.Dir = filepath.Join("testdata", "duckdb")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("DuckDB consumer: %v\n%s", err, stderr.Bytes())
	}
	var got map[string]duckTable
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	types := map[string]map[string]string{}
	for f, tb := range got {
		m := map[string]string{}
		for _, c := range tb.Columns {
			m[c[0]] = c[1]
		}
		types[filepath.Base(f)] = m
	}
	for _, c := range []struct{ file, column, want string }{
		{parquet.EventsFile, "id", "VARCHAR"},
		{parquet.EventsFile, "seq", "INTEGER"},
		{parquet.EventsFile, "date_start", "DATE"},
		{parquet.EventsFile, "date_end", "DATE"},
		{parquet.EventsFile, "confidence", "DOUBLE"},
		{parquet.EventsFile, "cameo_codes", "VARCHAR[]"},
		{parquet.EventsFile, "conflicts", "VARCHAR[]"},
		{parquet.EventsFile, "quantities", `STRUCT(min DOUBLE, max DOUBLE, unit VARCHAR, approximate BOOLEAN, "text" VARCHAR)[]`},
		{parquet.ActorsFile, "aliases", "VARCHAR[]"},
		{parquet.ActorsFile, "roles", "VARCHAR[]"},
		{parquet.SourcesFile, "start", "BIGINT"},
		{parquet.SourcesFile, "sentence", "INTEGER"},
		{parquet.DocumentsFile, "dct", "DATE"},
		{parquet.ParticipantsFile, "role", "VARCHAR"},
	} {
		if g := types[c.file][c.column]; g != c.want {
			t.Errorf("%s %s: DuckDB type %q, want %q", c.file, c.column, g, c.want)
		}
	}
	tl := exporttest.Sorted()
	rows := func(file string) []map[string]any {
		var out []map[string]any
		for _, r := range got[filepath.Join(dir, file)].Rows {
			var m map[string]any
			if err := json.Unmarshal(r, &m); err != nil {
				t.Fatal(err)
			}
			out = append(out, m)
		}
		return out
	}
	events := rows(parquet.EventsFile)
	if len(events) != len(tl.Events) {
		t.Fatalf("DuckDB read %d events, want %d", len(events), len(tl.Events))
	}
	for i, e := range tl.Events {
		r := events[i]
		start := any(e.Date.Start)
		if e.Date.Start == "" {
			start = nil // publication-bound: open start
		}
		if r["id"] != e.ID || r["date_start"] != start || r["date_end"] != e.Date.End || r["title"] != e.Title {
			t.Errorf("event %d: DuckDB read %v", i, r)
		}
	}
	var q []any
	for _, r := range events {
		if r["type"] == "military_deployment" {
			q, _ = r["quantities"].([]any)
		}
	}
	if len(q) != 1 || !reflect.DeepEqual(q[0], map[string]any{"min": 10000.0, "max": 12000.0, "unit": "troops", "approximate": true, "text": "about 10,000 to 12,000 troops"}) {
		t.Errorf("quantities read as %v", q)
	}
	actors := rows(parquet.ActorsFile)
	if len(actors) != len(tl.Actors) {
		t.Fatalf("DuckDB read %d actors, want %d", len(actors), len(tl.Actors))
	}
	for i, a := range tl.Actors {
		aliases, _ := actors[i]["aliases"].([]any)
		if len(aliases) != len(a.Aliases) || actors[i]["name"] != a.Name {
			t.Errorf("actor %s read as %v", a.ID, actors[i])
		}
	}
	sources, participants := 0, 0
	for _, e := range tl.Events {
		sources += len(e.Sources)
		participants += len(e.Participants)
	}
	if n := len(rows(parquet.SourcesFile)); n != sources {
		t.Errorf("DuckDB read %d sources, want %d", n, sources)
	}
	if n := len(rows(parquet.ParticipantsFile)); n != participants {
		t.Errorf("DuckDB read %d participants, want %d", n, participants)
	}
	docs := rows(parquet.DocumentsFile)
	if len(docs) != len(tl.Documents) || docs[0]["dct"] != tl.Documents[0].DCT {
		t.Errorf("documents read as %v", docs)
	}
}

// TestRoundTrip reads the files back with parquet-go itself: what was
// written is what is read.
func TestRoundTrip(t *testing.T) {
	dir := write(t)
	tl := exporttest.Sorted()
	ev, parts, srcs := parquet.Events(tl)
	check := func(name string, want, got any) {
		t.Helper()
		if !reflect.DeepEqual(want, got) {
			t.Errorf("%s read back differs:\n got %+v\nwant %+v", name, got, want)
		}
	}
	gotEv, err := pq.ReadFile[parquet.EventRow](filepath.Join(dir, parquet.EventsFile))
	if err != nil {
		t.Fatal(err)
	}
	check("events", ev, gotEv)
	gotParts, err := pq.ReadFile[parquet.ParticipantRow](filepath.Join(dir, parquet.ParticipantsFile))
	if err != nil {
		t.Fatal(err)
	}
	check("participants", parts, gotParts)
	gotSrcs, err := pq.ReadFile[parquet.SourceRow](filepath.Join(dir, parquet.SourcesFile))
	if err != nil {
		t.Fatal(err)
	}
	check("sources", srcs, gotSrcs)
}

// TestDeterministic checks that the same timeline gives the same bytes.
func TestDeterministic(t *testing.T) {
	a, b := write(t), write(t)
	for _, f := range parquet.Files() {
		x, err := os.ReadFile(filepath.Join(a, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s: two writes of one timeline differ", f)
		}
	}
}
