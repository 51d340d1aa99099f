package eval

import (
	"errors"
	"path/filepath"
	"slices"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/pipeline"
)

// Docs returns the article ids of gold, sorted.
func Docs(gold []Gold) []string {
	var ids []string
	for _, g := range gold {
		ids = append(ids, g.Doc)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// ReadArticles reads the TimeML article DIR/ID.tml of every article of
// gold, as chronograph build reads it. Errors name the file.
func ReadArticles(gold []Gold, dir string) ([]document.Document, []error) {
	var paths []string
	for _, id := range Docs(gold) {
		paths = append(paths, filepath.Join(dir, id+".tml"))
	}
	return document.ReadPaths(paths, nil)
}

// Evaluate builds the events of docs the way chronograph build does (with
// opt) and matches them against gold. The errors are the build's and the
// matcher's (gold evidence not found); the matching is nil only when the
// build failed altogether.
func Evaluate(gold []Gold, docs []document.Document, opt pipeline.Options) (*Matching, []error) {
	tl, errs := pipeline.Build(docs, opt)
	if tl == nil {
		return nil, errs
	}
	articles := map[string]*Article{}
	in := map[string]bool{}
	for _, d := range docs {
		articles[d.ID] = NewArticle(d.ID, d.Text)
		in[d.ID] = true
	}
	m, err := Match(gold, Predictions(tl, in), articles)
	var l diag.List
	if errors.As(err, &l) {
		for _, e := range l {
			errs = append(errs, e)
		}
	} else if err != nil {
		errs = append(errs, err)
	}
	return m, errs
}
