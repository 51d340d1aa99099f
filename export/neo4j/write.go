package neo4j

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/export/graphattr"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// DirName is the folder name the build writes the CSV files and load.cypher into.
const DirName = "neo4j"

// CypherFile is the name of the LOAD CSV script WriteDir writes.
const CypherFile = "load.cypher"

// WriteDir writes the CSV tables of tl and g and load.cypher into dir,
// creating it if needed; when g is nil it is built from tl. Each file is
// replaced atomically.
func WriteDir(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	if tl == nil {
		tl = &timeline.Timeline{}
	}
	g, err := graphattr.Ensure(tl, g)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tables := Tables(tl, g)
	for _, t := range tables {
		if err := atomicfile.Write(filepath.Join(dir, t.Name), func(w io.Writer) error { return WriteTable(w, t) }); err != nil {
			return err
		}
	}
	return atomicfile.Write(filepath.Join(dir, CypherFile), func(w io.Writer) error { return WriteCypher(w, tables) })
}

// Write writes the files into the [DirName] folder of dir (the build's
// writer signature).
func Write(dir string, tl *timeline.Timeline, g *graph.Graph) error {
	return WriteDir(filepath.Join(dir, DirName), tl, g)
}

// WriteTable writes t as RFC 4180 CSV: fields holding commas, quotes or
// newlines are quoted, quotes doubled (neo4j-admin needs
// --multiline-fields=true for the newlines).
func WriteTable(w io.Writer, t Table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	rows := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = make([]string, len(r))
		for j, f := range r {
			rows[i][j] = csvSafe(f)
		}
	}
	if err := cw.WriteAll(rows); err != nil { // WriteAll flushes
		return fmt.Errorf("%s: %w", t.Name, err)
	}
	return nil
}

// csvSafe replaces the control characters other than tab and line breaks
// (NUL above all, which neo4j-admin and LOAD CSV refuse) by spaces.
func csvSafe(f string) string {
	if !strings.ContainsFunc(f, badControl) {
		return f
	}
	return strings.Map(func(r rune) rune {
		if badControl(r) {
			return ' '
		}
		return r
	}, f)
}

// badControl reports whether r is a control character a CSV field must
// not carry.
func badControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f
}

// col returns the Cypher expression for column name of row.
func col(name string) string { return "row.`" + name + "`" }

// WriteCypher writes load.cypher for tables (as returned by [Tables]):
// uniqueness constraints, then one LOAD CSV WITH HEADERS statement per
// file that MERGEs nodes by id and relationships between them.
func WriteCypher(w io.Writer, tables []Table) error {
	var b strings.Builder
	var nodes, rels []string
	for _, t := range tables {
		if strings.Contains(t.Header[0], ":ID(") {
			nodes = append(nodes, "--nodes="+t.Name)
		} else {
			rels = append(rels, "--relationships="+t.Name)
		}
	}
	d := ArrayDelimiter
	fmt.Fprintf(&b, `// chronograph: the timeline's actor–event graph for Neo4j.
//
// Offline, into an empty database (Neo4j 5):
//   neo4j-admin database import full %s %s --multiline-fields=true --array-delimiter=%q neo4j
// Online: copy the CSV files into the server's import folder, then
//   cypher-shell -f %s
// Array columns (aliases, roles, quantities, conflicts) and :LABEL hold
// %q-separated values; dates are YYYY-MM-DD.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
`, strings.Join(nodes, " "), strings.Join(rels, " "), d, CypherFile, d)

	fmt.Fprintf(&b, `
LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
MERGE (a:Actor {id: %s})
SET a.name = %s, a.kind = %s,
    a.aliases = split(%s, '%s'), a.roles = split(%s, '%s')
`, col(ActorHeader[0]), col("name"), col("kind"), col("aliases:string[]"), d, col("roles:string[]"), d)
	for _, k := range kindLabels {
		fmt.Fprintf(&b, "FOREACH (_ IN CASE WHEN '%s' IN split(%s, '%s') THEN [1] ELSE [] END | SET a:%s)\n", k.label, col(":LABEL"), d, k.label)
	}
	b.WriteString(";\n")

	fmt.Fprintf(&b, `
LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row
WITH row WHERE 'Event' IN split(%s, '%s')
MERGE (e:Event {id: %s})
SET e.type = %s, e.cameo = %s, e.title = %s, e.value = %s,
    e.start = date(%s), e.end = date(%s),
    e.granularity = %s, e.basis = %s, e.mod = %s, e.location = %s,
    e.factuality = %s, e.confidence = toFloat(%s),
    e.quantities = split(%s, '%s'), e.conflicts = split(%s, '%s');
`, col(":LABEL"), d, col(EventHeader[0]), col("type"), col("cameo"), col("title"), col("value"),
		col("start:date"), col("end:date"), col("granularity"), col("basis"), col("mod"), col("location"),
		col("factuality"), col("confidence:float"), col("quantities:string[]"), d, col("conflicts:string[]"), d)

	fmt.Fprintf(&b, `
LOAD CSV WITH HEADERS FROM 'file:///documents.csv' AS row
WITH row WHERE 'Document' IN split(%s, '%s')
MERGE (d:Document {id: %s})
SET d.path = %s, d.title = %s, d.url = %s, d.source = %s,
    d.dct = date(%s), d.dct_origin = %s;
`, col(":LABEL"), d, col(DocumentHeader[0]), col("path"), col("title"), col("url"), col("source"), col("dct:date"), col("dct_origin"))

	// One MATCH per endpoint: two patterns in one MATCH make Neo4j warn of
	// a Cartesian product.
	fmt.Fprintf(&b, `
LOAD CSV WITH HEADERS FROM 'file:///participants.csv' AS row
WITH row WHERE %s = '%s'
MATCH (a:Actor {id: %s})
MATCH (e:Event {id: %s})
MERGE (a)-[:%s {role: %s}]->(e);
`, col(":TYPE"), ParticipatedIn, col(ParticipantHeader[0]), col(ParticipantHeader[1]), ParticipatedIn, col("role"))

	fmt.Fprintf(&b, `
LOAD CSV WITH HEADERS FROM 'file:///affiliations.csv' AS row
WITH row WHERE %s = '%s'
MATCH (a:Actor {id: %s})
MATCH (b:Actor {id: %s})
MERGE (a)-[:%s]->(b);
`, col(":TYPE"), AffiliatedWith, col(AffiliationHeader[0]), col(AffiliationHeader[1]), AffiliatedWith)

	fmt.Fprintf(&b, `
LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
WITH row WHERE %s = '%s'
MATCH (e:Event {id: %s})
MATCH (d:Document {id: %s})
MERGE (e)-[r:%s {sentence: toInteger(%s), start: toInteger(%s), end: toInteger(%s)}]->(d)
SET r.quote = %s, r.trigger = %s, r.reporter = %s;
`, col(":TYPE"), SourcedFrom, col(SourceHeader[0]), col(SourceHeader[1]), SourcedFrom,
		col("sentence:int"), col("start:int"), col("end:int"), col("quote"), col("trigger"), col("reporter"))
	_, err := io.WriteString(w, b.String())
	return err
}
