package tempeval

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/timeml"
)

// Tagger tags the time expressions of a text against its document
// creation time (zero when the gold has none).
type Tagger func(text string, dct time.Time) []timeml.Timex

// Pair reads the TimeML (.tml) files under goldDir, recursively, and pairs
// each with its system annotation: the expressions tag gives its TEXT when
// sysDir is "", else the file of the same relative path (or base name) in
// sysDir, which must hold the same TEXT. It returns the documents to score,
// the gold documents by name (for the lines of misses), and an error for
// each file that could not be read or paired (a system file missing or
// with another TEXT is scored as empty, a bad gold file left out).
func Pair(goldDir, sysDir string, tag Tagger) ([]Doc, map[string]*timeml.Document, []error) {
	files, err := tmlFiles(goldDir)
	if err != nil {
		return nil, nil, []error{err}
	}
	if len(files) == 0 {
		return nil, nil, []error{fmt.Errorf("no .tml files under %s", goldDir)}
	}
	var (
		docs []Doc
		errs []error
		gold = map[string]*timeml.Document{}
	)
	for _, rel := range files {
		g, err := readTimeML(filepath.Join(goldDir, rel))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		d := Doc{Name: filepath.ToSlash(rel), Text: g.Text, Gold: g.Timexes}
		if sysDir == "" {
			dct, err := g.DCTTime()
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %v; tagged without a DCT", filepath.Join(goldDir, rel), err))
			}
			d.System = tag(g.Text, dct)
		} else {
			sys, path, err := readSystem(sysDir, rel)
			switch {
			case err != nil:
				errs = append(errs, fmt.Errorf("%v; scoring it as empty", err))
			case sys.Text != g.Text:
				errs = append(errs, fmt.Errorf("%s: TEXT differs from the gold TEXT at byte %d; scoring it as empty", path, firstDiff(sys.Text, g.Text)))
			default:
				d.System = sys.Timexes
			}
		}
		gold[d.Name] = g
		docs = append(docs, d)
	}
	return docs, gold, errs
}

// tmlFiles returns the .tml files under dir, relative to it, sorted.
func tmlFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".tml") {
			rel, err := filepath.Rel(dir, path)
			if err != nil {
				return err
			}
			files = append(files, rel)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// readTimeML reads and parses one TimeML file.
func readTimeML(path string) (*timeml.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return timeml.Parse(path, data)
}

// readSystem reads the system file for gold file rel: dir/rel, or
// dir/base(rel) when the system folder is flat. It returns the path read.
func readSystem(dir, rel string) (*timeml.Document, string, error) {
	path := filepath.Join(dir, rel)
	if _, err := os.Stat(path); err != nil {
		if flat := filepath.Join(dir, filepath.Base(rel)); flat != path {
			if _, err2 := os.Stat(flat); err2 == nil {
				path = flat
			}
		}
	}
	d, err := readTimeML(path)
	return d, path, err
}

// firstDiff returns the first byte offset where a and b differ.
func firstDiff(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
