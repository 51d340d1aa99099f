package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/models"
)

// config is the command line.
type config struct {
	data string // the shared data folder (ud/, tempeval3/)
	root string // the repository (actor/data/)
	out  string // where the models go
	// namesCV, when positive, trains only the name finder and scores it
	// by cross-validation over Universal NER dev in that many folds.
	namesCV int
}

func parseArgs(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	fs.StringVar(&c.data, "data", "../shared/data", "the shared data `folder` (ud/ewt, ud/gum-ccby, ud/uner-ewt, tempeval3/TE3-Silver)")
	fs.StringVar(&c.root, "root", ".", "the repository's root `folder` (reads actor/data/ for the name finder's gazetteer)")
	fs.StringVar(&c.out, "out", "nlp/models/data", "write the models and manifest.json to `folder`")
	fs.IntVar(&c.namesCV, "names-cv", 0, "train only the name finder (on the committed tagger's tags) and score it on GUM dev and by `k`-fold cross-validation over Universal NER dev; write nothing")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil, nil
		}
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	return c, nil
}

// licenses names the license of each data folder, for the manifest.
var licenses = map[string]string{
	"ewt":      "CC BY-SA 4.0 (UD English-EWT)",
	"gum-ccby": "CC BY / public domain genres of UD English-GUM (credit the GUM annotators)",
	"uner-ewt": "CC BY-SA 4.0 (Universal NER, English EWT)",
}

// corpus is the data read for training and evaluation.
type corpus struct {
	files map[string][]byte // by path relative to the data folder
	sents map[string][]conllu.Sentence
	extra []models.DataFile // other inputs: actor data, news text
}

// dataFiles are every file read, relative to the data folder.
var dataFiles = []string{
	"ewt/train.conllu", "ewt/dev.conllu", "ewt/test.conllu",
	"gum-ccby/train.conllu", "gum-ccby/dev.conllu", "gum-ccby/test.conllu",
	"uner-ewt/dev.iob2", "uner-ewt/test.iob2",
}

func readCorpus(dir string) (*corpus, error) {
	c := &corpus{files: map[string][]byte{}, sents: map[string][]conllu.Sentence{}}
	for _, p := range dataFiles {
		b, err := os.ReadFile(filepath.Join(dir, "ud", p))
		if err != nil {
			return nil, err
		}
		c.files[p] = b
		if filepath.Ext(p) == ".conllu" {
			s, err := conllu.Read(bytes.NewReader(b), filepath.Join(dir, "ud", p))
			if err != nil {
				return nil, err
			}
			c.sents[p] = s
		}
	}
	return c, nil
}

// manifestData lists the files with their sizes and checksums.
func (c *corpus) manifestData() []models.DataFile {
	var out []models.DataFile
	for _, p := range dataFiles {
		sum := sha256.Sum256(c.files[p])
		out = append(out, models.DataFile{
			Path: "ud/" + p, Origin: models.Shared, Bytes: int64(len(c.files[p])), SHA256: hex.EncodeToString(sum[:]),
			License: licenses[filepath.Dir(p)],
		})
	}
	return append(out, c.extra...)
}

// concat returns the sentences of the named files, in order.
func (c *corpus) concat(paths ...string) []conllu.Sentence {
	var out []conllu.Sentence
	for _, p := range paths {
		out = append(out, c.sents[p]...)
	}
	return out
}
