package tempeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/timeml"
)

const tml = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-21" functionInDocument="CREATION_TIME">2025-03-21</TIMEX3></DCT>
<TEXT>They met <TIMEX3 tid="t1" type="DATE" value="2025-03-20">yesterday</TIMEX3>.</TEXT>
</TimeML>
`

func TestPair(t *testing.T) {
	dir := t.TempDir()
	gold, sys := filepath.Join(dir, "gold"), filepath.Join(dir, "sys")
	os.MkdirAll(filepath.Join(gold, "sub"), 0o755)
	os.MkdirAll(sys, 0o755)
	os.WriteFile(filepath.Join(gold, "sub", "a.tml"), []byte(tml), 0o644)
	os.WriteFile(filepath.Join(gold, "b.tml"), []byte(strings.Replace(tml, "They", "We", 1)), 0o644)
	os.WriteFile(filepath.Join(sys, "a.tml"), []byte(tml), 0o644) // flat system folder

	var gotDCT time.Time
	docs, lines, errs := Pair(gold, "", func(text string, dct time.Time) []timeml.Timex {
		gotDCT = dct
		i := strings.Index(text, "yesterday")
		return []timeml.Timex{{Start: i, End: i + len("yesterday"), Text: "yesterday", Type: "DATE", Value: "2025-03-20"}}
	})
	if len(errs) != 0 || len(docs) != 2 || docs[0].Name != "b.tml" || docs[1].Name != "sub/a.tml" || lines["sub/a.tml"] == nil {
		t.Fatalf("tagger pairing: %d docs %v, errors %v", len(docs), docs, errs)
	}
	if gotDCT.Format(time.DateOnly) != "2025-03-21" || len(docs[1].System) != 1 {
		t.Errorf("tagger got DCT %v, system %v", gotDCT, docs[1].System)
	}
	if r := Score(docs); r.Strict().F1 != 1 {
		t.Errorf("strict F1 %v, want 1", r.Strict().F1)
	}

	docs, _, errs = Pair(gold, sys, nil)
	if len(docs) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "b.tml") {
		t.Fatalf("folder pairing: %d docs, errors %v (want b.tml missing)", len(docs), errs)
	}
	if len(docs[0].System) != 0 || len(docs[1].System) != 1 {
		t.Errorf("system of b %v (want none), of sub/a %v (want the flat file's)", docs[0].System, docs[1].System)
	}
	if _, _, errs := Pair(filepath.Join(dir, "none"), "", nil); len(errs) == 0 {
		t.Error("missing gold folder: no error")
	}
}
