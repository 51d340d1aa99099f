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
	open, shut, _ := h.quoteSpan(n)
	if open == noNode {
		return ""
	}
	d := h.s.tr
	text := h.s.d.in.Text[d.w(open+1).Start:d.w(shut-1).End]
	return "\"" + strings.TrimRight(text, ",.") + "\""
}

// quoteSpan returns the opening and closing marks of the quotation the
// verb of saying at n quotes (quotation) and the head of the clause
// quoted; else noNode thrice.
func (h *head) quoteSpan(n node) (open, shut, clause node) {
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
		words := 0
		for k := open + 1; int(k) < len(d.words); k++ {
			w := d.w(k)
			if quoteMarks[w.Form] {
				if n > open && n < k || words == 0 || words > maxQuoteWords {
					return noNode, noNode, noNode
				}
				return open, k, x
			}
			if w.UPOS != "PUNCT" {
				words++
			}
		}
	}
	return noNode, noNode, noNode
}

// quotedClause returns the quotation the verb of saying at n quotes
// (quoteSpan) told as a reported clause, without its marks, when it is
// one whole statement a headline may give after "says": its clause has a
// subject that is no pronoun, and no pronoun stands in it (a direct
// quotation's "I", "we", "you" are the speaker's or the listener's, its
// "he", "they", "this" someone else's the headline cannot name: "'He did
// not even try,' said Roe" is no "Roe says he did not even try"), save
// an expletive "it"; no question, no imperative. The first word keeps
// its capital only when it is a name or an abbreviation. Else "".
func (h *head) quotedClause(n node) string {
	open, shut, x := h.quoteSpan(n)
	if open == noNode {
		return ""
	}
	d := h.s.tr
	subject := false
	for _, sj := range d.kids(x, is("nsubj", "nsubj:pass", "csubj")) {
		if d.w(sj).UPOS != "PRON" {
			subject = true
		}
	}
	if !subject || !h.finiteClause(x) {
		return "" // an imperative, a fragment, or a pronoun subject
	}
	if int(shut)+1 < len(d.words) && shut > n && d.w(shut+1).UPOS != "PUNCT" {
		return "" // a quotation the sentence goes on from ("said 'it is clear' that ..."): a part of what is said
	}
	start := open + 1
	if w := d.w(start); (w.UPOS == "ADV" || w.UPOS == "CCONJ") && start+1 < shut && d.w(start+1).Form == "," {
		start += 2 // "'However, trade is up'": the link to what went before left out
	}
	for k := start; k < shut; k++ {
		w := d.w(k)
		if w.Form == "?" || w.UPOS == "PRON" && d.rel(k) != "expl" && !strings.HasPrefix(w.XPOS, "W") {
			return "" // (a relative pronoun stands for a word of the clause itself)
		}
		if (w.UPOS == "VERB" || w.UPOS == "AUX") && d.rel(k) == "root" && k != x {
			return "" // another clause the quotation holds
		}
	}
	text := strings.TrimRight(h.s.d.in.Text[d.w(start).Start:d.w(shut-1).End], ",.;: ")
	if strings.ContainsAny(text, "\"“”") {
		return "" // a quotation within it
	}
	if f := d.w(start); f.UPOS != "PROPN" && f.XPOS != "NN" && f.XPOS != "JJ" && !(len(f.Form) > 1 && f.Form == strings.ToUpper(f.Form)) {
		text = strings.ToLower(text[:1]) + text[1:] // (a singular noun or an adjective may be a name the tagger missed: it keeps its capital)
	}
	return text
}

// finiteClause reports whether the clause headed at x is finite: its head
// a finite verb or one with an auxiliary, a copula or a modal
// ("'Islamic forces turning into militias'" is a caption, no clause).
func (h *head) finiteClause(x node) bool {
	d := h.s.tr
	switch d.w(x).XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	for _, a := range d.kids(x, is("aux", "aux:pass", "cop")) {
		switch d.w(a).XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
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
