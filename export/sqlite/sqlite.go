// Package sqlite writes the timeline as one SQLite database,
// chronograph.sqlite, for people who query rather than parse: tables
// documents, actors, aliases, actor_roles, events, event_codes,
// quantities, conflicts, participants and sources, with primary and
// foreign keys, indexes on what questions join by (actor, date, type,
// document) and a view, event_actors, joining events to their actors and
// dates. The schema is schema.sql beside this file.
//
// The database is written with modernc.org/sqlite (SQLite compiled to Go,
// no cgo), rows in the timeline's order inside one transaction, so the
// same timeline gives the same bytes.
package sqlite

import (
	"database/sql"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/chronograph-news/chronograph/timeline"
)

// FileName is the database's name in the output folder.
const FileName = "chronograph.sqlite"

// filePerm is the database file's mode, that of the other outputs.
const filePerm = 0o644

// SchemaVersion is written to PRAGMA user_version; it changes whenever
// schema.sql does.
const SchemaVersion = 1

//go:embed schema.sql
var schema string

// Write writes tl as a new SQLite database at path, replacing any file
// there only once the database is complete.
func Write(path string, tl *timeline.Timeline) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	tmp.Close()
	defer func() {
		if err != nil {
			os.Remove(name)
			os.Remove(name + "-journal")
		}
	}()
	db, err := sql.Open("sqlite", name)
	if err != nil {
		return err
	}
	if err = fill(db, tl); err != nil {
		db.Close()
		return err
	}
	if err = db.Close(); err != nil {
		return err
	}
	if err = os.Chmod(name, filePerm); err != nil {
		return err
	}
	return os.Rename(name, path)
}

// fill creates the schema in db and inserts tl's rows in one transaction.
func fill(db *sql.DB, tl *timeline.Timeline) error {
	db.SetMaxOpenConns(1) // one connection: the pragmas hold for it
	for _, p := range []string{
		"PRAGMA journal_mode = OFF", // a new file, renamed into place only when whole
		"PRAGMA synchronous = OFF",
		"PRAGMA foreign_keys = ON",
		fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion),
	} {
		if _, err := db.Exec(p); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	if _, err := tx.Exec(schema); err != nil {
		tx.Rollback()
		return fmt.Errorf("schema: %w", err)
	}
	if err := insertAll(tx, tl); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// insertAll inserts every row of tl. A reference to an actor or document
// the timeline does not hold (which a valid timeline never has) is written
// as NULL, or its row left out where the column is part of the row's key,
// so that the foreign keys always hold.
func insertAll(tx *sql.Tx, tl *timeline.Timeline) error {
	actors := map[string]bool{}
	for _, a := range tl.Actors {
		actors[a.ID] = true
	}
	docs := map[string]bool{}
	for _, d := range tl.Documents {
		docs[d.ID] = true
	}
	ref := func(known map[string]bool, id string) any {
		if id == "" || !known[id] {
			return nil
		}
		return id
	}
	ins := inserter{tx: tx, stmts: map[string]*sql.Stmt{}}
	defer ins.close()
	for _, d := range tl.Documents {
		ins.row("documents", d.ID, d.Path, null(d.Title), null(d.URL), null(d.Source), null(d.DCT), d.DCTOrigin, null(d.DCTReason))
	}
	// Actors first without affiliation, then the affiliations, since an
	// actor may be affiliated with one listed after it.
	for _, a := range tl.Actors {
		ins.row("actors", a.ID, a.Name, a.Kind, nil)
	}
	for _, a := range tl.Actors {
		if aff := ref(actors, a.Affiliation); aff != nil {
			ins.exec("UPDATE actors SET affiliation = ? WHERE id = ?", aff, a.ID)
		}
		seen := map[string]bool{}
		for _, alias := range a.Aliases {
			if !seen[alias] {
				seen[alias] = true
				ins.row("aliases", a.ID, alias)
			}
		}
		for i, r := range a.Roles {
			ins.row("actor_roles", a.ID, i, r)
		}
	}
	for i, e := range tl.Events {
		ins.row("events", e.ID, i, e.Type, null(e.CAMEO), e.Title, e.Date.Value, null(e.Date.Start), null(e.Date.End),
			e.Date.Granularity, e.Date.Basis, null(e.Date.Mod), ref(actors, e.Location), e.Factuality, e.Confidence)
		for j, c := range e.CAMEOCodes {
			ins.row("event_codes", e.ID, j, c)
		}
		for j, q := range e.Quantities {
			ins.row("quantities", e.ID, j, q.Min, q.Max, q.Unit, q.Approx, q.Text)
		}
		for j, c := range e.Conflicts {
			ins.row("conflicts", e.ID, j, c)
		}
		seen := map[timeline.Participant]bool{}
		for _, p := range e.Participants {
			if actors[p.Actor] && !seen[p] {
				seen[p] = true
				ins.row("participants", e.ID, p.Actor, p.Role)
			}
		}
		for j, s := range e.Sources {
			if docs[s.Doc] {
				ins.row("sources", e.ID, j, s.Doc, s.Sentence, s.Start, s.End, s.Quote, s.Trigger, ref(actors, s.Reporter))
			}
		}
	}
	return ins.err
}

// null returns nil (SQL NULL) for an empty string, else s.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// inserter runs prepared statements, keeping the first error.
type inserter struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	err   error
}

// row inserts one row of table, its values in the table's column order.
func (in *inserter) row(table string, values ...any) {
	q := "INSERT INTO " + table + " VALUES (" + strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ") + ")"
	in.exec(q, values...)
}

// exec runs the statement q, prepared once.
func (in *inserter) exec(q string, values ...any) {
	if in.err != nil {
		return
	}
	st, ok := in.stmts[q]
	if !ok {
		if st, in.err = in.tx.Prepare(q); in.err != nil {
			return
		}
		in.stmts[q] = st
	}
	if _, err := st.Exec(values...); err != nil {
		in.err = fmt.Errorf("%s: %w", q, err)
	}
}

func (in *inserter) close() {
	for _, st := range in.stmts {
		st.Close()
	}
}
