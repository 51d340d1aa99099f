// Package store keeps what a build learnt of each document between builds,
// in one embedded SQLite database (modernc.org/sqlite, no cgo), so that a
// build over a folder that gained ten articles analyses ten, not all.
//
// The store is a map from keys to values, both opaque bytes: the pipeline
// decides what a key covers (see pipeline.Options.Cache). Every entry
// belongs to one version of the program ([Version]); a store written by
// another version is emptied when opened, never read. Each build notes, in
// memory, the keys it reads or writes; [Store.Close] drops the other
// entries, so entries of documents that left the input go with the next
// build. Reading an entry writes nothing: a build whose documents are all
// stored only reads the database.
package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"modernc.org/sqlite" // the database/sql driver "sqlite", and its errors
)

// schemaVersion is the layout of the database itself; it is part of the
// version checked on open.
const schemaVersion = 2

// Store is an open store. Its methods may be called from several
// goroutines at once.
type Store struct {
	path string
	db   *sql.DB
	tx   *sql.Tx
	get  *sql.Stmt
	put  *sql.Stmt
	mu   sync.Mutex
	err  error // the first write error; Close reports it
	// used holds the keys this build read or wrote; Close drops the
	// other entries.
	used map[string]struct{}
	// pre holds every entry when Open read them whole (see preloadBytes),
	// and what this build put since; nil when each Get queries the
	// database.
	pre     map[string][]byte
	hits    int
	misses  int
	rebuilt bool
}

// Stats says how a build used the store.
type Stats struct {
	Hits, Misses int
	// Rebuilt reports that the store held another version's entries (or
	// none) and was emptied.
	Rebuilt bool
}

// preloadBytes is the largest store file whose entries Open reads whole,
// in one pass over the table, for Get to find in memory: a query per Get
// cost some 10 µs, a row of the pass about one (TE3-Silver's 2,452
// documents: a 9 MB store of some 5,000 entries, 4% of the CPU of a build
// that adds 10 articles to it). A larger store is read entry by entry, so
// that memory holds only what the build asks for.
const preloadBytes = 32 << 20

// Open opens (or creates) the store at path for a build of the given
// version. It fails with a clear error when the file is not a store (or is
// corrupt) or when another build holds it; the caller may then go on
// without a store.
func Open(path, version string) (*Store, error) { return openPreload(path, version, preloadBytes) }

// openPreload is Open, reading the entries whole when the file is at most
// preload bytes.
func openPreload(path, version string, preload int64) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	s := &Store{path: path, db: db, used: map[string]struct{}{}}
	if err := s.open(version); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() <= preload {
		if err := s.preload(); err != nil {
			s.Abort()
			return nil, fmt.Errorf("store %s: %w", path, describe(err))
		}
	}
	return s, nil
}

// preload reads every entry into s.pre, in one pass over the table.
func (s *Store) preload() error {
	rows, err := s.tx.Query("SELECT key, value FROM entries")
	if err != nil {
		return err
	}
	defer rows.Close()
	pre := map[string][]byte{}
	for rows.Next() {
		var k, v []byte
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		pre[string(k)] = v
	}
	if err := rows.Err(); err != nil {
		return err
	}
	s.pre = pre
	return nil
}

func (s *Store) open(version string) error {
	s.db.SetMaxOpenConns(1) // one connection: the pragmas and the transaction hold for it
	for _, p := range []string{
		"PRAGMA busy_timeout = 0", // a store another build holds fails at once
		"PRAGMA journal_mode = DELETE",
		"PRAGMA synchronous = NORMAL",
	} {
		if _, err := s.db.Exec(p); err != nil {
			return describe(err)
		}
	}
	// One write transaction for the whole build: the store is locked
	// against other builds, and what this build writes lands together at
	// Close (a killed build leaves the store as it was).
	tx, err := s.db.Begin()
	if err != nil {
		return describe(err)
	}
	s.tx = tx
	if _, err := tx.Exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"); err != nil {
		tx.Rollback()
		return describe(err)
	}
	want := fmt.Sprintf("%d/%s", schemaVersion, version)
	var have string
	switch err := tx.QueryRow("SELECT value FROM meta WHERE key = 'version'").Scan(&have); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		tx.Rollback()
		return describe(err)
	}
	if have != want {
		s.rebuilt = true
		if _, err := tx.Exec("DROP TABLE IF EXISTS entries"); err != nil {
			tx.Rollback()
			return describe(err)
		}
		if _, err := tx.Exec("INSERT OR REPLACE INTO meta VALUES ('version', ?)", want); err != nil {
			tx.Rollback()
			return describe(err)
		}
	}
	if _, err := tx.Exec("CREATE TABLE IF NOT EXISTS entries (key BLOB PRIMARY KEY, value BLOB NOT NULL) STRICT"); err != nil {
		tx.Rollback()
		return describe(err)
	}
	for _, st := range []struct {
		p **sql.Stmt
		q string
	}{
		{&s.get, "SELECT value FROM entries WHERE key = ?"},
		{&s.put, "INSERT OR REPLACE INTO entries VALUES (?, ?)"},
	} {
		if *st.p, err = tx.Prepare(st.q); err != nil {
			tx.Rollback()
			return describe(err)
		}
	}
	return nil
}

// SQLite's primary result codes describe tells apart (the low byte of an
// extended code).
const (
	sqliteCorrupt = 11
	sqliteBusy    = 5
	sqliteLocked  = 6
	sqliteNotADB  = 26
)

// describe rewords SQLite's errors for a person: a locked store or a file
// that is not a store.
func describe(err error) error {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return err
	}
	switch e.Code() & 0xff {
	case sqliteBusy, sqliteLocked:
		return fmt.Errorf("in use by another build (%w)", err)
	case sqliteNotADB, sqliteCorrupt:
		return fmt.Errorf("not a chronograph store, or corrupt (%w); remove it to start afresh", err)
	}
	return err
}

// Get returns the value stored under key and marks the entry as used by
// this build. The value must not be changed: it may be the one later Gets
// of the key return.
func (s *Store) Get(key []byte) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return nil, false
	}
	if s.pre != nil {
		v, ok := s.pre[string(key)]
		if !ok {
			s.misses++
			return nil, false
		}
		s.used[string(key)] = struct{}{}
		s.hits++
		return v, true
	}
	var v []byte
	if err := s.get.QueryRow(key).Scan(&v); err != nil {
		if !errors.Is(err, sql.ErrNoRows) {
			s.err = describe(err)
		}
		s.misses++
		return nil, false
	}
	s.used[string(key)] = struct{}{}
	s.hits++
	return v, true
}

// Put stores value under key.
func (s *Store) Put(key, value []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return
	}
	if _, err := s.put.Exec(key, value); err != nil {
		s.err = describe(err)
	}
	s.used[string(key)] = struct{}{}
	if s.pre != nil {
		s.pre[string(key)] = bytes.Clone(value)
	}
}

// Stats returns how this build used the store so far.
func (s *Store) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return Stats{Hits: s.hits, Misses: s.misses, Rebuilt: s.rebuilt}
}

// Close drops the entries this build did not use, commits and closes the
// store. It returns the first error met while writing; the store is then
// left as it was before the build.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, st := range []*sql.Stmt{s.get, s.put} {
		st.Close()
	}
	err := s.err
	if err == nil {
		if err = s.dropUnused(); err == nil {
			err = s.tx.Commit()
		}
	}
	if err != nil {
		s.tx.Rollback()
	}
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("store %s: %w", s.path, describe(err))
	}
	return nil
}

// dropUnused deletes the entries whose keys this build neither read nor
// wrote. Counting the entries first spares a build that used them all
// (the usual case) the walk over every key.
func (s *Store) dropUnused() error {
	var n int
	if err := s.tx.QueryRow("SELECT count(*) FROM entries").Scan(&n); err != nil {
		return err
	}
	if n == len(s.used) {
		return nil // every entry was read or written by this build
	}
	rows, err := s.tx.Query("SELECT key FROM entries")
	if err != nil {
		return err
	}
	var unused [][]byte
	for rows.Next() {
		var k []byte
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return err
		}
		if _, ok := s.used[string(k)]; !ok {
			unused = append(unused, k)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, k := range unused {
		if _, err := s.tx.Exec("DELETE FROM entries WHERE key = ?", k); err != nil {
			return err
		}
	}
	return nil
}

// Abort closes the store without writing what this build did.
func (s *Store) Abort() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tx.Rollback()
	s.db.Close()
}
