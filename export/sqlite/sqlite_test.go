package sqlite_test

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/export/sqlite"
)

// write writes the fixture's database into a fresh folder.
func write(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), sqlite.FileName)
	if err := sqlite.Write(path, exporttest.Sorted()); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSQLite3 opens the database with Debian's sqlite3, the reference
// implementation: its integrity and foreign keys hold and the view joins
// events to their actors.
func TestSQLite3(t *testing.T) {
	bin := exporttest.Tool(t, "sqlite3")
	path := write(t)
	run := func(q string) string {
		t.Helper()
		out, err := exec.Command(bin, "-batch", "-bail", "-readonly", path, q).CombinedOutput()
		if err != nil {
			t.Fatalf("sqlite3 %q: %v\n%s", q, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	if got := run("PRAGMA integrity_check"); got != "ok" {
		t.Errorf("integrity_check: %s", got)
	}
	if got := run("PRAGMA foreign_key_check"); got != "" {
		t.Errorf("foreign_key_check found broken references:\n%s", got)
	}
	if got := run("PRAGMA user_version"); got != "1" {
		t.Errorf("user_version = %s, want %d", got, sqlite.SchemaVersion)
	}
	tl := exporttest.Sorted()
	sources, participants := 0, 0
	for _, e := range tl.Events {
		sources += len(e.Sources)
		participants += len(e.Participants)
	}
	for _, c := range []struct{ query, want string }{
		{"SELECT count(*) FROM documents", fmt.Sprint(len(tl.Documents))},
		{"SELECT count(*) FROM actors", fmt.Sprint(len(tl.Actors))},
		{"SELECT count(*) FROM events", fmt.Sprint(len(tl.Events))},
		{"SELECT count(*) FROM sources", fmt.Sprint(sources)},
		{"SELECT count(*) FROM participants", fmt.Sprint(participants)},
		// the view: every meeting or visit of one person, by date, with the other side
		{`SELECT group_concat(date_value || ' ' || type, ', ') FROM (SELECT date_value, type FROM event_actors
			WHERE actor_name = 'Ana "the Envoy" O''Neil' ORDER BY date_start)`, "2025-03 meeting, 2025-03-21 visit"},
		// aliases are found whatever their case
		{"SELECT actor FROM aliases WHERE alias = 'ona' COLLATE NOCASE", "org:news-agency"},
		// affiliations join actors to actors
		{"SELECT group_concat(id, ',') FROM (SELECT id FROM actors WHERE affiliation = 'country:LEM' ORDER BY id)", "person:zoe-muller,place:port-city"},
		// a publication-bound date has no start: NULL, not ""
		{"SELECT date_start IS NULL, date_end, mod FROM events WHERE type = 'release'", "1|2025-03-22|ON_OR_BEFORE"},
		// dates are SQLite dates
		{"SELECT count(*) FROM events WHERE date_start >= '2025-01-01'", "2"},
		{"SELECT julianday(date_end) - julianday(date_start) FROM events WHERE type = 'military_deployment'", "90.0"},
		{"SELECT quote FROM sources WHERE event = 'ev-2025-03-meeting-2'", "O'Neil met Müller in late March.\nShe said: \"we agree\" \\ <b>&amp;</b>"},
		{"SELECT reporter FROM sources WHERE reporter IS NOT NULL ORDER BY event, seq", "org:news-agency\norg:news-agency"},
		{"SELECT min, max, unit, approximate FROM quantities", "10000.0|12000.0|troops|1"},
		{"SELECT type FROM events ORDER BY seq", strings.Join(eventTypes(), "\n")},
	} {
		if got := run(c.query); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.query, got, c.want)
		}
	}
}

func eventTypes() []string {
	var out []string
	for _, e := range exporttest.Sorted().Events {
		out = append(out, e.Type)
	}
	return out
}

// TestDeterministic checks that the same timeline gives the same bytes.
func TestDeterministic(t *testing.T) {
	a, err := os.ReadFile(write(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(write(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of one timeline differ")
	}
}

// TestDanglingReferences checks that references to actors or documents
// the timeline does not hold never break the foreign keys.
func TestDanglingReferences(t *testing.T) {
	tl := exporttest.Sorted()
	tl.Actors[0].Affiliation = "country:nowhere"
	tl.Events[0].Location = "place:nowhere"
	tl.Events[0].Participants = append(tl.Events[0].Participants, tl.Events[0].Participants[0])
	tl.Events[0].Participants[0].Actor = "person:nobody"
	tl.Events[0].Sources[0].Doc = "no-such-doc"
	path := filepath.Join(t.TempDir(), sqlite.FileName)
	if err := sqlite.Write(path, tl); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		t.Error("foreign_key_check reports a broken reference")
	}
	want := -1 // the source naming an unknown document is left out
	for _, e := range tl.Events {
		want += len(e.Sources)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sources").Scan(&n); err != nil || n != want {
		t.Errorf("sources = %d (%v), want %d", n, err, want)
	}
}

// TestNoLeftovers checks that a failed write leaves nothing behind and an
// existing file in place.
func TestNoLeftovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, sqlite.FileName)
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	tl := exporttest.Sorted()
	tl.Events = append(tl.Events, tl.Events[0]) // a duplicate id: the insert fails
	if err := sqlite.Write(path, tl); err == nil {
		t.Fatal("a duplicate event id was written")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries after a failed write, want only the old file", len(entries))
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Error("a failed write replaced the old file")
	}
}
