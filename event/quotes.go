package event

import "github.com/chronograph-news/chronograph/token"

// quotes.go: quotations as the grammar reads them from the tokens: whether
// a word is quoted, and the attribution that names who speaks a quotation.

// quotedAt reports whether token i lies inside quotation marks opened in
// its sentence: curly or doubled marks open and close, a straight double
// quote toggles, but for one shaped as a closing mark while none is open
// (closingMark: "…, we agree,\" Roe said", the close of a quotation
// opened in an earlier sentence), which opens nothing.
func (s *syntax) quotedAt(i int) bool {
	depth, straight := 0, false
	for j := s.first; j < i; j++ {
		switch s.tok(j).Text {
		case "“", "``":
			depth++
		case "”", "''":
			depth = max(depth-1, 0)
		case "\"":
			if !straight && s.markShape(j) == closingMark {
				continue
			}
			straight = !straight
		}
	}
	return depth > 0 || straight
}

// The shapes of a straight quotation mark (markShape).
const (
	unknownMark = iota
	openingMark // a space before it, none after: "said, \"We"
	closingMark // none before it, a space or the sentence's end after: "agree,\" Roe"
)

// markShape tells whether the straight quotation mark at token j opens or
// closes a quotation by the spaces around it: an opening mark clings to
// the word after it, a closing one to the word or the punctuation before.
func (s *syntax) markShape(j int) int {
	before := j > s.first && token.Adjacent(s.tok(j-1), s.tok(j))
	after := j+1 < s.last && token.Adjacent(s.tok(j), s.tok(j+1))
	switch {
	case before && !after:
		return closingMark
	case after && !before:
		return openingMark
	}
	return unknownMark
}

// inQuotation reports whether token i lies inside a quotation, one opened
// in its sentence (quotedAt) or one opened in an earlier sentence that a
// mark after i closes: a closing curly mark with no opening one between,
// or the first of an odd number of straight marks after i in a sentence
// with none before it ("This is what happened when he convened it."").
func (s *syntax) inQuotation(i int) bool {
	if s.quotedAt(i) {
		return true
	}
	for j := s.first; j < i; j++ {
		if isQuoteMark(s.tok(j).Text) {
			return false
		}
	}
	straight := 0
	for j := i + 1; j < s.last; j++ {
		switch s.tok(j).Text {
		case "“", "``":
			if straight == 0 {
				return false
			}
		case "”", "''":
			if straight == 0 {
				return true
			}
		case "\"":
			if straight == 0 && s.markShape(j) == openingMark {
				return false // "Roe said, \"We agree.": the quotation opens after i
			}
			straight++
		}
	}
	return straight%2 == 1
}

// attributionReach is how many tokens an attribution between two
// quotations may run ("…," the bank's chief executive Jane Roe said in a
// statement. "…").
const attributionReach = 16

// isQuoteMark reports whether a token text is a quotation mark.
func isQuoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

// attribution returns the tokens [from, to) of the narration that
// attributes the quotation holding token i to its speaker: the words
// between the mark opening that quotation and the mark closing the one
// before it ("…," Roe said. "He took office …": who speaks on both
// sides). Empty (from == to) when i is not quoted or no such narration is
// found.
func (s *syntax) attribution(i int) (from, to int) {
	if !s.quotedAt(i) {
		return 0, 0
	}
	open := -1
	for j := i - 1; j >= 0 && i-j <= pronounReach; j-- {
		if isQuoteMark(s.tok(j).Text) {
			open = j
			break
		}
	}
	if open < 0 {
		return 0, 0
	}
	for j := open - 1; j >= 0 && open-j <= attributionReach; j-- {
		if isQuoteMark(s.tok(j).Text) {
			return j + 1, open
		}
	}
	return 0, 0
}

// quoteReporter returns the reporting verb (one of reporting) the parse
// hangs on the verb n of a quotation that opens the sentence, after its
// closing mark (""We agreed," the envoy said", the reporting verb a
// parataxis or, by the parse's slip, a conjunct of n); false when there is
// none.
func (s *syntax) quoteReporter(n node, reporting map[string]bool) (node, bool) {
	d := s.tr
	for _, v := range d.kids(n, is("parataxis", "conj")) {
		if v < n || !d.verbal(v) || !d.lemmaIn(v, reporting) {
			continue
		}
		for j := n + 1; j < v; j++ {
			if w := d.w(j); w.UPOS == "PUNCT" && isQuoteMark(w.Form) {
				return v, true
			}
		}
	}
	return noNode, false
}
