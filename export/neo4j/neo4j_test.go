package neo4j

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var files = []string{"actors.csv", "events.csv", "documents.csv", "participants.csv", "affiliations.csv", "sources.csv", CypherFile}

func writeFixture(t *testing.T) string {
	t.Helper()
	tl, g := exporttest.Graph(t)
	dir := filepath.Join(t.TempDir(), "neo4j")
	if err := WriteDir(dir, tl, g); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestGolden(t *testing.T) {
	dir := writeFixture(t)
	golden := filepath.Join("testdata", "neo4j")
	if *update {
		if err := os.MkdirAll(golden, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(filepath.Join(golden, name), got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(filepath.Join(golden, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run go test -update):\n%s", name, golden, got)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(files) {
		t.Errorf("%d files written, want %d (no temporary files left)", len(entries), len(files))
	}
}

func readCSV(t *testing.T, dir, name string) (header []string, rows []map[string]string) {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	header = recs[0]
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range header {
			m[h] = rec[i]
		}
		rows = append(rows, m)
	}
	return header, rows
}

var typedColumn = regexp.MustCompile(`^([a-z_]+(:(string\[\]|date|int|float|ID\([A-Z][a-z]+\)))?|:(LABEL|TYPE|START_ID\([A-Z][a-z]+\)|END_ID\([A-Z][a-z]+\)))$`)

func TestHeadersAndReferences(t *testing.T) {
	dir := writeFixture(t)
	ids := map[string]map[string]bool{} // ID space -> ids
	for _, name := range []string{"actors.csv", "events.csv", "documents.csv"} {
		header, rows := readCSV(t, dir, name)
		space := header[0][strings.Index(header[0], "(")+1 : len(header[0])-1]
		ids[space] = map[string]bool{}
		for _, row := range rows {
			id := row[header[0]]
			if ids[space][id] {
				t.Errorf("%s: duplicate id %s", name, id)
			}
			ids[space][id] = true
		}
	}
	if len(ids["Actor"]) != 6 || len(ids["Event"]) != 5 || len(ids["Document"]) != 2 {
		t.Errorf("id counts %d %d %d", len(ids["Actor"]), len(ids["Event"]), len(ids["Document"]))
	}
	_, g := exporttest.Graph(t)
	rels := 0
	for _, name := range []string{"participants.csv", "affiliations.csv", "sources.csv"} {
		header, rows := readCSV(t, dir, name)
		start, end := header[0], header[1]
		ss := start[strings.Index(start, "(")+1 : len(start)-1]
		es := end[strings.Index(end, "(")+1 : len(end)-1]
		for _, row := range rows {
			if !ids[ss][row[start]] || !ids[es][row[end]] {
				t.Errorf("%s: dangling relationship %v", name, row)
			}
			if row[":TYPE"] == "" {
				t.Errorf("%s: no type in %v", name, row)
			}
		}
		if name != "sources.csv" {
			rels += len(rows)
		}
	}
	if rels != len(g.Edges()) {
		t.Errorf("%d participant and affiliation rows, want %d graph edges", rels, len(g.Edges()))
	}
	for _, name := range files[:6] {
		header, _ := readCSV(t, dir, name)
		for _, h := range header {
			if !typedColumn.MatchString(h) {
				t.Errorf("%s: header %q is not a neo4j-admin column", name, h)
			}
		}
	}
}

func TestQuotingRoundTrips(t *testing.T) {
	dir := writeFixture(t)
	_, actors := readCSV(t, dir, "actors.csv")
	byID := map[string]map[string]string{}
	for _, a := range actors {
		byID[a["id:ID(Actor)"]] = a
	}
	tests := []struct{ id, col, want string }{
		{"person:ana-o-neil", "name", `Ana "the Envoy" O'Neil`},
		{"person:zoe-muller", "name", "Zoë Müller"},
		{"place:port-city", "name", `Port\City`},
		{"country:ATL", "aliases:string[]", "Atlantean;Republic of Atlantis"},
		{"country:ATL", ":LABEL", "Actor;Country"},
		{"country:LEM", "aliases:string[]", ""},
	}
	for _, tt := range tests {
		if got := byID[tt.id][tt.col]; got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.id, tt.col, got, tt.want)
		}
	}
	_, sources := readCSV(t, dir, "sources.csv")
	var quotes []string
	for _, s := range sources {
		quotes = append(quotes, s["quote"])
	}
	for _, want := range []string{
		"O'Neil met Müller in late March.\nShe said: \"we agree\" \\ <b>&amp;</b>",
		"Last fall it sent about 10,000 to 12,000 troops, officials said.",
	} {
		if !slices.Contains(quotes, want) {
			t.Errorf("quote %q lost; have %q", want, quotes)
		}
	}
	_, events := readCSV(t, dir, "events.csv")
	for _, e := range events {
		if e["id:ID(Event)"] == "ev-2024-fa-military_deployment-1" {
			if e["start:date"] != "2024-09-01" || e["confidence:float"] != "0.9" || e["quantities:string[]"] != "about 10,000 to 12,000 troops" {
				t.Errorf("event row %v", e)
			}
		}
	}
}

func TestArrayAndDates(t *testing.T) {
	if got := array([]string{"a;b", "c"}); got != "a,b;c" {
		t.Errorf("array = %q", got)
	}
	tl := exporttest.Sorted()
	tl.Events[0].Date.Start = "2024-02-30"
	tl.Documents[0].DCT = "March 2025"
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteDir(dir, tl, nil); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "events.csv"))
	if bytes.Contains(b, []byte("2024-02-30")) {
		t.Error("invalid date written to a date column")
	}
	b, _ = os.ReadFile(filepath.Join(dir, "documents.csv"))
	if bytes.Contains(b, []byte("March 2025")) {
		t.Error("invalid dct written to a date column")
	}
	if err := WriteDir(filepath.Join(t.TempDir(), "empty"), &timeline.Timeline{}, nil); err != nil {
		t.Errorf("empty timeline: %v", err)
	}
}

// TestCypherColumns checks that load.cypher loads every CSV file and
// reads every column of it, and no column that does not exist. No Neo4j
// server runs here, so the script itself is not executed.
func TestCypherColumns(t *testing.T) {
	dir := writeFixture(t)
	b, err := os.ReadFile(filepath.Join(dir, CypherFile))
	if err != nil {
		t.Fatal(err)
	}
	stmts := strings.Split(string(b), "LOAD CSV WITH HEADERS FROM 'file:///")
	loaded := map[string]string{}
	for _, s := range stmts[1:] {
		name, _, _ := strings.Cut(s, "'")
		loaded[name] = s
	}
	ref := regexp.MustCompile("row\\.`([^`]+)`")
	for _, name := range files[:6] {
		stmt, ok := loaded[name]
		if !ok {
			t.Errorf("load.cypher does not load %s", name)
			continue
		}
		header, _ := readCSV(t, dir, name)
		used := map[string]bool{}
		for _, m := range ref.FindAllStringSubmatch(stmt, -1) {
			used[m[1]] = true
			if !slices.Contains(header, m[1]) {
				t.Errorf("%s: load.cypher reads missing column %q", name, m[1])
			}
		}
		for _, h := range header {
			if !used[h] {
				t.Errorf("%s: load.cypher ignores column %q", name, h)
			}
		}
	}
	for _, want := range []string{"--multiline-fields=true", "MERGE (a:Actor {id:", "date(row.`start:date`)", "[:PARTICIPATED_IN {role: row.`role`}]"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("load.cypher lacks %q", want)
		}
	}
}

// TestControlCharacters: NUL and other control characters in a field
// become spaces; tabs and line breaks stay (quoted).
func TestControlCharacters(t *testing.T) {
	var b strings.Builder
	tab := Table{Name: "t.csv", Header: []string{"id:ID(T)", "quote"}, Rows: [][]string{{"a", "x\x00y\x1bz\tw\nv"}}}
	if err := WriteTable(&b, tab); err != nil {
		t.Fatal(err)
	}
	if want := "id:ID(T),quote\na,\"x y z\tw\nv\"\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
