package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timeml"
)

// silverText returns the text of the first n TE3-Silver articles, read
// by the project's TimeML parser: the corpus the speed targets are stated
// on.
func silverText(b *testing.B, n int) string {
	files, _ := filepath.Glob("../../shared/data/tempeval3/TE3-Silver/*.tml")
	if len(files) == 0 {
		b.Skip("TE3-Silver absent")
	}
	var sb strings.Builder
	for _, f := range files[:min(n, len(files))] {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := timeml.Parse(f, data)
		if err != nil {
			b.Fatal(err)
		}
		sb.WriteString(doc.Text)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkAnalyze measures the whole analysis (tokens, tags, lemmas,
// features, trees, names) in MB/s of news text: run with GOMAXPROCS=1
// for the one-core figure.
func BenchmarkAnalyze(b *testing.B) {
	text := silverText(b, 200)
	p := pipeline(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	words := 0
	for b.Loop() {
		words = 0
		for _, s := range p.Analyze(text) {
			words += len(s.Tokens)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTag measures the tagger alone on news text already split into
// words: tokens/s is the figure the speed target is stated in.
func BenchmarkTag(b *testing.B) {
	p, sents, words := benchSentences(b, false)
	b.ResetTimer()
	for b.Loop() {
		for i := range sents {
			p.Tagger.Tag(&sents[i])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures decoding every embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNames measures the name finder alone on news text already
// split into words and tagged: words/s.
func BenchmarkNames(b *testing.B) {
	text := silverText(b, 200)
	p := pipeline(b)
	sents := p.Words(text)
	words := 0
	for i := range sents {
		p.Tagger.Tag(&sents[i])
		words += len(sents[i].Tokens)
	}
	b.ResetTimer()
	for b.Loop() {
		for i := range sents {
			p.Names.Label(&sents[i])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkParse measures the parser alone (transitions and labels) on
// news text already split into words and tagged: words/s.
func BenchmarkParse(b *testing.B) {
	p, sents, words := benchSentences(b, true)
	b.ResetTimer()
	for b.Loop() {
		for i := range sents {
			p.Parser.Parse(&sents[i])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// benchSentences returns the pipeline, the first 200 TE3-Silver articles
// split into sentences of words (tagged, as the parser reads them, when
// tagged is set) and how many words they hold.
func benchSentences(b *testing.B, tagged bool) (*Pipeline, []conllu.Sentence, int) {
	p := pipeline(b)
	sents := p.Words(silverText(b, 200))
	words := 0
	for i := range sents {
		if tagged {
			p.Tagger.Tag(&sents[i])
			repairTags(&sents[i])
		}
		words += len(sents[i].Tokens)
	}
	return p, sents, words
}
