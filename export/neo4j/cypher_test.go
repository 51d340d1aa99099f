package neo4j

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/export/exporttest"
	"github.com/chronograph-news/chronograph/timeline"
)

// cypherPkg is Neo4j's own Cypher parser and linter (the one behind the
// Neo4j VS Code extension and Browser). .ci/run installs it into
// .tools/node_modules.
const cypherPkg = "@neo4j-cypher/language-support"

// lintScript lints each file named on the command line with Neo4j's Cypher
// parser and semantic analysis, once per Cypher version, and prints the
// statements it split the file into and every diagnostic as JSON.
//
// Functions are checked against the built-in ones of the function table
// the package ships (a dump of a real server's, APOC left out), so a
// misspelt or unknown function is an error, as it is on a server.
const lintScript = `
const ls = require('@neo4j-cypher/language-support');
const fs = require('fs');
const functions = {};
let builtins = 0;
for (const [version, table] of Object.entries(ls.testData.mockSchema.functions)) {
  functions[version] = {};
  for (const [name, fn] of Object.entries(table)) {
    if (fn.isBuiltIn) { functions[version][name] = fn; builtins++; }
  }
}
const results = [];
for (const file of process.argv.slice(1)) {
  const query = fs.readFileSync(file, 'utf8');
  const statements = ls.parserWrapper.parse(query).statementsParsing
    .map(s => s.command.type === 'cypher' ? s.command.statement.trim() : '')
    .filter(s => s !== '');
  for (const version of ['CYPHER 5', 'CYPHER 25']) {
    const diagnostics = ls.lintCypherQuery(query, {defaultLanguage: version, functions}).map(d => ({
      severity: d.severity, message: d.message,
      line: d.range.start.line + 1, column: d.range.start.character + 1,
    }));
    results.push({file, version, statements, diagnostics});
  }
}
process.stdout.write(JSON.stringify({builtins, results}));
`

// cypherDiagnostic is one finding of the linter; Severity follows the
// Language Server Protocol (1 error, 2 warning, 3 information, 4 hint).
type cypherDiagnostic struct {
	Severity     int
	Message      string
	Line, Column int
}

// cypherLint is what the linter reports about one file in one Cypher version.
type cypherLint struct {
	File, Version string
	Statements    []string
	Diagnostics   []cypherDiagnostic
}

// problems returns the errors and warnings (a deprecation, a Cartesian
// product) as file:line:column messages.
func (l cypherLint) problems() []string {
	var out []string
	for _, d := range l.Diagnostics {
		if d.Severity <= 2 {
			kind := "error"
			if d.Severity == 2 {
				kind = "warning"
			}
			out = append(out, fmt.Sprintf("%s:%d:%d: %s (%s): %s", filepath.Base(l.File), d.Line, d.Column, kind, l.Version, d.Message))
		}
	}
	return out
}

// lintCypher runs lintScript over files and returns its findings, two per
// file (Cypher 5, then Cypher 25).
func lintCypher(t *testing.T, files ...string) []cypherLint {
	t.Helper()
	nm := exporttest.NodeModules(t, cypherPkg)
	cmd := exec.Command(exporttest.Tool(t, "node"), append([]string{"-e", lintScript}, files...)...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+nm)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var got struct {
		Builtins int
		Results  []cypherLint
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Builtins < 100 {
		t.Fatalf("%s ships %d built-in functions; unknown functions would go unnoticed", cypherPkg, got.Builtins)
	}
	if len(got.Results) != 2*len(files) {
		t.Fatalf("%d results for %d files", len(got.Results), len(files))
	}
	return got.Results
}

var loadStatement = regexp.MustCompile(`^LOAD CSV WITH HEADERS FROM 'file:///([a-z]+\.csv)' AS row\n`)

// TestCypherLints parses load.cypher, for the fixture and for an empty
// timeline, with Neo4j's Cypher parser and semantic analysis in Cypher 5
// and Cypher 25, and fails on any error or warning. It also checks that
// the parser sees three constraints and one LOAD CSV statement per file.
func TestCypherLints(t *testing.T) {
	full := filepath.Join(writeFixture(t), CypherFile)
	emptyDir := filepath.Join(t.TempDir(), "empty")
	if err := WriteDir(emptyDir, &timeline.Timeline{}, nil); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(emptyDir, CypherFile)
	for _, l := range lintCypher(t, full, empty) {
		for _, p := range l.problems() {
			t.Error(p)
		}
		constraints, loaded := 0, map[string]int{}
		for _, s := range l.Statements {
			if m := loadStatement.FindStringSubmatch(s); m != nil {
				loaded[m[1]]++
			} else if strings.HasPrefix(s, "CREATE CONSTRAINT ") {
				constraints++
			} else {
				t.Errorf("%s: unexpected statement %q", l.File, s)
			}
		}
		if constraints != 3 {
			t.Errorf("%s: %d constraints, want 3", l.File, constraints)
		}
		for _, name := range files[:6] {
			if loaded[name] != 1 {
				t.Errorf("%s: %s loaded %d times, want once", l.File, name, loaded[name])
			}
		}
	}
}

// TestCypherLintCatchesMistakes breaks load.cypher in one place at a time
// and checks that the linter reports an error (or, for the Cartesian
// product, a warning) on the broken line, so that
// TestCypherLints would notice the same mistake in the encoder.
func TestCypherLintCatchesMistakes(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(writeFixture(t), CypherFile))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, old, new, want string
	}{
		{"missing parenthesis", "MERGE (a:Actor {id: row.`id:ID(Actor)`})", "MERGE (a:Actor {id: row.`id:ID(Actor)`}", "Invalid input"},
		{"misspelt clause", "LOAD CSV WITH HEADERS FROM 'file:///events.csv'", "LOAD CSV WITH HEADER FROM 'file:///events.csv'", "expected 'HEADERS'"},
		{"unknown function", "toFloat(", "toFlaot(", "toFlaot is not present"},
		{"undefined variable", "MERGE (e:Event {id: row.", "MERGE (e:Event {id: rows.", "Variable `rows` not defined"},
		{"unquoted typed column", "row.`:TYPE` = 'PARTICIPATED_IN'", "row.:TYPE = 'PARTICIPATED_IN'", "Invalid input"},
		{"Cartesian product", "})\nMATCH (e:Event {id: row.`:END_ID(Event)`})", "}), (e:Event {id: row.`:END_ID(Event)`})", "disconnected patterns"},
		{"old constraint syntax", "FOR (e:Event) REQUIRE e.id IS UNIQUE", "ON (e:Event) ASSERT e.id IS UNIQUE", "ON"},
	}
	dir := t.TempDir()
	var paths []string
	lines := make([]int, len(tests))
	for i, tt := range tests {
		at := strings.Index(string(good), tt.old)
		if at < 0 {
			t.Fatalf("%s: load.cypher lacks %q", tt.name, tt.old)
		}
		lines[i] = strings.Count(string(good[:at]), "\n") + 1
		bad := string(good[:at]) + tt.new + string(good[at+len(tt.old):])
		p := filepath.Join(dir, fmt.Sprintf("broken%d.cypher", i))
		if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	results := lintCypher(t, paths...)
	for i, tt := range tests {
		for _, l := range results[2*i : 2*i+2] {
			found := false
			for _, d := range l.Diagnostics {
				// A parse error may be reported where the parser gives up,
				// a line or two after the mistake.
				if d.Severity <= 2 && strings.Contains(d.Message, tt.want) && d.Line >= lines[i] && d.Line <= lines[i]+2 {
					found = true
				}
			}
			if !found {
				t.Errorf("%s (%s, line %d): no problem %q reported; got %+v", tt.name, l.Version, lines[i], tt.want, l.Diagnostics)
			}
		}
	}
}
