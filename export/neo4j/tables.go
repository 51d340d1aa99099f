// Package neo4j writes the timeline and its actor–event graph as a folder
// of CSV files for `neo4j-admin database import full` (typed headers:
// :ID, :LABEL, :START_ID, :END_ID, :TYPE, date, float, int and string[]
// columns) together with load.cypher, which loads the same files into a
// running database with LOAD CSV WITH HEADERS.
//
// Nodes: (:Actor:Person|Country|Organization|Place), (:Event),
// (:Document). Relationships: (Actor)-[:PARTICIPATED_IN {role}]->(Event),
// (Actor)-[:AFFILIATED_WITH]->(Actor), (Event)-[:SOURCED_FROM {quote,
// sentence, ...}]->(Document). Array columns and multiple labels use
// neo4j-admin's default array delimiter ";" (see [ArrayDelimiter]).
package neo4j

import (
	"strconv"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// ArrayDelimiter separates the elements of string[] columns and the labels
// of :LABEL columns. It is neo4j-admin's default; a ";" inside an element
// is written as "," so that elements never split.
const ArrayDelimiter = ";"

// Relationship types.
const (
	ParticipatedIn = "PARTICIPATED_IN"
	AffiliatedWith = "AFFILIATED_WITH"
	SourcedFrom    = "SOURCED_FROM"
)

// kindLabels maps actor kinds to their second node label.
var kindLabels = []struct{ kind, label string }{
	{"country", "Country"},
	{"organization", "Organization"},
	{"person", "Person"},
	{"place", "Place"},
}

// Table is one CSV file: its name, typed header and rows.
type Table struct {
	Name   string
	Header []string
	Rows   [][]string
}

// Headers of the files.
var (
	ActorHeader       = []string{"id:ID(Actor)", ":LABEL", "name", "kind", "aliases:string[]", "roles:string[]"}
	EventHeader       = []string{"id:ID(Event)", ":LABEL", "type", "cameo", "title", "value", "start:date", "end:date", "granularity", "basis", "mod", "location", "factuality", "confidence:float", "quantities:string[]", "conflicts:string[]"}
	DocumentHeader    = []string{"id:ID(Document)", ":LABEL", "path", "title", "url", "source", "dct:date", "dct_origin"}
	ParticipantHeader = []string{":START_ID(Actor)", ":END_ID(Event)", ":TYPE", "role"}
	AffiliationHeader = []string{":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"}
	SourceHeader      = []string{":START_ID(Event)", ":END_ID(Document)", ":TYPE", "sentence:int", "start:int", "end:int", "quote", "trigger", "reporter"}
)

// Tables returns the CSV tables of tl and g in the order they are written:
// actors, events, documents, participants, affiliations, sources. Edges
// come from g, so every relationship joins two rows of the node tables;
// sources that name an unknown document are left out.
func Tables(tl *timeline.Timeline, g *graph.Graph) []Table {
	actors := Table{Name: "actors.csv", Header: ActorHeader}
	for _, a := range tl.Actors {
		actors.Rows = append(actors.Rows, []string{a.ID, actorLabels(a.Kind), a.Name, a.Kind, array(a.Aliases), array(a.Roles)})
	}
	events := Table{Name: "events.csv", Header: EventHeader}
	for _, e := range tl.Events {
		var qs []string
		for _, q := range e.Quantities {
			qs = append(qs, q.Text)
		}
		events.Rows = append(events.Rows, []string{e.ID, "Event", e.Type, e.CAMEO, e.Title, e.Date.Value, date(e.Date.Start), date(e.Date.End),
			e.Date.Granularity, e.Date.Basis, e.Date.Mod, e.Location, e.Factuality,
			strconv.FormatFloat(e.Confidence, 'g', -1, 64), array(qs), array(e.Conflicts)})
	}
	docs := Table{Name: "documents.csv", Header: DocumentHeader}
	known := map[string]bool{}
	for _, d := range tl.Documents {
		known[d.ID] = true
		docs.Rows = append(docs.Rows, []string{d.ID, "Document", d.Path, d.Title, d.URL, d.Source, date(d.DCT), d.DCTOrigin})
	}
	parts := Table{Name: "participants.csv", Header: ParticipantHeader}
	affs := Table{Name: "affiliations.csv", Header: AffiliationHeader}
	for _, e := range g.Edges() {
		switch e.Kind {
		case graph.ParticipantEdge:
			parts.Rows = append(parts.Rows, []string{e.Source, e.Target, ParticipatedIn, e.Label})
		case graph.AffiliationEdge:
			affs.Rows = append(affs.Rows, []string{e.Source, e.Target, AffiliatedWith})
		}
	}
	srcs := Table{Name: "sources.csv", Header: SourceHeader}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if !known[s.Doc] {
				continue
			}
			srcs.Rows = append(srcs.Rows, []string{e.ID, s.Doc, SourcedFrom, strconv.Itoa(s.Sentence), strconv.Itoa(s.Start), strconv.Itoa(s.End), s.Quote, s.Trigger, s.Reporter})
		}
	}
	return []Table{actors, events, docs, parts, affs, srcs}
}

// date returns s when it is a valid YYYY-MM-DD date, else "" (no
// property), since one bad date would stop neo4j-admin.
func date(s string) string {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return ""
	}
	return s
}

func actorLabels(kind string) string {
	for _, k := range kindLabels {
		if k.kind == kind {
			return "Actor" + ArrayDelimiter + k.label
		}
	}
	return "Actor"
}

// array joins a string array with [ArrayDelimiter].
func array(s []string) string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = strings.ReplaceAll(v, ArrayDelimiter, ",")
	}
	return strings.Join(out, ArrayDelimiter)
}
