package cameo

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// The data files, tab-separated, one record a line, in the order of the
// source dictionary; lines starting with # are comments, the first other
// line names the columns. data/README.md describes them.
const (
	VerbsFile    = "verbs.tsv"
	PatternsFile = "patterns.tsv"
	SetsFile     = "sets.tsv"
)

// The column rows of the data files.
var (
	verbColumns    = []string{"lemma", "after", "block", "code", "passive", "forms", "line"}
	patternColumns = []string{"block", "code", "passive", "pattern", "verb", "line"}
	setColumns     = []string{"set", "member"}
)

// The comment lines that open each file.
const (
	attribution = "# Converted from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, Open Event Data Alliance,\n" +
		"# MIT license) by cameo/cmd/convert: do not edit by hand; see cameo/data/README.md.\n"
	verbsHeader = attribution +
		"# One verb of a synonym block a line. lemma: the verb's base form; after: the words that follow\n" +
		"# it in a multi-word verb (\"call off\"); block: its synonym block (patterns.tsv); code, passive:\n" +
		"# the CAMEO code of the verb alone (--- none) and the code read the other way (empty: none);\n" +
		"# forms: irregular forms; line: line in the source.\n"
	patternsHeader = attribution +
		"# One pattern of a synonym block a line; the most specific that fits the clause gives its code.\n" +
		"# pattern: elements before the verb, *, elements after it: word, &set, phrase mod_head,\n" +
		"# alternatives a|b, placeholders $ source + target % both ^ any, prepositional phrase prep:object\n" +
		"# (prep: alone). verb: the verb the pattern was written for; line: line in the source.\n"
	setsHeader = attribution +
		"# One member of a synonym set a line: a word, or a phrase whose last word is the head.\n"
)

// WriteVerbs writes verbs.tsv.
func (d *Dictionary) WriteVerbs(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(verbsHeader)
	writeRow(bw, verbColumns...)
	for _, b := range d.blocks {
		for _, v := range b.Verbs {
			writeRow(bw, v.Lemma, strings.Join(v.After, " "), b.Name, v.Code.String(),
				string(v.Passive), strings.Join(v.Forms, " "), strconv.Itoa(v.Line))
		}
	}
	return bw.Flush()
}

// WritePatterns writes patterns.tsv.
func (d *Dictionary) WritePatterns(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(patternsHeader)
	writeRow(bw, patternColumns...)
	for _, b := range d.blocks {
		for _, p := range b.Patterns {
			writeRow(bw, b.Name, p.Code.String(), string(p.Passive), p.String(), p.Verb,
				strconv.Itoa(p.Line))
		}
	}
	return bw.Flush()
}

// WriteSets writes sets.tsv.
func (d *Dictionary) WriteSets(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(setsHeader)
	writeRow(bw, setColumns...)
	for _, s := range d.sets {
		for _, m := range s.Members {
			writeRow(bw, s.Name, strings.Join(m, " "))
		}
	}
	return bw.Flush()
}

func writeRow(w *bufio.Writer, cells ...string) {
	w.WriteString(strings.Join(cells, "\t"))
	w.WriteByte('\n')
}

// ReadFS reads the three data files at the root of fsys. Errors name the
// file and line.
func ReadFS(fsys fs.FS) (*Dictionary, error) {
	var sets []*Set
	byName := map[string]*Set{}
	err := readTable(fsys, SetsFile, setColumns, func(c []string) error {
		s := byName[c[0]]
		if s == nil {
			s = &Set{Name: c[0]}
			byName[c[0]] = s
			sets = append(sets, s)
		}
		m := strings.Split(c[1], " ")
		for _, w := range m {
			if !ValidWord(w) {
				return fmt.Errorf("bad word %q", w)
			}
		}
		if !ValidWord(c[0]) {
			return fmt.Errorf("bad set name %q", c[0])
		}
		s.Members = append(s.Members, m)
		return nil
	})
	if err != nil {
		return nil, err
	}

	var blocks []*Block
	byBlock := map[string]*Block{}
	block := func(name string) *Block {
		b := byBlock[name]
		if b == nil {
			b = &Block{Name: name}
			byBlock[name] = b
			blocks = append(blocks, b)
		}
		return b
	}
	err = readTable(fsys, VerbsFile, verbColumns, func(c []string) error {
		v := &Verb{Lemma: c[0], After: fields(c[1]), Block: block(c[2]), Forms: fields(c[5])}
		for _, w := range append([]string{v.Lemma}, append(v.After, v.Forms...)...) {
			if !ValidWord(w) {
				return fmt.Errorf("bad word %q", w)
			}
		}
		var err error
		if v.Code, v.Passive, v.Line, err = codesAndLine(c[3], c[4], c[6]); err != nil {
			return err
		}
		v.Block.Verbs = append(v.Block.Verbs, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, PatternsFile, patternColumns, func(c []string) error {
		b := byBlock[c[0]]
		if b == nil {
			return fmt.Errorf("block %q has no verb in %s", c[0], VerbsFile)
		}
		p := &Pattern{Block: b, Verb: c[4]}
		var err error
		if p.Code, p.Passive, p.Line, err = codesAndLine(c[1], c[2], c[5]); err != nil {
			return err
		}
		if p.Before, p.After, err = ParsePattern(c[3]); err != nil {
			return err
		}
		eachSet(append(slices.Clip(p.Before), p.After...), func(name string) {
			if err == nil && byName[name] == nil {
				err = fmt.Errorf("undefined set &%s", name)
			}
		})
		if err != nil {
			return err
		}
		b.Patterns = append(b.Patterns, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return New(blocks, sets)
}

// fields splits a space-separated cell; the empty cell gives nil.
func fields(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, " ")
}

// codesAndLine reads the code, passive and line cells.
func codesAndLine(code, passive, line string) (Code, Code, int, error) {
	c, ok := parseCode(code)
	if !ok {
		return "", "", 0, fmt.Errorf("bad code %q", code)
	}
	var p Code
	if passive != "" {
		if p, ok = parseCode(passive); !ok || p == "" {
			return "", "", 0, fmt.Errorf("bad passive code %q", passive)
		}
	}
	n, err := strconv.Atoi(line)
	if err != nil || n < 1 {
		return "", "", 0, fmt.Errorf("bad line number %q", line)
	}
	return c, p, n, nil
}

// readTable calls row with the cells of every record of a file, after
// checking its column row; errors name the file and line.
func readTable(fsys fs.FS, name string, columns []string, row func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n, header := 0, false
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cells := strings.Split(line, "\t")
		if !header {
			if line != strings.Join(columns, "\t") {
				return fmt.Errorf("%s:%d: want the column row %q", name, n, strings.Join(columns, " "))
			}
			header = true
			continue
		}
		if len(cells) != len(columns) {
			return fmt.Errorf("%s:%d: %d cells, want %d", name, n, len(cells), len(columns))
		}
		if err := row(cells); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	if !header {
		return fmt.Errorf("%s:%d: no column row", name, n)
	}
	return nil
}
