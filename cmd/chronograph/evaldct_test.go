package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDCT: the seeds listed in a truth file are read without their
// dates; two are inferred right from the other seeds' events, the third
// only to an interval that holds its date, and a bad truth line is reported at its line while the others are
// scored.
func TestEvalDCT(t *testing.T) {
	truth := filepath.Join(t.TempDir(), "truth.tsv")
	body := "002_a75765fb136109cd\t2025-03-21\n003_c874f07a45f4cf8f\t2025-03-21\n004_0ff7a6ccd24ab450\t2025-07-14\nbad line\n"
	if err := os.WriteFile(truth, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCmd(t, "", "eval", "dct", truth, "../../seeds")
	if err == nil || !strings.Contains(errOut, "truth.tsv:4: want ID<TAB>YYYY-MM-DD") {
		t.Errorf("want the bad line reported and a failing exit; err %v, stderr %q", err, errOut)
	}
	for _, want := range []string{
		"002_a75765fb136109cd  2025-03-21  2025-03-21             +0    right",
		"004_0ff7a6ccd24ab450  2025-07-14  2025-06-21/2025-12-31  +170  holds",
		"3 articles: 2 right, 0 near (within 3 days), 1 holds (an interval holding the truth), 0 wrong, 0 none; 0 off by 7 days or more",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
