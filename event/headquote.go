package event

import "strings"

// maxQuoteWords bounds the words of a quotation a headline gives whole.
const maxQuoteWords = 10

// quoteMarks are the marks that open or close a quotation.
var quoteMarks = set(`"`, "“", "”", "``", "''")

// quotation returns the words the verb of saying at n quotes, in quotation
// marks ("\"I am not ashamed of being jailed\"" of "'I am not ashamed of
// being jailed' if convicted, Kessler vowed"): its complement clause
// when a quotation mark opens right before it and closes within
// maxQuoteWords words, the verb outside the quotation (the parse may make
// the verb the quotation's complement); else "".
func (h *head) quotation(n node) string {
	d := h.s.tr
	said := d.kids(n, is("ccomp", "parataxis"))
	if hd, ok := d.head(n); ok && hd < n && (d.rel(n) == "ccomp" || d.rel(n) == "parataxis" || h.afterQuote(n) || h.speakerAfterQuote(n)) {
		// "'I am not afraid,' Saddam vowed" parsed with the quotation as
		// the root; "'..., ' said Wen" right after the closing mark,
		// however the parse hangs the verb on it (conjunct, dependent)
		said = append(said, hd)
	}
	for _, x := range said {
		first := x // the first word of the clause, punctuation aside
		for k := x - 1; k >= 0 && d.within(k, x); k-- {
			if d.w(k).UPOS != "PUNCT" {
				first = k
			}
		}
		open := first - 1
		if open < 0 || !quoteMarks[d.w(open).Form] {
			continue
		}
		var words []string
		for k := open + 1; int(k) < len(d.words); k++ {
			w := d.w(k)
			if quoteMarks[w.Form] {
				if n > open && n < k || len(words) == 0 || len(words) > maxQuoteWords {
					return ""
				}
				text := h.s.d.in.Text[d.w(open+1).Start:d.w(k-1).End]
				return "\"" + strings.TrimRight(text, ",.") + "\""
			}
			if w.UPOS != "PUNCT" {
				words = append(words, w.Form)
			}
		}
	}
	return ""
}

// afterQuote reports whether the verb at n follows a quotation's closing
// mark, with at most a comma between ("'...,' said Wen").
func (h *head) afterQuote(n node) bool {
	d := h.s.tr
	k := n - 1
	if k >= 0 && d.w(k).Form == "," {
		k--
	}
	return k > 0 && n-k <= 2 && quoteMarks[d.w(k).Form] && d.w(k).UPOS == "PUNCT"
}

// speakerAfterQuote reports whether the verb at n follows its subject
// right after a quotation's closing mark ("'...,' the central bank
// governor said"), the marks and the comma the parse may hang on that
// subject aside: the verb of saying quotes what closes there.
func (h *head) speakerAfterQuote(n node) bool {
	d := h.s.tr
	for _, sj := range d.kids(n, is("nsubj")) {
		if sj > n {
			continue
		}
		first := noNode // the subject's first word, punctuation aside
		for k := n - 1; k >= 0 && d.within(k, sj); k-- {
			if d.w(k).UPOS != "PUNCT" {
				first = k
			}
		}
		if first == noNode || !d.within(n-1, sj) {
			return false // (the subject runs right up to the verb)
		}
		return h.afterQuote(first)
	}
	return false
}
