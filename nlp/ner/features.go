package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	p "github.com/chronograph-news/chronograph/nlp/perceptron"
)

// Feature templates. Words are read lowercased; the window is
// featWindow words either side.
const (
	tBias = iota
	tWord
	tWordL1
	tWordR1
	tWordL2
	tWordR2
	tWordPairL
	tWordPairR
	tPrefix2
	tPrefix3
	tSuffix2
	tSuffix3
	tSuffix4
	tShape
	tShapeL1
	tShapeR1
	tShapeTri
	tUPOS
	tUPOSL1
	tUPOSR1
	tUPOSL2
	tUPOSR2
	tUPOSPairL
	tUPOSPairR
	tXPOS
	tUPOSShape
	tFirstShape
	tStyleShape
	tLength
	tLex
	tLexL1
	tLexR1
	tLexShape
	tCaps
	tCapsL1
	tCapsR1
	tPropn
	tCapsPropnUPOS
	tRunNone
	tRunPos
	tRunFirst
	tRunLast
	tRunLastSuffix
	tRunLastLex
	tRunFirstLex
	tRunBefore
	tRunAfter
	tRunShape
	tRunBeforeLast
	tInName
	tInNameShape
	tPrev
	tPrev2
	tPrevWord
	tPrevShape
	tPrevUPOS
	tPrevLex
	tGaz
	tGazShape
	tGazL1
	tGazR1
	tCls
	tClsL1
	tClsR1
	tClsL1Shape
	tRunLastCls
	tRunBeforeCls
	tRunGaz
	tPrevGaz
	tNewsCaps
	tNewsCapsShape
	tNewsCtx
	tNewsCtxL1
	tNewsCtxR1
	tRunNews
)

// featWindow is how many words either side the features read.
const featWindow = 2

// Sentence styles: whether the writer capitalizes at all.
const (
	styleMixed = iota // ordinary case
	styleLower        // no capital letter after the first word
	styleUpper        // most words all capitals
)

// styleUpperShare is the share of all-capitals words that makes a
// sentence styleUpper.
const styleUpperShare = 0.6

// sentence holds the per-word values the features read, padded with
// featWindow boundary words either side.
type sentence struct {
	low, shape, upos, xpos []string
	info                   []wordInfo // what the model knows of each word, padded
	gaz                    []gazMatch // gazetteer match per word, padded
	run                    []runSpan  // per word (unpadded): its name-like run
	style                  int
	n                      int
	forms                  []string // scratch for the gazetteer
	buf                    []byte   // the shapes' bytes
}

// boundary is the word, shape and tag of the padding around a sentence.
const boundary = "\x00"

// newSentence prepares the words of s in x (nil for a new sentence),
// reusing its memory, and returns it. words gives what is known of each
// lowercased word.
func newSentence(x *sentence, s *conllu.Sentence, words map[string]wordInfo, gaz *Gazetteer) *sentence {
	if x == nil {
		x = &sentence{}
	}
	n := len(s.Tokens)
	m := n + 2*featWindow
	x.n, x.style = n, styleMixed
	x.low, x.shape = resize(x.low, m), resize(x.shape, m)
	x.upos, x.xpos = resize(x.upos, m), resize(x.xpos, m)
	x.info, x.gaz = resize(x.info, m), resize(x.gaz, m)
	clear(x.gaz)
	for i := range featWindow {
		for _, k := range [2]int{i, m - 1 - i} {
			x.low[k], x.shape[k], x.upos[k], x.xpos[k] = boundary, boundary, boundary, boundary
			x.info[k] = noWord
		}
	}
	upper, capsAfterFirst := 0, false
	x.buf = x.buf[:0]
	for i, t := range s.Tokens {
		j := i + featWindow
		x.low[j] = strings.ToLower(t.Form)
		x.buf = appendShape(x.buf, t.Form)
		x.upos[j], x.xpos[j] = t.UPOS, t.XPOS
		if e, ok := words[x.low[j]]; ok {
			x.info[j] = e
		} else {
			x.info[j] = noWord
		}
		r, _ := utf8.DecodeRuneInString(t.Form)
		if i > 0 && unicode.IsUpper(r) {
			capsAfterFirst = true
		}
		if unicode.IsUpper(r) && len(t.Form) > 1 && isUpperWord(t.Form) {
			upper++
		}
	}
	// The shapes are slices of one string, cut at their ends.
	all := string(x.buf)
	at := 0
	for i := range n {
		l := int(all[at])
		x.shape[i+featWindow] = all[at+1 : at+1+l]
		at += 1 + l
	}
	x.run = findRuns(x.run, s)
	if gaz != nil {
		x.forms = resize(x.forms, n)
		for i := range s.Tokens {
			x.forms[i] = s.Tokens[i].Form
		}
		gaz.match(x.gaz[featWindow:featWindow+n], x.low[featWindow:featWindow+n], x.forms)
	}
	switch {
	case n > 1 && float64(upper) >= styleUpperShare*float64(n):
		x.style = styleUpper
	case n > 2 && !capsAfterFirst:
		x.style = styleLower
	}
	return x
}

// resize returns s with length n, reusing its memory when it can.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// isUpperWord reports whether upper-casing w leaves it as it is
// (strings.ToUpper(w) == w, without building the copy).
func isUpperWord(w string) bool {
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if (r == utf8.RuneError && size == 1) || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

// appendShape appends to buf the length of the shape of w (one byte) and
// the shape itself (see shapeOf).
func appendShape(buf []byte, w string) []byte {
	at := len(buf)
	buf = append(buf, 0)
	buf = appendShapeOf(buf, w)
	buf[at] = byte(len(buf) - at - 1)
	return buf
}

// shapeMax bounds the length of a shape.
const shapeMax = 8

// shapeOf returns the shape of a word: letters as X or x, digits as d,
// other characters kept, runs of the same class written once ("McDonald"
// → "XxXx", "U.S." → "X.X.", "2004" → "d").
func shapeOf(w string, buf []byte) string { return string(appendShapeOf(buf, w)) }

// appendShapeOf appends the shape of w to buf.
func appendShapeOf(buf []byte, w string) []byte {
	start := len(buf)
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last {
			buf = append(buf, c)
			last = c
		}
		if len(buf)-start >= shapeMax {
			break
		}
	}
	return buf
}

// affix returns the first (pre) or last n bytes of w, or w when shorter.
func affix(w string, n int, pre bool) string {
	if len(w) <= n {
		return w
	}
	if pre {
		return w[:n]
	}
	return w[len(w)-n:]
}

// static appends the features of word i (0-based) that do not depend on
// the labels chosen: the word features of the words around it (see
// wordFeats) and the context features.
func (x *sentence) static(i int, f []uint64) []uint64 {
	j := i + featWindow
	for o := -featWindow; o <= featWindow; o++ {
		f = wordFeats(f, o, x.low[j+o], &x.info[j+o])
	}
	return x.context(i, f)
}

// context appends the features of word i that do not depend on the
// labels chosen and read more than one word (or the sentence).
func (x *sentence) context(i int, f []uint64) []uint64 {
	j := i + featWindow
	w, sh, up := x.low[j], x.shape[j], x.upos[j]
	lx := x.info[j].lex
	first := 0
	if i == 0 {
		first = 1
	}
	f = append(f,
		p.New(tBias).Key(),
		p.New(tWordPairL).Str(x.low[j-1]).Str(w).Key(),
		p.New(tWordPairR).Str(w).Str(x.low[j+1]).Key(),
		p.New(tShape).Str(sh).Key(),
		p.New(tShapeL1).Str(x.shape[j-1]).Key(),
		p.New(tShapeR1).Str(x.shape[j+1]).Key(),
		p.New(tShapeTri).Str(x.shape[j-1]).Str(sh).Str(x.shape[j+1]).Key(),
		p.New(tUPOS).Str(up).Key(),
		p.New(tUPOSL1).Str(x.upos[j-1]).Key(),
		p.New(tUPOSR1).Str(x.upos[j+1]).Key(),
		p.New(tUPOSL2).Str(x.upos[j-2]).Key(),
		p.New(tUPOSR2).Str(x.upos[j+2]).Key(),
		p.New(tUPOSPairL).Str(x.upos[j-1]).Str(up).Key(),
		p.New(tUPOSPairR).Str(up).Str(x.upos[j+1]).Key(),
		p.New(tXPOS).Str(x.xpos[j]).Key(),
		p.New(tUPOSShape).Str(up).Str(sh).Key(),
		p.New(tFirstShape).Int(first).Str(sh).Key(),
		p.New(tStyleShape).Int(x.style).Str(sh).Str(up).Key(),
		p.New(tLexShape).Int(int(lx.name)).Str(sh).Key(),
		p.New(tCaps).Int(int(lx.caps)).Int(x.style).Key(),
		p.New(tInNameShape).Int(int(lx.inName)).Int(int(x.info[j-1].lex.inName)).Int(int(x.info[j+1].lex.inName)).Key(),
		p.New(tCapsPropnUPOS).Int(int(lx.caps)).Int(int(lx.propn)).Str(up).Key(),
		p.New(tGaz).Int(int(x.gaz[j].kind)).Int(int(x.gaz[j].part)).Key(),
		p.New(tGazShape).Int(int(x.gaz[j].kind)).Int(int(x.gaz[j].part)).Str(sh).Key(),
		p.New(tGazL1).Int(int(x.gaz[j-1].kind)).Int(int(x.gaz[j-1].part)).Key(),
		p.New(tGazR1).Int(int(x.gaz[j+1].kind)).Int(int(x.gaz[j+1].part)).Key(),
		p.New(tClsL1Shape).Int(int(x.info[j-1].cls)).Str(sh).Key(),
		p.New(tNewsCaps).Int(int(x.info[j].news.caps)).Int(x.style).Key(),
		p.New(tNewsCapsShape).Int(int(x.info[j].news.caps)).Int(first).Str(sh).Key(),
	)
	if r := x.run[i]; r.last > r.first {
		first, last := r.first+featWindow, r.last-1+featWindow
		pos := 0 // 0 alone, 1 first, 2 inner, 3 last
		switch {
		case r.last-r.first == 1:
		case i == r.first:
			pos = 1
		case i == r.last-1:
			pos = 3
		default:
			pos = 2
		}
		f = append(f,
			p.New(tRunPos).Int(pos).Int(min(r.last-r.first, runLenMax)).Key(),
			p.New(tRunFirst).Str(x.low[first]).Key(),
			p.New(tRunLast).Str(x.low[last]).Key(),
			p.New(tRunLastSuffix).Str(affix(x.low[last], 3, false)).Key(),
			p.New(tRunLastLex).Int(int(x.info[last].lex.name)).Int(pos).Key(),
			p.New(tRunFirstLex).Int(int(x.info[first].lex.name)).Int(pos).Key(),
			p.New(tRunBefore).Str(x.low[first-1]).Key(),
			p.New(tRunAfter).Str(x.low[last+1]).Key(),
			p.New(tRunShape).Str(x.shape[first]).Str(x.shape[last]).Int(pos).Key(),
			p.New(tRunBeforeLast).Str(x.low[first-1]).Str(x.low[last]).Key(),
			p.New(tRunNews).Int(int(x.info[first].news.ctx)).Int(int(x.info[last].news.ctx)).Int(pos).Key(),
			p.New(tRunLastCls).Int(int(x.info[last].cls)).Int(pos).Key(),
			p.New(tRunBeforeCls).Int(int(x.info[first-1].cls)).Int(pos).Key(),
			p.New(tRunGaz).Int(int(x.gaz[first].kind)).Int(x.gazEdges(first, last)).Int(pos).Key(),
		)
	} else {
		f = append(f, p.New(tRunNone).Key())
	}
	return f
}

// dynamic appends the features of word i that read the classes chosen for
// the words before it (prev1, prev2; -1 before the sentence): those of
// dynamic1 and those of the classes alone (classFeats).
func (x *sentence) dynamic(i, prev1, prev2 int, f []uint64) []uint64 {
	f = classFeats(prev1, prev2, f)
	return x.dynamic1(i, prev1, f)
}

// classFeats appends the features that read the classes of the two words
// before a word and nothing else.
func classFeats(prev1, prev2 int, f []uint64) []uint64 {
	return append(f, p.New(tPrev).Int(prev1).Key(), p.New(tPrev2).Int(prev1).Int(prev2).Key())
}

// dynamic1 appends the features that read word i and the class of the
// word before it (prev1).
func (x *sentence) dynamic1(i, prev1 int, f []uint64) []uint64 {
	j := i + featWindow
	return append(f,
		p.New(tPrevWord).Int(prev1).Str(x.low[j]).Key(),
		p.New(tPrevShape).Int(prev1).Str(x.shape[j]).Key(),
		p.New(tPrevUPOS).Int(prev1).Str(x.upos[j]).Key(),
		p.New(tPrevLex).Int(prev1).Int(int(x.info[j].lex.name)).Key(),
		p.New(tPrevGaz).Int(prev1).Int(int(x.gaz[j].kind)).Int(int(x.gaz[j].part)).Key(),
	)
}

// runSpan is a run of name-like words: words first..last-1.
type runSpan struct{ first, last int }

// runLenMax caps the run length a feature reads.
const runLenMax = 4

// runConnectors may join two name-like words into one run ("University
// of Texas", "AT & T").
var runConnectors = wordList("run_connectors")

// nameLike reports whether t may be a word of a name: a proper noun or a
// capitalized word.
func nameLike(t *conllu.Token) bool {
	if t.UPOS == "PROPN" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Form)
	return unicode.IsUpper(r) && t.UPOS != "PRON" && t.UPOS != "DET" && t.UPOS != "PUNCT"
}

// findRuns returns, in out's memory, for each word of s, the run of name-like words it is
// in (empty when none): the features read the whole run, so that the
// first word of "Goldman Sachs Capital Markets" already sees "Markets".
func findRuns(out []runSpan, s *conllu.Sentence) []runSpan {
	n := len(s.Tokens)
	out = resize(out, n)
	clear(out)
	for i := 0; i < n; {
		if !nameLike(&s.Tokens[i]) {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if nameLike(&s.Tokens[j]) {
				j++
				continue
			}
			if j+1 < n && runConnectors[strings.ToLower(s.Tokens[j].Form)] && nameLike(&s.Tokens[j+1]) {
				j += 2
				continue
			}
			break
		}
		for k := i; k < j; k++ {
			out[k] = runSpan{i, j}
		}
		i = j
	}
	return out
}

// gazEdges tells how the gazetteer matches line up with the run of padded
// words first..last: bit 0 set when a match starts at first, bit 1 when
// one ends at last.
func (x *sentence) gazEdges(first, last int) int {
	e := 0
	if g := x.gaz[first]; g.kind != 0 && (g.part == partB || g.part == partU) {
		e |= 1
	}
	if g := x.gaz[last]; g.kind != 0 && (g.part == partL || g.part == partU) {
		e |= 2
	}
	return e
}
