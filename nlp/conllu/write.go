package conllu

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Write writes sentences as CoNLL-U: comments, then one line per word (with
// multiword tokens before their first word and empty nodes after the word
// they follow), then a blank line. Empty columns are written as "_"; tabs
// and newlines inside a column become spaces so that every line keeps ten
// columns.
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sents {
		writeSentence(bw, &sents[i])
	}
	return bw.Flush()
}

func writeSentence(w *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		w.WriteString("# ")
		w.WriteString(clean(c))
		w.WriteByte('\n')
	}
	mw, em := 0, 0
	for em < len(s.Empties) && s.Empties[em].After == 0 {
		w.WriteString(s.Empties[em].Line)
		w.WriteByte('\n')
		em++
	}
	for i := range s.Tokens {
		for mw < len(s.Multiwords) && s.Multiwords[mw].First == i+1 {
			m := s.Multiwords[mw]
			w.WriteString(strconv.Itoa(m.First) + "-" + strconv.Itoa(m.Last) + "\t")
			w.WriteString(col(m.Form))
			w.WriteString("\t_\t_\t_\t_\t_\t_\t_\t")
			w.WriteString(col(m.Misc))
			w.WriteByte('\n')
			mw++
		}
		t := &s.Tokens[i]
		head := "_"
		if t.Head >= 0 {
			head = strconv.Itoa(t.Head)
		}
		for j, c := range [...]string{strconv.Itoa(i + 1), t.Form, t.Lemma, t.UPOS, t.XPOS, t.Feats, head, t.DepRel, t.Deps, t.Misc} {
			if j > 0 {
				w.WriteByte('\t')
			}
			w.WriteString(col(c))
		}
		w.WriteByte('\n')
		for em < len(s.Empties) && s.Empties[em].After == i+1 {
			w.WriteString(s.Empties[em].Line)
			w.WriteByte('\n')
			em++
		}
	}
	w.WriteByte('\n')
}

// col returns c as a column: "_" when empty, tabs and newlines as spaces.
func col(c string) string {
	if c == "" {
		return "_"
	}
	return clean(c)
}

func clean(c string) string {
	if strings.ContainsAny(c, "\t\n\r") {
		return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(c)
	}
	return c
}
