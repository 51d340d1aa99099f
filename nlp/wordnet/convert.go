package wordnet

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Header is the comment the converter writes at the top of the table.
const Header = `# chronograph noun classes, converted from Princeton WordNet 3.1 (index.noun, data.noun)
# by go run ./nlp/wordnet/cmd/convert; see data/README.md for the source and license.
# lemma<TAB>classes: the lexicographer classes (noun.CLASS) of the senses in
# which WordNet writes the lemma in lower case, most frequent sense first,
# each class once, for single-word lemmas of letters, hyphens and
# apostrophes; a third field "adj" marks a lemma that is also an adjective
# and whose noun senses SemCor tags none of (mostly an adjective). Do not
# edit: rerun the converter.
`

// synset is what the converter keeps of one line of data.noun.
type synset struct {
	class Class
	words []string // as written, spaces as "_"
}

// Convert reads WordNet's index.noun, data.noun and index.adj and writes
// the noun table (gzip of Header and sorted "lemma<TAB>class class…"
// lines, "<TAB>adj" after a lemma that is mostly an adjective) to w.
// Each lemma lists the classes of its senses in which it is a common noun
// — written in lower case in the synset, so "china" has the ware's class,
// not the country's — in the order of index.noun, most frequent first,
// each class once. Errors name the file and line.
func Convert(index, data, adjIndex io.Reader, w io.Writer) error {
	synsets, err := readData(data)
	if err != nil {
		return err
	}
	table, untagged, err := readIndex(index, synsets)
	if err != nil {
		return err
	}
	adjs, err := readAdjectives(adjIndex)
	if err != nil {
		return err
	}
	lemmas := make([]string, 0, len(table))
	for l := range table {
		lemmas = append(lemmas, l)
	}
	sort.Strings(lemmas)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(Header)
	for _, l := range lemmas {
		bw.WriteString(l)
		for i, c := range table[l] {
			if i == 0 {
				bw.WriteByte('\t')
			} else {
				bw.WriteByte(' ')
			}
			bw.WriteString(c.String())
		}
		if untagged[l] && adjs[l] {
			bw.WriteString("\tadj")
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// eachLine calls fn with the fields of each line of the database file
// name that is not the license's (those start with two spaces); an error
// fn returns stops it, with the file and line added.
func eachLine(r io.Reader, name string, fn func(f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.HasPrefix(t, "  ") || t == "" {
			continue
		}
		if err := fn(strings.Fields(t)); err != nil {
			return fmt.Errorf("wordnet: %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet: %s: %w", name, err)
	}
	return nil
}

// readData reads data.noun: per line, synset_offset lex_filenum ss_type
// w_cnt (hex) word lex_id ….
func readData(r io.Reader) (map[string]synset, error) {
	out := map[string]synset{}
	err := eachLine(r, "data.noun", func(f []string) error {
		if len(f) < 4 {
			return errors.New("short line")
		}
		lex, err1 := strconv.Atoi(f[1])
		n, err2 := strconv.ParseInt(f[3], 16, 32)
		if err1 != nil || err2 != nil || len(f) < 4+2*int(n) {
			return errors.New("bad lex_filenum or w_cnt")
		}
		s := synset{class: FromLexFile(lex)}
		for i := 0; i < int(n); i++ {
			s.words = append(s.words, f[4+2*i])
		}
		out[f[0]] = s
		return nil
	})
	return out, err
}

// readIndex reads index.noun: per line, lemma pos synset_cnt p_cnt
// ptr_symbol… sense_cnt tagsense_cnt synset_offset…, and returns the
// classes of each kept lemma's common-noun senses, each once, and the
// lemmas none of whose senses SemCor tags (tagsense_cnt 0).
func readIndex(r io.Reader, synsets map[string]synset) (map[string][]Class, map[string]bool, error) {
	out, untagged := map[string][]Class{}, map[string]bool{}
	err := eachLine(r, "index.noun", func(f []string) error {
		if len(f) < 4 {
			return errors.New("short line")
		}
		lemma := f[0]
		cnt, err := strconv.Atoi(f[2])
		if err != nil || cnt < 1 || len(f) < cnt+2 {
			return errors.New("bad synset_cnt")
		}
		if !plainWord(lemma) {
			return nil
		}
		untagged[lemma] = f[len(f)-cnt-1] == "0"
		for _, off := range f[len(f)-cnt:] {
			s, ok := synsets[off]
			if !ok {
				return fmt.Errorf("synset %s not in data.noun", off)
			}
			if s.class != None && writesLower(s.words, lemma) && !slices.Contains(out[lemma], s.class) {
				out[lemma] = append(out[lemma], s.class)
			}
		}
		return nil
	})
	return out, untagged, err
}

// readAdjectives returns the lemmas of index.adj (each line's first
// field).
func readAdjectives(r io.Reader) (map[string]bool, error) {
	out := map[string]bool{}
	err := eachLine(r, "index.adj", func(f []string) error {
		out[f[0]] = true
		return nil
	})
	return out, err
}

// plainWord reports whether lemma is one word of lower-case letters,
// hyphens and apostrophes, starting with a letter.
func plainWord(lemma string) bool {
	for i, r := range lemma {
		switch {
		case r >= 'a' && r <= 'z':
		case i > 0 && (r == '-' || r == '\''):
		default:
			return false
		}
	}
	return lemma != ""
}

// writesLower reports whether the synset holds lemma written exactly so,
// in lower case (not "China" for "china").
func writesLower(words []string, lemma string) bool {
	for _, w := range words {
		if w == lemma {
			return true
		}
	}
	return false
}
