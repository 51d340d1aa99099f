package tagger

import (
	"os"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/models"
)

// benchText is the benchmark's text, relative to this package; the
// benchmark is skipped when it is absent.
const benchText = "../../../shared/data/ud/ewt/test.conllu"

// BenchmarkTag tags EWT test with the embedded model; it reports tokens per
// second.
func BenchmarkTag(b *testing.B) {
	r, err := models.Open("tagger")
	if err != nil {
		b.Skip("no trained model:", err)
	}
	m, err := Read(r)
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Open(benchText)
	if err != nil {
		b.Skip("no test text:", err)
	}
	sents, err := conllu.Read(f, benchText)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range sents {
			m.Tag(&sents[i])
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(0, "ns/op")
}
