package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/diag"
)

// MaxLine is the longest line Read accepts, in bytes.
const MaxLine = 1 << 20

// Read reads every sentence of a CoNLL-U file. name is used in errors
// ("file:line: msg"). A malformed sentence is reported in the returned
// diag.List and skipped; the others are still returned.
func Read(r io.Reader, name string) ([]Sentence, error) {
	var (
		out  []Sentence
		errs diag.List
	)
	err := Scan(r, name, func(s Sentence) error {
		out = append(out, s)
		return nil
	}, &errs)
	if err != nil {
		return out, err
	}
	return out, errs.Err()
}

// Scan reads r sentence by sentence and calls f for each well-formed one,
// so a large file is never held whole. Malformed sentences are added to
// errs and skipped. Scan stops at the first error of r or f.
func Scan(r io.Reader, name string, f func(Sentence) error, errs *diag.List) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxLine)
	var (
		cur    Sentence
		bad    string
		badAt  int // line of bad, or of the sentence for whole-sentence problems
		lineNo int
		open   bool
	)
	flush := func() error {
		if !open {
			return nil
		}
		open = false
		if bad == "" && len(cur.Tokens) == 0 {
			bad, badAt = "sentence has no words", cur.Line
		}
		if bad == "" {
			bad, badAt = cur.checkHeads(), cur.Line
		}
		if bad != "" {
			errs.Add(name, badAt, bad)
			bad = ""
			cur = Sentence{}
			return nil
		}
		s := cur
		cur = Sentence{}
		return f(s)
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		if !open {
			open = true
			cur.Line = lineNo
		}
		if bad != "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if len(cur.Tokens) > 0 || len(cur.Multiwords) > 0 {
				bad, badAt = "comment after words", lineNo
				continue
			}
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			continue
		}
		if msg := cur.addLine(line); msg != "" {
			bad, badAt = msg, lineNo
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, lineNo+1, err)
	}
	return flush()
}

// addLine adds one word, multiword or empty-node line to s and returns a
// message when it is malformed.
func (s *Sentence) addLine(line string) string {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Sprintf("%d columns, want 10", len(cols))
	}
	id := cols[0]
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first != len(s.Tokens)+1 || last < first {
			return fmt.Sprintf("bad multiword id %q", id)
		}
		s.Multiwords = append(s.Multiwords, Multiword{First: first, Last: last, Form: cols[1], Misc: cols[9]})
		return ""
	}
	if a, _, ok := strings.Cut(id, "."); ok {
		after, err := strconv.Atoi(a)
		if err != nil || after != len(s.Tokens) {
			return fmt.Sprintf("bad empty node id %q", id)
		}
		s.Empties = append(s.Empties, Empty{After: after, Line: line})
		return ""
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Tokens)+1 {
		return fmt.Sprintf("word id %q, want %d", id, len(s.Tokens)+1)
	}
	if cols[1] == "" {
		return "empty form"
	}
	head := -1
	if cols[6] != "_" {
		h, err := strconv.Atoi(cols[6])
		if err != nil || h < 0 {
			return fmt.Sprintf("bad head %q", cols[6])
		}
		head = h
	}
	s.Tokens = append(s.Tokens, Token{
		Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, DepRel: cols[7], Deps: cols[8], Misc: cols[9], Start: -1, End: -1,
	})
	return ""
}

// checkHeads reports heads that point outside the sentence and multiword
// tokens that reach past its last word.
func (s *Sentence) checkHeads() string {
	for i, t := range s.Tokens {
		if t.Head > len(s.Tokens) {
			return fmt.Sprintf("word %d: head %d outside the sentence", i+1, t.Head)
		}
	}
	for _, m := range s.Multiwords {
		if m.Last > len(s.Tokens) {
			return fmt.Sprintf("multiword %d-%d reaches past the last word", m.First, m.Last)
		}
	}
	return ""
}
