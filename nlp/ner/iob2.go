package ner

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// IOB2Sentence is one sentence of a Universal NER file: its sent_id, its
// tokens and their IOB2 labels, and the line it starts on.
type IOB2Sentence struct {
	ID     string
	Forms  []string
	Labels []string
	Line   int
}

// maxIOB2Line is the longest line ReadIOB2 accepts, in bytes.
const maxIOB2Line = 1 << 20

// ReadIOB2 reads a Universal NER file: sentences separated by blank lines,
// comment lines "# sent_id = ..." and token lines "id<TAB>token<TAB>label"
// with optional further columns. Token ids must count 1, 2, ... and labels
// be "O", "B-X" or "I-X". name is used in errors ("file:line: msg"); every
// malformed line is reported, as a diag.List.
func ReadIOB2(r io.Reader, name string) ([]IOB2Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxIOB2Line)
	var (
		out    []IOB2Sentence
		cur    IOB2Sentence
		open   bool
		errs   diag.List
		lineNo int
	)
	flush := func() {
		if open && len(cur.Forms) > 0 {
			out = append(out, cur)
		} else if open {
			errs.Add(name, cur.Line, "sentence has no tokens")
		}
		cur, open = IOB2Sentence{}, false
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if !open {
			cur, open = IOB2Sentence{Line: lineNo}, true
		}
		if c, ok := strings.CutPrefix(line, "#"); ok {
			if len(cur.Forms) > 0 {
				errs.Add(name, lineNo, "comment after tokens")
				continue
			}
			if k, v, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == "sent_id" {
				cur.ID = strings.TrimSpace(v)
			}
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			errs.Add(name, lineNo, fmt.Sprintf("%d columns, want at least 3", len(cols)))
			continue
		}
		if n, err := strconv.Atoi(cols[0]); err != nil || n != len(cur.Forms)+1 {
			errs.Add(name, lineNo, fmt.Sprintf("token id %q, want %d", cols[0], len(cur.Forms)+1))
			continue
		}
		if cols[1] == "" {
			errs.Add(name, lineNo, "empty token")
			continue
		}
		if !validLabel(cols[2]) {
			errs.Add(name, lineNo, fmt.Sprintf("bad label %q", cols[2]))
			continue
		}
		cur.Forms = append(cur.Forms, cols[1])
		cur.Labels = append(cur.Labels, cols[2])
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s:%d: %w", name, lineNo+1, err)
	}
	flush()
	return out, errs.Err()
}

// validLabel reports whether l is "O" or "B-X"/"I-X" with a non-empty X.
func validLabel(l string) bool {
	if l == "O" {
		return true
	}
	pre, typ, ok := strings.Cut(l, "-")
	return ok && typ != "" && (pre == "B" || pre == "I")
}

// Attach stores the labels of iob in the MISC column (key [MiscKey]) of
// the sentences with the same sent_id. When both have as many tokens the
// labels go by position (Universal NER sometimes spells a word otherwise:
// "can" for EWT's "ca"); otherwise the tokens must spell the same
// characters and each word takes the label of the token its first
// character is in ("Fudrucker s" for EWT's "Fudruckers"). Sentences of
// sents without a match are left alone. It returns an error for a
// sentence of iob missing from sents or that cannot be aligned.
func Attach(sents []conllu.Sentence, iob []IOB2Sentence) error {
	byID := make(map[string]int, len(sents))
	for i := range sents {
		if id, ok := sents[i].Comment("sent_id"); ok {
			byID[id] = i
		}
	}
	for _, x := range iob {
		i, ok := byID[x.ID]
		if !ok {
			return fmt.Errorf("ner: line %d: sentence %q not in the treebank", x.Line, x.ID)
		}
		s := &sents[i]
		if len(s.Tokens) == len(x.Forms) {
			SetLabels(s, x.Labels)
			continue
		}
		labels, ok := align(s.Forms(), x.Forms, x.Labels)
		if !ok {
			return fmt.Errorf("ner: line %d: sentence %q: tokens do not spell the treebank's words", x.Line, x.ID)
		}
		SetLabels(s, labels)
	}
	return nil
}

// align projects labels of tokens onto words that spell the same
// characters; ok is false when they do not.
func align(words, tokens, labels []string) (out []string, ok bool) {
	if strings.Join(words, "") != strings.Join(tokens, "") {
		return nil, false
	}
	out = make([]string, len(words))
	t, tEnd := 0, len(tokens[0]) // token t covers characters up to tEnd
	pos := 0
	for i, w := range words {
		for pos >= tEnd && t+1 < len(tokens) {
			t++
			tEnd += len(tokens[t])
		}
		out[i] = labels[t]
		pos += len(w)
	}
	return Labels(Spans(out), len(out)), true
}
