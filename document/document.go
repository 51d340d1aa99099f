// Package document reads news articles from plain text (with an optional
// " date YYYY-MM-DD " header or a YAML front-matter block), JSON Lines dumps
// and TimeML files, and gives each a stable id and a document creation time
// (DCT) with its origin.
package document

import "time"

// Origin says where a document's DCT comes from.
type Origin string

// DCT origins.
const (
	Header      Origin = "header"       // " date YYYY-MM-DD " prefix
	FrontMatter Origin = "front-matter" // YAML front matter "date:"
	JSONL       Origin = "jsonl"        // the "date" field of a JSON Lines record
	TimeML      Origin = "timeml"       // the <DCT> element
	Flag        Origin = "flag"         // --date on the command line
	Inferred    Origin = "inferred"     // inferred from the text and other documents
	None        Origin = "none"         // no date at all
)

// Document is one article.
type Document struct {
	ID     string // file name without extension, or the JSONL "id"
	Path   string // file it came from ("-" for standard input)
	Line   int    // line of a JSON Lines record, else 0
	Title  string
	URL    string
	Source string
	// Text is the article body: header and front matter removed, TimeML
	// tags stripped and entities decoded. All offsets elsewhere are into it.
	Text      string
	DCT       time.Time // zero when DCTOrigin is None
	DCTOrigin Origin
	// at says where the text lies in its file, for a document read with
	// ReadOptions.Reread (path "" otherwise).
	at textAt
}
