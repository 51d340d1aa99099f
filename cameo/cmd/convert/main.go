// Command convert converts PETRARCH2's CAMEO verb dictionary into
// chronograph's data files (cameo/data/verbs.tsv, patterns.tsv, sets.tsv)
// and prints what it converted and what it left out.
//
// Usage, from the repository's root:
//
//	go run ./cameo/cmd/convert [-in ../shared/data/petrarch2/CAMEO.2.0.txt] [-out cameo/data]
//
// The output depends only on the input: rerunning it on the same file gives
// the same bytes.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/cameo"
	"github.com/chronograph-news/chronograph/cameo/petrarch"
)

func main() {
	in := flag.String("in", "../shared/data/petrarch2/CAMEO.2.0.txt", "PETRARCH verb dictionary to convert")
	out := flag.String("out", "cameo/data", "directory to write verbs.tsv, patterns.tsv and sets.tsv into")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "convert: unexpected arguments; usage: convert [-in FILE] [-out DIR]")
		os.Exit(2)
	}
	if err := run(*in, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "convert:", err)
		os.Exit(1)
	}
}

// run converts the dictionary at in into the data files under out and
// writes the warnings and a summary to log.
func run(in, out string, log io.Writer) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	res, err := petrarch.Parse(f, filepath.Base(in))
	if err != nil {
		return err
	}
	d := res.Dict
	for name, write := range map[string]func(io.Writer) error{
		cameo.VerbsFile: d.WriteVerbs, cameo.PatternsFile: d.WritePatterns, cameo.SetsFile: d.WriteSets,
	} {
		if err := atomicfile.Write(filepath.Join(out, name), write); err != nil {
			return err
		}
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(log, w)
	}
	summary(log, res)
	return nil
}

// summary writes the counts of the conversion.
func summary(w io.Writer, res *petrarch.Result) {
	d := res.Dict
	c := d.Counts()
	fmt.Fprintf(w, "blocks %d, verb entries %d (multi-word %d), lemmas %d, patterns %d, sets %d (members %d)\n",
		c.Blocks, c.Verbs, c.MultiWord, c.Lemmas, c.Patterns, c.Sets, c.Members)
	fmt.Fprintf(w, "left out: %d warnings, %d duplicate patterns, %d transformations\n",
		len(res.Warnings), res.Duplicates, res.Transformations)
	fmt.Fprintln(w, "root  patterns  verbs  name")
	for _, r := range cameo.Roots() {
		np, nv := 0, 0
		for _, b := range d.Blocks() {
			for _, p := range b.Patterns {
				if root, ok := p.Code.Root(); ok && root.Code == r.Code {
					np++
				}
			}
			for _, v := range b.Verbs {
				if root, ok := v.Code.Root(); ok && root.Code == r.Code {
					nv++
				}
			}
		}
		fmt.Fprintf(w, "%s  %8d  %5d  %s\n", r.Code, np, nv, r.Name)
	}
}
