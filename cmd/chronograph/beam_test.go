package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// TestBeamModule runs the tests of the Beam build (the module beam/, kept
// apart so that chronograph's own build does not carry the Beam SDK): on
// Beam's Prism runner, in process, timeline.json and graph.json of the seeds
// and of TE3-Silver must be the bytes `chronograph build --formats json`
// writes. They run here so that `go test ./...` covers them.
func TestBeamModule(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the Beam module's tests take a minute or more")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		t.Fatalf("the go command is needed to test the Beam module: %v", err)
	}
	cmd := exec.Command(goBin, "test", "./...")
	cmd.Dir = filepath.Join("..", "..", "beam")
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go test in beam/: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}
