package event

import (
	"os"
	"path/filepath"
	"testing"
)

// timemlDir is the TempEval-3 gold (TimeBank and AQUAINT); override with
// CHRONOGRAPH_TIMEML to measure another TimeML corpus (e.g. TE3-Silver).
const timemlDir = "../../shared/data/tempeval3/TBAQ-cleaned"

// TimeMLFiles (exported to the external tests) lists the .tml files the
// TimeML measurements read: those of $CHRONOGRAPH_TIMEML or timemlDir, in
// folders one level down or at the top. Without any it skips the test, or fails it in CI, where the shared
// data is always beside the repository.
func TimeMLFiles(t *testing.T) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("measurement over the TimeML corpus; skipped with -short")
	}
	dir := os.Getenv("CHRONOGRAPH_TIMEML")
	if dir == "" {
		dir = timemlDir
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	more, _ := filepath.Glob(filepath.Join(dir, "*.tml"))
	files = append(files, more...)
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no TimeML files under %s", dir)
		}
		t.Skipf("no TimeML files under %s (shared data, not in the repository)", dir)
	}
	return files
}
