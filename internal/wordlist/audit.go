package wordlist

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Audit checks the lists of s, the file named name, against the code that
// reads them: the Go files of dir (not its tests) that pass a key to the
// function named fn as a string literal, fn("key"). It returns, sorted,
// one problem for each key read that s lacks, each list no code reads and
// each word not in lower case (the rules compare lower-cased words); an
// error only when a file cannot be read.
func Audit(s Sets, name, dir, fn string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	read := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			return nil, err
		}
		ast.Inspect(file, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok || len(c.Args) != 1 {
				return true
			}
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == fn {
				if lit, ok := c.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					k, _ := strconv.Unquote(lit.Value)
					read[k] = true
				}
			}
			return true
		})
	}
	var problems []string
	for k := range read {
		if s[k] == nil {
			problems = append(problems, "code reads list "+strconv.Quote(k)+", which "+name+" lacks")
		}
	}
	for k, ws := range s {
		if !read[k] {
			problems = append(problems, name+": no code reads list "+k)
		}
		for w := range ws {
			if w != strings.ToLower(w) {
				problems = append(problems, name+": "+k+": "+strconv.Quote(w)+" is not lower case")
			}
		}
	}
	slices.Sort(problems)
	return problems, nil
}
