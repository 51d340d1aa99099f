package models

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// sharedData is the shared data folder, relative to this package.
const sharedData = "../../../shared/data"

// TestManifest checks that every model is embedded with the size the
// manifest records, that the whole core stays within its 20 MB budget, and
// that the training data it records is the data in ../shared, byte for
// byte (no retraining: the checksums say the models were made from it).
func TestManifest(t *testing.T) {
	m, err := ReadManifest()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, name := range Names {
		var rec *Model
		for i := range m.Models {
			if m.Models[i].Name == name {
				rec = &m.Models[i]
			}
		}
		if rec == nil {
			t.Fatalf("manifest has no model %s", name)
		}
		if got := Size(name); got != rec.Bytes {
			t.Errorf("%s: embedded %d bytes, manifest says %d", name, got, rec.Bytes)
		}
		r, err := Open(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, r); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if len(rec.Train) == 0 || len(rec.Scores) == 0 {
			t.Errorf("%s: manifest records no training data or scores", name)
		}
		total += rec.Bytes
	}
	const budget = 20 << 20
	if total > budget {
		t.Errorf("models take %d bytes, over the %d budget", total, budget)
	}
	if _, err := os.Stat(sharedData); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data missing in CI: %v", err)
		}
		t.Skipf("shared data absent (%v): checksums not checked", err)
	}
	for _, d := range m.Data {
		var got string
		var size int64
		switch {
		case d.Origin == Repository:
			continue // the repository's own files (actor data) change with it; retrain to take them in
		case strings.Contains(d.Path, "*"):
			files, _ := filepath.Glob(filepath.Join(sharedData, d.Path))
			sort.Strings(files)
			g := NewGlobSum()
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				g.Add(filepath.Base(f), b)
			}
			df := g.DataFile(d.Path)
			got, size = df.SHA256, df.Bytes
		default:
			b, err := os.ReadFile(filepath.Join(sharedData, d.Path))
			if err != nil {
				t.Errorf("%s: %v", d.Path, err)
				continue
			}
			sum := sha256.Sum256(b)
			got, size = hex.EncodeToString(sum[:]), int64(len(b))
		}
		if got != d.SHA256 || size != d.Bytes {
			t.Errorf("%s: sha256 %s (%d bytes), manifest records %s (%d bytes): retrain with go run ./nlp/cmd/train",
				d.Path, got, size, d.SHA256, d.Bytes)
		}
	}
}
