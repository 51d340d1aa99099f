package exporttest

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// Node runs a JavaScript program with node, its require path (NODE_PATH)
// set to the node_modules folder that holds pkg (see [NodeModules]), and
// returns its standard output. A missing node or pkg skips the test
// locally and fails it in CI; a failing script fails the test.
func Node(t testing.TB, pkg, script string, args ...string) []byte {
	t.Helper()
	out, err := nodeCommand(t, pkg, script, args...).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	return out
}

// Ajv validates the JSON file dataFile against the JSON Schema in
// schemaFile with ajv (all errors reported). strict turns on ajv's strict
// mode, its default, which also rejects schemas using keywords it does not
// know. A missing node or ajv skips the test locally and fails it in CI;
// an invalid document is a test error listing ajv's complaints.
func Ajv(t testing.TB, schemaFile, dataFile string, strict bool) {
	t.Helper()
	opts := `{allErrors: true}`
	if !strict {
		opts = `{strict: false, allErrors: true}`
	}
	script := `
const Ajv = require('ajv');
const fs = require('fs');
const ajv = new Ajv(` + opts + `);
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[1], 'utf8')));
if (!validate(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')))) {
  console.log(JSON.stringify(validate.errors));
  process.exit(1);
}
console.log('ok');
`
	out, err := nodeCommand(t, "ajv", script, schemaFile, dataFile).CombinedOutput()
	if err != nil || string(bytes.TrimSpace(out)) != "ok" {
		t.Errorf("ajv: %v\n%s", err, out)
	}
}

// nodeCommand returns the command running script with node and NODE_PATH
// pointing at the folder that holds pkg.
func nodeCommand(t testing.TB, pkg, script string, args ...string) *exec.Cmd {
	t.Helper()
	nm := NodeModules(t, pkg)
	cmd := exec.Command("node", append([]string{"-e", script}, args...)...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+nm)
	return cmd
}

// Python runs a Python 3 program that uses networkx, with args as its
// sys.argv[1:], and returns its combined output. A missing python3 or
// networkx module skips the test locally and fails it in CI (see
// [Missing]); a failing script fails the test.
func Python(t testing.TB, script string, args ...string) []byte {
	t.Helper()
	py := Tool(t, "python3")
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		Missing(t, "python3 module networkx not installed")
	}
	out, err := exec.Command(py, append([]string{"-c", script}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	return out
}

// DecodeJSON unmarshals what a consumer printed into v, failing the test
// with the output when it is not the expected JSON.
func DecodeJSON(t testing.TB, out []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
}
