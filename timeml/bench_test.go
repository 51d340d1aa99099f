package timeml

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkParse parses all of TBAQ-cleaned; b.SetBytes makes the result
// a throughput.
func BenchmarkParse(b *testing.B) {
	var data [][]byte
	n := 0
	for _, f := range tbaqFiles(b) {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
		n += len(d)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range data {
			if _, err := Parse("f", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkWrite writes all of TBAQ-cleaned.
func BenchmarkWrite(b *testing.B) {
	var docs []*Document
	for _, f := range tbaqFiles(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := Parse(f, data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	var buf bytes.Buffer
	for b.Loop() {
		for _, d := range docs {
			buf.Reset()
			if err := Write(&buf, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
