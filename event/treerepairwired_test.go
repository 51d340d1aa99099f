package event

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// TestTreeRepairsWired checks that every tree repair the package declares
// (a function repairX taking and returning a parse's tokens) runs on a
// parse: it is listed in treeRepairs, once. A repair written and tested
// on its own but never wired in would otherwise pass its table test and
// change nothing.
func TestTreeRepairsWired(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "repair") || fn.Type.Results == nil ||
				len(fn.Type.Params.List) != 1 || len(fn.Type.Results.List) != 1 {
				continue
			}
			if in, out := exprText(fn.Type.Params.List[0].Type), exprText(fn.Type.Results.List[0].Type); in == "[]conllu.Token" && out == in {
				declared[fn.Name.Name] = true
			}
		}
	}
	if len(declared) == 0 {
		t.Fatal("no tree repair found in the package's files")
	}
	wired := map[string]int{}
	for _, r := range treeRepairs {
		full := runtime.FuncForPC(reflect.ValueOf(r).Pointer()).Name()
		wired[full[strings.LastIndex(full, ".")+1:]]++
	}
	for name := range declared {
		if wired[name] != 1 {
			t.Errorf("%s is listed %d times in treeRepairs, want once", name, wired[name])
		}
	}
	for name := range wired {
		if !declared[name] {
			t.Errorf("treeRepairs lists %s, which is no declared repair", name)
		}
	}
}

// exprText returns the source form of a simple type expression
// ("[]conllu.Token").
func exprText(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.ArrayType:
		return "[]" + exprText(x.Elt)
	case *ast.SelectorExpr:
		return exprText(x.X) + "." + x.Sel.Name
	case *ast.Ident:
		return x.Name
	}
	return ""
}
