// Command duckdb is the Parquet tests' consumer: it reads Parquet files
// with DuckDB (through its Go driver; a module of its own, kept out of
// chronograph's build) and prints, as JSON, each file's columns with the
// types DuckDB sees and its rows as DuckDB's to_json writes them.
//
// Usage: go run . FILE.parquet...
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"

	_ "github.com/duckdb/duckdb-go/v2"
)

// table is what is printed for one file.
type table struct {
	Columns [][2]string       `json:"columns"` // name, DuckDB type
	Rows    []json.RawMessage `json:"rows"`
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "duckdb:", err)
		os.Exit(1)
	}
}

func run(files []string) error {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	out := map[string]table{}
	for _, f := range files {
		var t table
		cols, err := db.Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))", f)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for cols.Next() {
			var c [2]string
			if err := cols.Scan(&c[0], &c[1]); err != nil {
				return err
			}
			t.Columns = append(t.Columns, c)
		}
		cols.Close()
		rows, err := db.Query("SELECT to_json(t)::VARCHAR FROM read_parquet(?) t", f)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				return err
			}
			t.Rows = append(t.Rows, json.RawMessage(s))
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		rows.Close()
		out[f] = t
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}
