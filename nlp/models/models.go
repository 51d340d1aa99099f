// Package models holds the trained models of the language core, embedded
// in the binary so that a fresh machine needs nothing but Go: one file in
// gzip format per model (tagger, lemma, morph, parser, ner; compressed, or
// in stored blocks when compressing saves little, which load faster) and
// manifest.json, which records for each model the training data it was
// made from (path, size and SHA-256 of every file), its configuration, size
// and the scores measured when it was trained.
//
// The files are written by `go run ./nlp/cmd/train`; package nlp decodes
// them. This package only holds bytes, so it imports no model package.
package models

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
)

// files holds data/: the models, manifest.json and README.md (the data and
// licenses they derive from). Embedding the folder rather than *.gz lets
// the training command build before any model exists.
//
//go:embed data
var files embed.FS

// Names are the models, in the order the pipeline runs them.
var Names = []string{"tagger", "lemma", "morph", "parser", "ner"}

// Dir is the folder of the model files, relative to this package.
const Dir = "data"

// FileName returns the file of model name ("tagger" → "tagger.model.gz").
func FileName(name string) string { return name + ".model.gz" }

// Open returns a reader of the decompressed bytes of model name.
func Open(name string) (io.Reader, error) {
	b, err := files.ReadFile("data/" + FileName(name))
	if err != nil {
		return nil, fmt.Errorf("models: %s: %w", name, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("models: %s: %w", name, err)
	}
	return zr, nil
}

// Size returns the size of model name's file in bytes, or -1.
func Size(name string) int {
	b, err := files.ReadFile("data/" + FileName(name))
	if err != nil {
		return -1
	}
	return len(b)
}

// Manifest describes the models: what each was trained on and how it
// scored.
type Manifest struct {
	// Data is every training, development and test file read, by path
	// relative to the data folder (ud/ewt/train.conllu).
	Data   []DataFile `json:"data"`
	Models []Model    `json:"models"`
}

// DataFile is one file of training or evaluation data, or a set of files
// (Path a glob such as "tempeval3/TE3-Silver/*.tml", see [GlobSum]).
type DataFile struct {
	Path    string `json:"path"`
	Origin  string `json:"origin"` // Shared (../shared/data) or Repository
	Bytes   int64  `json:"bytes"`
	SHA256  string `json:"sha256"`
	License string `json:"license"`
}

// Model is one trained model.
type Model struct {
	Name   string   `json:"name"`
	File   string   `json:"file"`
	Bytes  int      `json:"bytes"`
	Train  []string `json:"train"` // data paths trained on
	Config any      `json:"config"`
	// Scores are the figures measured at training time, by set
	// ("ewt-test") and metric ("UPOS", "LAS", "F1").
	Scores map[string]map[string]float64 `json:"scores"`
}

// Origins of data files.
const (
	Shared     = "shared"     // the shared data folder, ../shared/data
	Repository = "repository" // this repository
)

// GlobSum is the checksum of a set of files: SHA-256 over each file's base
// name, a NUL, its size and its bytes, in name order.
type GlobSum struct {
	h     hash.Hash
	bytes int64
}

// NewGlobSum starts a set checksum.
func NewGlobSum() *GlobSum { return &GlobSum{h: sha256.New()} }

// Add adds a file; files must come in name order.
func (g *GlobSum) Add(name string, data []byte) {
	fmt.Fprintf(g.h, "%s\x00%d\x00", name, len(data))
	g.h.Write(data)
	g.bytes += int64(len(data))
}

// DataFile returns the set as a shared data file named by its glob.
func (g *GlobSum) DataFile(glob string) DataFile {
	return DataFile{Path: glob, Origin: Shared, Bytes: g.bytes, SHA256: hex.EncodeToString(g.h.Sum(nil))}
}

// ReadManifest returns the embedded manifest.
func ReadManifest() (*Manifest, error) {
	b, err := files.ReadFile("data/manifest.json")
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("models: manifest.json: %w", err)
	}
	return &m, nil
}
