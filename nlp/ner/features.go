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
	lex                    []lexEntry
	gaz                    []gazMatch  // gazetteer match per word, padded
	cls                    []uint8     // gazetteer word classes, padded
	news                   []newsEntry // news lexicon classes, padded
	run                    []runSpan   // per word (unpadded): its name-like run
	style                  int
	n                      int
}

// boundary is the word, shape and tag of the padding around a sentence.
const boundary = "\x00"

// newSentence prepares the words of s.
func newSentence(s *conllu.Sentence, lex map[string]lexEntry, gaz *Gazetteer, news map[string]newsEntry) *sentence {
	n := len(s.Tokens)
	m := n + 2*featWindow
	x := &sentence{
		low: make([]string, m), shape: make([]string, m), upos: make([]string, m), xpos: make([]string, m),
		lex: make([]lexEntry, m), cls: make([]uint8, m), gaz: make([]gazMatch, m), news: make([]newsEntry, m), n: n,
	}
	for i := range m {
		x.low[i], x.shape[i], x.upos[i], x.xpos[i] = boundary, boundary, boundary, boundary
	}
	upper, capsAfterFirst := 0, false
	var buf [16]byte
	for i, t := range s.Tokens {
		j := i + featWindow
		x.low[j] = strings.ToLower(t.Form)
		x.shape[j] = shapeOf(t.Form, buf[:0])
		x.upos[j], x.xpos[j] = t.UPOS, t.XPOS
		x.lex[j] = lex[x.low[j]]
		x.cls[j] = gaz.class(x.low[j])
		x.news[j] = news[x.low[j]]
		r, _ := utf8.DecodeRuneInString(t.Form)
		if i > 0 && unicode.IsUpper(r) {
			capsAfterFirst = true
		}
		if unicode.IsUpper(r) && strings.ToUpper(t.Form) == t.Form && len(t.Form) > 1 {
			upper++
		}
	}
	x.run = findRuns(s)
	if gaz != nil {
		forms := make([]string, n)
		for i := range s.Tokens {
			forms[i] = s.Tokens[i].Form
		}
		copy(x.gaz[featWindow:], gaz.match(x.low[featWindow:featWindow+n], forms))
	}
	switch {
	case n > 1 && float64(upper) >= styleUpperShare*float64(n):
		x.style = styleUpper
	case n > 2 && !capsAfterFirst:
		x.style = styleLower
	}
	return x
}

// shapeMax bounds the length of a shape.
const shapeMax = 8

// shapeOf returns the shape of a word: letters as X or x, digits as d,
// other characters kept, runs of the same class written once ("McDonald"
// → "XxXx", "U.S." → "X.X.", "2004" → "d").
func shapeOf(w string, buf []byte) string {
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
		if len(buf) >= shapeMax {
			break
		}
	}
	return string(buf)
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
// the labels chosen.
func (x *sentence) static(i int, f []uint64) []uint64 {
	j := i + featWindow
	w, sh, up := x.low[j], x.shape[j], x.upos[j]
	lx := x.lex[j]
	first := 0
	if i == 0 {
		first = 1
	}
	f = append(f,
		p.New(tBias).Key(),
		p.New(tWord).Str(w).Key(),
		p.New(tWordL1).Str(x.low[j-1]).Key(),
		p.New(tWordR1).Str(x.low[j+1]).Key(),
		p.New(tWordL2).Str(x.low[j-2]).Key(),
		p.New(tWordR2).Str(x.low[j+2]).Key(),
		p.New(tWordPairL).Str(x.low[j-1]).Str(w).Key(),
		p.New(tWordPairR).Str(w).Str(x.low[j+1]).Key(),
		p.New(tPrefix2).Str(affix(w, 2, true)).Key(),
		p.New(tPrefix3).Str(affix(w, 3, true)).Key(),
		p.New(tSuffix2).Str(affix(w, 2, false)).Key(),
		p.New(tSuffix3).Str(affix(w, 3, false)).Key(),
		p.New(tSuffix4).Str(affix(w, 4, false)).Key(),
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
		p.New(tLength).Int(min(len(w), 12)).Key(),
		p.New(tLex).Int(int(lx.name)).Key(),
		p.New(tLexL1).Int(int(x.lex[j-1].name)).Key(),
		p.New(tLexR1).Int(int(x.lex[j+1].name)).Key(),
		p.New(tLexShape).Int(int(lx.name)).Str(sh).Key(),
		p.New(tCaps).Int(int(lx.caps)).Int(x.style).Key(),
		p.New(tCapsL1).Int(int(x.lex[j-1].caps)).Key(),
		p.New(tCapsR1).Int(int(x.lex[j+1].caps)).Key(),
		p.New(tPropn).Int(int(lx.propn)).Key(),
		p.New(tInName).Int(int(lx.inName)).Key(),
		p.New(tInNameShape).Int(int(lx.inName)).Int(int(x.lex[j-1].inName)).Int(int(x.lex[j+1].inName)).Key(),
		p.New(tCapsPropnUPOS).Int(int(lx.caps)).Int(int(lx.propn)).Str(up).Key(),
		p.New(tGaz).Int(int(x.gaz[j].kind)).Int(int(x.gaz[j].part)).Key(),
		p.New(tGazShape).Int(int(x.gaz[j].kind)).Int(int(x.gaz[j].part)).Str(sh).Key(),
		p.New(tGazL1).Int(int(x.gaz[j-1].kind)).Int(int(x.gaz[j-1].part)).Key(),
		p.New(tGazR1).Int(int(x.gaz[j+1].kind)).Int(int(x.gaz[j+1].part)).Key(),
		p.New(tCls).Int(int(x.cls[j])).Key(),
		p.New(tClsL1).Int(int(x.cls[j-1])).Key(),
		p.New(tClsR1).Int(int(x.cls[j+1])).Key(),
		p.New(tClsL1Shape).Int(int(x.cls[j-1])).Str(sh).Key(),
		p.New(tNewsCaps).Int(int(x.news[j].caps)).Int(x.style).Key(),
		p.New(tNewsCapsShape).Int(int(x.news[j].caps)).Int(first).Str(sh).Key(),
		p.New(tNewsCtx).Int(int(x.news[j].ctx)).Key(),
		p.New(tNewsCtxL1).Int(int(x.news[j-1].ctx)).Key(),
		p.New(tNewsCtxR1).Int(int(x.news[j+1].ctx)).Key(),
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
			p.New(tRunLastLex).Int(int(x.lex[last].name)).Int(pos).Key(),
			p.New(tRunFirstLex).Int(int(x.lex[first].name)).Int(pos).Key(),
			p.New(tRunBefore).Str(x.low[first-1]).Key(),
			p.New(tRunAfter).Str(x.low[last+1]).Key(),
			p.New(tRunShape).Str(x.shape[first]).Str(x.shape[last]).Int(pos).Key(),
			p.New(tRunBeforeLast).Str(x.low[first-1]).Str(x.low[last]).Key(),
			p.New(tRunNews).Int(int(x.news[first].ctx)).Int(int(x.news[last].ctx)).Int(pos).Key(),
			p.New(tRunLastCls).Int(int(x.cls[last])).Int(pos).Key(),
			p.New(tRunBeforeCls).Int(int(x.cls[first-1])).Int(pos).Key(),
			p.New(tRunGaz).Int(int(x.gaz[first].kind)).Int(x.gazEdges(first, last)).Int(pos).Key(),
		)
	} else {
		f = append(f, p.New(tRunNone).Key())
	}
	return f
}

// dynamic appends the features of word i that read the classes chosen for
// the words before it (prev1, prev2; -1 before the sentence).
func (x *sentence) dynamic(i, prev1, prev2 int, f []uint64) []uint64 {
	j := i + featWindow
	return append(f,
		p.New(tPrev).Int(prev1).Key(),
		p.New(tPrev2).Int(prev1).Int(prev2).Key(),
		p.New(tPrevWord).Int(prev1).Str(x.low[j]).Key(),
		p.New(tPrevShape).Int(prev1).Str(x.shape[j]).Key(),
		p.New(tPrevUPOS).Int(prev1).Str(x.upos[j]).Key(),
		p.New(tPrevLex).Int(prev1).Int(int(x.lex[j].name)).Key(),
		p.New(tPrevGaz).Int(prev1).Int(int(x.gaz[j].kind)).Int(int(x.gaz[j].part)).Key(),
	)
}

// runSpan is a run of name-like words: words first..last-1.
type runSpan struct{ first, last int }

// runLenMax caps the run length a feature reads.
const runLenMax = 4

// runConnectors may join two name-like words into one run ("University
// of Texas", "AT & T").
var runConnectors = map[string]bool{"of": true, "&": true, "-": true, "de": true}

// nameLike reports whether t may be a word of a name: a proper noun or a
// capitalized word.
func nameLike(t *conllu.Token) bool {
	if t.UPOS == "PROPN" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Form)
	return unicode.IsUpper(r) && t.UPOS != "PRON" && t.UPOS != "DET" && t.UPOS != "PUNCT"
}

// findRuns returns, for each word of s, the run of name-like words it is
// in (empty when none): the features read the whole run, so that the
// first word of "Goldman Sachs Capital Markets" already sees "Markets".
func findRuns(s *conllu.Sentence) []runSpan {
	n := len(s.Tokens)
	out := make([]runSpan, n)
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
