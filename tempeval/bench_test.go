package tempeval

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/timeml"
)

// BenchmarkScore scores 250 documents of 10 gold and 10 system expressions
// each, half of them shifted by a few bytes.
func BenchmarkScore(b *testing.B) {
	text := strings.Repeat("On Monday, 3 May 1999, the talks ended. ", 10)
	var docs []Doc
	for i := range 250 {
		d := Doc{Name: fmt.Sprint(i), Text: text}
		for j := range 10 {
			off := j * 41
			d.Gold = append(d.Gold, timeml.Timex{Start: off + 3, End: off + 9, Text: text[off+3 : off+9], Type: "DATE", Value: "1999-05-03"})
			s := off + 3 + j%2*4
			d.System = append(d.System, timeml.Timex{Start: s, End: off + 21, Text: text[s : off+21], Type: "DATE", Value: "1999-05-03"})
		}
		docs = append(docs, d)
	}
	for b.Loop() {
		Score(docs)
	}
}
