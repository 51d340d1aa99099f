package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestSeedsGolden tags the project's seed articles with the DCT of the
// dated ones and compares the result with testdata/seeds.golden.
func TestSeedsGolden(t *testing.T) {
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no seed articles under ../seeds")
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "== %s\n", filepath.Base(f))
		for _, x := range Tag(string(data), friday) {
			fmt.Fprintf(&b, "%d:%d\t%q\t%s\t%s\t%s\trelative=%v\n", x.Start, x.End, x.Text, x.Type, x.Value, x.Mod, x.Relative)
		}
	}
	golden := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("tags of the seeds differ from %s (rerun with -update after checking):\n%s", golden, firstDiff(got, string(want)))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, a, b)
		}
	}
	return ""
}
