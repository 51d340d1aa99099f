package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const evalGold = `<?xml version="1.0" ?>
<TimeML>
<DOCID>a</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-19" temporalFunction="false" functionInDocument="CREATION_TIME">2024-06-19</TIMEX3></DCT>
<TEXT>
Leaders met <TIMEX3 tid="t1" type="DATE" value="2024-06-19">Wednesday</TIMEX3>,
<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> after talks began <TIMEX3 tid="t3" type="DATE" value="2024-06-17">on June 17</TIMEX3>.
</TEXT>
</TimeML>
`

// evalSystem finds Wednesday right, "two days" with a wrong value, "June
// 17" with a shorter span, and a spurious "Leaders".
const evalSystem = `<TimeML><DOCID>a</DOCID><TEXT>
Leaders met <TIMEX3 tid="t1" type="DATE" value="2024-06-19">Wednesday</TIMEX3>,
<TIMEX3 tid="t2" type="DURATION" value="P3D">two days</TIMEX3> after talks began on <TIMEX3 tid="t9" type="DATE" value="2024-06-17">June 17</TIMEX3>.
</TEXT></TimeML>`

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEvalTimexSystemDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "gold", "sub", "a.tml"), evalGold)
	writeFile(t, filepath.Join(dir, "sys", "a.tml"), evalSystem) // flat system folder
	out, stderr, err := runCmd(t, "", "eval", "timex", filepath.Join(dir, "gold"), filepath.Join(dir, "sys"), "-misses", "5")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{
		"1 documents, 3 gold, 3 system",
		"strict     66.7   66.7   66.7",
		"relaxed   100.0  100.0  100.0",
		"type      100.0  100.0  100.0",
		"value      66.7   66.7   66.7   accuracy 66.7% (2 of 3 relaxed matches)",
		"misses: 0 missed, 0 spurious, 1 wrong value, 0 wrong type, 1 wrong span",
		`sub/a.tml:7  gold "two days" → P2D DURATION  system "two days" → P3D DURATION`,
		"Wednesday, [two days] after talks began on June 17.",
		`sub/a.tml:7  gold "on June 17" → 2024-06-17 DATE  system "June 17" → 2024-06-17 DATE`,
		"DATE            2      2  100.0  100.0  100.0  100.0  100.0",
		"DURATION        1      1  100.0  100.0  100.0  100.0    0.0",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalTimexKind(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "gold", "a.tml"), evalGold)
	writeFile(t, filepath.Join(dir, "sys", "a.tml"), evalSystem)
	out, stderr, err := runCmd(t, "", "eval", "timex", "-kind", "span", filepath.Join(dir, "gold"), filepath.Join(dir, "sys"))
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "1 wrong value, 0 wrong type, 1 wrong span") || !strings.Contains(out, `"on june 99"`) || strings.Contains(out, `"two days"`) {
		t.Errorf("-kind span output:\n%s", out)
	}
	if _, _, err := runCmd(t, "", "eval", "timex", "-kind", "late", dir); err == nil {
		t.Error("unknown kind accepted")
	}
}

func TestEvalTimexErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "gold", "a.tml"), evalGold)
	writeFile(t, filepath.Join(dir, "gold", "b.tml"), "<TimeML>\n<TEXT>a & b</TEXT></TimeML>")
	writeFile(t, filepath.Join(dir, "sys", "a.tml"), strings.Replace(evalSystem, "Leaders", "Leader", 1))
	out, stderr, err := runCmd(t, "", "eval", "timex", filepath.Join(dir, "gold"), filepath.Join(dir, "sys"))
	if err == nil || !strings.Contains(err.Error(), "2 file(s) had errors") {
		t.Errorf("error %v", err)
	}
	for _, want := range []string{"b.tml:2: bare '&'", "a.tml: TEXT differs from the gold TEXT at byte 7; scoring it as empty"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(out, "1 documents, 3 gold, 0 system") {
		t.Errorf("output:\n%s", out)
	}
	if _, _, err := runCmd(t, "", "eval", "dates", dir); err == nil {
		t.Error("unknown stage accepted")
	}
	if _, _, err := runCmd(t, "", "eval", "timex", filepath.Join(dir, "nothing")); err == nil {
		t.Error("missing gold folder accepted")
	}
}

// TestEvalTimexTBAQ runs the built-in tagger over TBAQ-cleaned and checks
// the counts, not the scores, which belong to the tagger's tests.
func TestEvalTimexTBAQ(t *testing.T) {
	tbaqFiles(t)
	out, stderr, err := runCmd(t, "", "eval", "timex", tbaqDir, "-misses", "0")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "256 documents, 1822 gold,") {
		t.Errorf("output:\n%s", out)
	}
}
