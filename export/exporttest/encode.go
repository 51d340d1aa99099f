package exporttest

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// Encoder is the signature of an exporter's Encode function.
type Encoder func(w io.Writer, tl *timeline.Timeline, g *graph.Graph) error

// Writer is the signature of an exporter's Write function, which writes
// its file into the folder dir.
type Writer func(dir string, tl *timeline.Timeline, g *graph.Graph) error

// Encode runs enc on tl and g and returns what it wrote, failing the test
// on an error.
func Encode(t testing.TB, enc Encoder, tl *timeline.Timeline, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := enc(&buf, tl, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// EncodeFixture runs enc on the fixture timeline and its graph (see
// [Graph]).
func EncodeFixture(t testing.TB, enc Encoder) []byte {
	t.Helper()
	tl, g := Graph(t)
	return Encode(t, enc, tl, g)
}

// TempFile writes data to a file called name in a fresh temporary folder
// and returns its path.
func TempFile(t testing.TB, name string, data []byte) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// CheckWrite runs write on the fixture into a temporary folder and checks
// that the file it names fileName equals the golden file at golden, and
// that writing into a missing folder is an error.
func CheckWrite(t testing.TB, write Writer, fileName, golden string) {
	t.Helper()
	tl, g := Graph(t)
	dir := t.TempDir()
	if err := write(dir, tl, g); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, fileName))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Write output differs from %s", golden)
	}
	if err := write(filepath.Join(dir, "missing", "dir"), tl, g); err == nil {
		t.Error("Write into a missing folder succeeded")
	}
}
