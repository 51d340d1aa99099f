package event

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/internal/wordlist"
)

// TestWordListsUsed checks that every list of data/words.yaml is read by
// the code, and every list the code reads is there, with its words in
// lower case as the rules compare them.
func TestWordListsUsed(t *testing.T) {
	lists, err := wordlist.Parse(wordsFile, wordsYAML)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	read := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "wordList" && len(c.Args) == 1 {
					if lit, ok := c.Args[0].(*ast.BasicLit); ok {
						k, _ := strconv.Unquote(lit.Value)
						read[k] = true
					}
				}
			}
			return true
		})
	}
	for k := range read {
		if lists[k] == nil {
			t.Errorf("code reads list %q, which words.yaml lacks", k)
		}
	}
	var unused []string
	for k, ws := range lists {
		if !read[k] {
			unused = append(unused, k)
		}
		for w := range ws {
			if w != strings.ToLower(w) {
				t.Errorf("%s: %q is not lower case", k, w)
			}
		}
	}
	slices.Sort(unused)
	if len(unused) > 0 {
		t.Errorf("lists no code reads: %v", unused)
	}
}
