package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestConvertGolden converts the handmade excerpt of actor/testdata/phoenix/in
// and compares the output and the skipped-line report with the golden files
// beside it.
func TestConvertGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "phoenix")
	out := t.TempDir()
	var warn bytes.Buffer
	st, err := run(filepath.Join(dir, "in"), out, filepath.Join("..", "..", "data"), false, &warn)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "phoenix.txt"))
	if err != nil {
		t.Fatal(err)
	}
	st.file = "phoenix.txt"
	report := append(warn.Bytes(), []byte(st.String()+"\n")...)
	for _, g := range []struct {
		file string
		got  []byte
	}{{"phoenix.golden", got}, {"report.golden", report}} {
		path := filepath.Join(dir, g.file)
		if *update {
			if err := os.WriteFile(path, g.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(g.got, want) {
			t.Errorf("%s differs from the conversion (go test -update rewrites it):\n%s", path, g.got)
		}
	}
}

// TestConvertGzipDeterministic checks that two conversions give the same
// bytes: the gzip header carries no time or name.
func TestConvertGzipDeterministic(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "phoenix", "in")
	var outs [2][]byte
	for i := range outs {
		out := t.TempDir()
		if _, err := run(dir, out, filepath.Join("..", "..", "data"), true, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out, "phoenix.txt.gz"))
		if err != nil {
			t.Fatal(err)
		}
		outs[i] = b
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two conversions differ")
	}
}
