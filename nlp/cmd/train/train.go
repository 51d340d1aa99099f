package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/lemma"
	"github.com/chronograph-news/chronograph/nlp/models"
	"github.com/chronograph-news/chronograph/nlp/morph"
	"github.com/chronograph-news/chronograph/nlp/ner"
	"github.com/chronograph-news/chronograph/nlp/parser"
	"github.com/chronograph-news/chronograph/nlp/tagger"
	"github.com/chronograph-news/chronograph/nlp/udeval"
)

// Training and evaluation sets, by path relative to the data folder.
var (
	trainFiles = []string{"ewt/train.conllu", "gum-ccby/train.conllu"}
	devFiles   = []string{"ewt/dev.conllu", "gum-ccby/dev.conllu"}
	evalSets   = []string{"ewt/dev.conllu", "ewt/test.conllu", "gum-ccby/dev.conllu", "gum-ccby/test.conllu"}
)

// trained is every model with its config, as the manifest records it.
type trained struct {
	p       nlp.Pipeline
	configs map[string]any
	train   map[string][]string
}

func train(cfg *config, stdout, stderr io.Writer) error {
	start := time.Now()
	c, err := readCorpus(cfg.data)
	if err != nil {
		return err
	}
	gaz, actorData, err := gazetteer(cfg.root)
	if err != nil {
		return err
	}
	lex, newsData, err := newsLexicon(cfg.data)
	if err != nil {
		return err
	}
	c.extra = append(actorData, newsData)
	t := &trained{configs: map[string]any{}, train: map[string][]string{}}
	trainSet, devSet := c.concat(trainFiles...), c.concat(devFiles...)
	logs := newLogs(stderr)

	// The parser does not depend on the tagger's output at training time
	// (it learns from gold tags with noise), so it trains beside the
	// tagger, lemmatizer, morphology and name finder on the second core;
	// the name finder comes after the tagger, whose tags it learns from.
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() {
		tc, lc, mc, nc := tagger.DefaultConfig(), lemma.DefaultConfig(), morph.DefaultConfig(), ner.DefaultConfig()
		nc.Gazetteer, nc.Lexicon = gaz, lex
		w := logs.get("tagger")
		if t.p.Tagger, errs[0] = tagger.Train(trainSet, devSet, tc, w); errs[0] != nil {
			return
		}
		if t.p.Lemma, errs[0] = lemma.Train(trainSet, devSet, lc, logs.get("lemma")); errs[0] != nil {
			return
		}
		if t.p.Morph, errs[0] = morph.Train(trainSet, devSet, mc, logs.get("morph")); errs[0] != nil {
			return
		}
		var nerTrain []conllu.Sentence
		if nerTrain, errs[0] = nerSet(c, t.p.Tagger); errs[0] != nil {
			return
		}
		t.p.Names, errs[0] = ner.Train(nerTrain, nil, nc, logs.get("ner"))
		nc.Gazetteer, nc.Lexicon = nil, nil // recorded as data files, not as config
		t.configs["tagger"], t.configs["lemma"], t.configs["morph"], t.configs["ner"] = tc, lc, mc, nc
	})
	wg.Go(func() {
		pc := parser.DefaultConfig()
		t.p.Parser, errs[1] = parser.Train(trainSet, devSet, pc, logs.get("parser"))
		t.configs["parser"] = pc
	})
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	for _, m := range []string{"tagger", "lemma", "morph", "parser"} {
		t.train[m] = prefixed(trainFiles)
	}
	t.train["ner"] = append(prefixed(nerTrainFiles), newsGlob)
	t.train["ner"] = append(t.train["ner"], actorFiles...)
	t.train["ner"] = append(t.train["ner"], actorLexicon, phoenixFile)
	fmt.Fprintf(stderr, "trained in %s\n", time.Since(start).Round(time.Second))

	scores, err := evaluate(&t.p, c, stdout)
	if err != nil {
		return err
	}
	return write(cfg.out, t, c, scores, stdout)
}

func prefixed(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = "ud/" + p
	}
	return out
}

// nerTrainFiles are the files the name finder learns from: GUM's named
// entities, Universal NER's annotation of EWT dev (UNER has no training
// part here; its EWT test stays for evaluation) and EWT train's words,
// unlabelled, for word statistics and self-training.
var nerTrainFiles = []string{"gum-ccby/train.conllu", "ewt/train.conllu", "ewt/dev.conllu", "uner-ewt/dev.iob2"}

// nerSet returns the name finder's training sentences (ner.TrainingSet):
// copies, so that preparing them touches no other model's data; the UNER
// sentences are retagged by tg, as the name finder will meet them.
func nerSet(c *corpus, tg *tagger.Model) ([]conllu.Sentence, error) {
	gum := conllu.CloneAll(c.sents["gum-ccby/train.conllu"])
	ewtDev := conllu.CloneAll(c.sents["ewt/dev.conllu"])
	if err := attachUNER(c, ewtDev, "uner-ewt/dev.iob2"); err != nil {
		return nil, err
	}
	return ner.TrainingSet(gum, conllu.CloneAll(c.sents["ewt/train.conllu"]), ewtDev, tg.Tag), nil
}

// attachUNER sets the NER= items of sents from a Universal NER file.
func attachUNER(c *corpus, sents []conllu.Sentence, path string) error {
	iob, err := ner.ReadIOB2(bytes.NewReader(c.files[path]), path)
	if err != nil {
		return err
	}
	return ner.Attach(sents, iob)
}

// evaluate scores the pipeline on gold tokenization (every column
// predicted, as `chronograph eval parse` does) and the name finder on
// Universal NER's EWT test, and prints a table.
func evaluate(p *nlp.Pipeline, c *corpus, w io.Writer) (map[string]map[string]float64, error) {
	scores := map[string]map[string]float64{}
	for _, set := range evalSets {
		gold := c.sents[set]
		sc, err := udeval.Compare(gold, p.Reannotate(gold))
		if err != nil {
			return nil, err
		}
		m := map[string]float64{}
		for _, metric := range udeval.Metrics {
			m[metric] = round2(sc.Accuracy(metric))
		}
		scores[setName(set)] = m
	}
	test := conllu.CloneAll(c.sents["ewt/test.conllu"])
	if err := attachUNER(c, test, "uner-ewt/test.iob2"); err != nil {
		return nil, err
	}
	ns := ner.ScoreSentences(test, p.Reannotate(test))
	scores["uner-ewt-test"] = map[string]float64{
		"P": round2(ns.Micro.Precision()), "R": round2(ns.Micro.Recall()), "F1": round2(ns.Micro.F1()),
	}
	for typ, ct := range ns.PerType {
		scores["uner-ewt-test"]["F1-"+typ] = round2(ct.F1())
	}
	// GUM dev's named entities: the name finder's development set (no
	// part of GUM dev is trained on).
	gumDev := conllu.CloneAll(c.sents["gum-ccby/dev.conllu"])
	ner.FromGUM(gumDev)
	gs := ner.ScoreSentences(gumDev, p.Reannotate(gumDev))
	scores["gum-ccby-dev-names"] = map[string]float64{
		"P": round2(gs.Micro.Precision()), "R": round2(gs.Micro.Recall()), "F1": round2(gs.Micro.F1()),
	}
	fmt.Fprintf(w, "names, GUM dev: P %.2f R %.2f F1 %.2f\n", gs.Micro.Precision(), gs.Micro.Recall(), gs.Micro.F1())
	fmt.Fprintf(w, "%-14s", "set")
	for _, m := range udeval.Metrics {
		fmt.Fprintf(w, " %7s", m)
	}
	fmt.Fprintln(w)
	for _, set := range evalSets {
		fmt.Fprintf(w, "%-14s", setName(set))
		for _, m := range udeval.Metrics {
			fmt.Fprintf(w, " %7.2f", scores[setName(set)][m])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "\nnames, Universal NER EWT test (exact span and type):")
	ns.WriteTable(w)
	return scores, nil
}

// setName turns "ewt/test.conllu" into "ewt-test".
func setName(p string) string {
	dir, file := filepath.Split(p)
	return filepath.Base(dir) + "-" + file[:len(file)-len(filepath.Ext(file))]
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// scoresFor returns the part of the scores that concerns model name.
func scoresFor(name string, all map[string]map[string]float64) map[string]map[string]float64 {
	metrics := map[string][]string{
		"tagger": {"UPOS", "XPOS"}, "lemma": {"Lemmas"}, "morph": {"UFeats"},
		"parser": {"UAS", "LAS", "LAS+sub"},
	}[name]
	out := map[string]map[string]float64{}
	for set, m := range all {
		names := set == "uner-ewt-test" || set == "gum-ccby-dev-names"
		if name == "ner" {
			if names {
				out[set] = m
			}
			continue
		}
		if names {
			continue
		}
		out[set] = map[string]float64{}
		for _, k := range metrics {
			out[set][k] = m[k]
		}
	}
	return out
}

// encoder is what every model can do to be written.
type encoder interface {
	WriteTo(io.Writer) (int64, error)
}

// minSaving is the share of its size that compressing a model must save
// for write to keep it compressed: a model that compresses less (the
// parser, the tagger, the morphology: their bytes are mostly weights and
// hashes) is stored in gzip's uncompressed blocks, which load several
// times faster than inflating, for a few more megabytes in the repository.
const minSaving = 1.0 / 3

// write writes each model in gzip format (fixed header, so the bytes
// depend only on the model; compressed or stored, see minSaving) and the
// manifest into dir.
func write(dir string, t *trained, c *corpus, scores map[string]map[string]float64, stdout io.Writer) error {
	encs := map[string]encoder{
		"tagger": t.p.Tagger, "lemma": t.p.Lemma, "morph": t.p.Morph, "parser": t.p.Parser, "ner": t.p.Names,
	}
	man := models.Manifest{Data: c.manifestData()}
	total := 0
	for _, name := range models.Names {
		var raw bytes.Buffer
		if _, err := encs[name].WriteTo(&raw); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		buf, err := gzipped(raw.Bytes(), gzip.BestCompression)
		if err != nil {
			return err
		}
		if float64(buf.Len()) > (1-minSaving)*float64(raw.Len()) {
			if buf, err = gzipped(raw.Bytes(), gzip.NoCompression); err != nil {
				return err
			}
		}
		file := models.FileName(name)
		if err := writeFile(filepath.Join(dir, file), buf.Bytes()); err != nil {
			return err
		}
		total += buf.Len()
		man.Models = append(man.Models, models.Model{
			Name: name, File: file, Bytes: buf.Len(), Train: t.train[name], Config: t.configs[name],
			Scores: scoresFor(name, scores),
		})
		fmt.Fprintf(stdout, "%-7s %9d bytes\n", name, buf.Len())
	}
	fmt.Fprintf(stdout, "models  %9d bytes in all\n", total)
	b, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "manifest.json"), append(b, '\n'))
}

// gzipped returns b in gzip format at the given level.
func gzipped(b []byte, level int) (*bytes.Buffer, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	return &buf, zw.Close()
}

// writeFile writes through a temporary file and a rename, so that a
// failed run never leaves a half-written model.
func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
