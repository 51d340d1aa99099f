package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tbaqDir is the TempEval-3 TimeBank+AQUAINT gold, beside the project.
const tbaqDir = "../../shared/data/tempeval3/TBAQ-cleaned"

// stripTags returns the text of a TimeML <TEXT> element without markup.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return b.String()
		}
		s = s[i+j+1:]
	}
}

// tbaqTexts reads the TEXT contents of the TBAQ files, or skips b.
func tbaqTexts(tb testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(tbaqDir, "*", "*.tml"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("no TBAQ files under %s", tbaqDir)
		}
		tb.Skipf("no TBAQ files under %s", tbaqDir)
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		s := string(data)
		a, e := strings.Index(s, "<TEXT>"), strings.Index(s, "</TEXT>")
		if a < 0 || e < a {
			continue
		}
		texts = append(texts, stripTags(s[a+len("<TEXT>"):e]))
	}
	return texts
}

func BenchmarkTagTBAQ(b *testing.B) {
	texts := tbaqTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	dct := time.Date(1998, 2, 6, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Tag(t, dct)
		}
	}
}
