package event

import "strings"

// Bounds of an infinitive told in its own words (plainInfinitive).
const (
	// maxInfinitiveChars is the longest a plain infinitive may run, its
	// "to" included: longer, it is cut before a preposition.
	maxInfinitiveChars = 50
	// minInfinitiveWords is the fewest words it must keep, its "to"
	// included: "to act" says it, "to" alone nothing.
	minInfinitiveWords = 2
)

// plainInfinitive returns what the verb of asking at n asks, told in the
// words of its "to" infinitive when the rules of infinitive and
// bareInfinitive could not tell it ("urged the council to permanently
// disarm" → "to permanently disarm", "called on the states to respect each
// other" → "to respect each other"): the first "to" after n whose verb
// the parse hangs within n's clause, its words up to the first
// punctuation, subordinator or relative word, articles, quotation marks
// and times left out, cut before its last preposition after a noun while
// longer than maxInfinitiveChars; "" when there is none, when it would
// end on a word infinitiveEnd refuses ("to make its strategy clear" cut
// to "clear" is none) or part a subject from its verb, or when it holds a
// pronoun of the speaker or the one spoken to (a quotation's).
func (h *head) plainInfinitive(n node) string {
	d := h.s.tr
	to := noNode
	for k := n + 1; int(k) < len(d.words); k++ {
		w := d.w(k)
		if w.UPOS == "PUNCT" && (w.Form == ";" || w.Form == ":" || w.Form == ".") {
			return ""
		}
		if hd, ok := d.head(k); ok && strings.EqualFold(w.Form, "to") && w.UPOS == "PART" && d.rel(k) == "mark" &&
			d.w(hd).UPOS == "VERB" && (d.w(hd).XPOS == "VB" || d.w(hd).XPOS == "VBN" || d.w(hd).XPOS == "") && hd > k && h.askedClause(hd, n) {
			to = k
			break
		}
	}
	if to == noNode {
		return ""
	}
	verb, _ := d.head(to)
	start := to
	if neg := to - 1; neg > n && d.rel(neg) == "advmod" && (strings.EqualFold(d.w(neg).Form, "not") || strings.EqualFold(d.w(neg).Form, "never")) {
		start = neg // "not to be fooled"
	}
	var words []node
	for k := start; int(k) < len(d.words); k++ {
		w := d.w(k)
		lw := strings.ToLower(w.Form)
		if w.XPOS == "``" || w.XPOS == "''" {
			continue
		}
		if w.UPOS == "PUNCT" && w.Form != "-" || w.UPOS == "SCONJ" || w.UPOS == "CCONJ" || strings.HasPrefix(w.XPOS, "W") {
			break
		}
		if theHeadWords.quotePronoun(w) {
			return ""
		}
		if w.XPOS == "DT" && articles[lw] {
			continue
		}
		if h.isTime(k) || h.inTime(k, verb) {
			for len(words) > 0 && d.w(words[len(words)-1]).UPOS == "ADP" {
				words = words[:len(words)-1] // the time's own preposition goes with it
			}
			continue // "to begin last month": a time is no part of what is asked
		}
		words = append(words, k)
	}
	render := func(ws []node) string {
		var b strings.Builder
		for i, k := range ws {
			if i > 0 && !(d.w(ws[i-1]).End == d.w(k).Start) {
				b.WriteByte(' ')
			}
			b.WriteString(d.w(k).Form)
		}
		return b.String()
	}
	for len(words) > minInfinitiveWords && len(render(words)) > maxInfinitiveChars {
		cut := len(words) - 1
		for cut > minInfinitiveWords && (d.w(words[cut]).UPOS != "ADP" || !nominalWord(d.w(words[cut-1]))) {
			cut--
		}
		if cut <= minInfinitiveWords {
			return ""
		}
		words = words[:cut]
	}
	for len(words) > minInfinitiveWords && trailingFunction[d.w(words[len(words)-1]).UPOS] {
		words = words[:len(words)-1]
	}
	if len(words) < minInfinitiveWords+int(to-start) || len(render(words)) > maxInfinitiveChars || !h.infinitiveEnd(words[len(words)-1], verb) {
		return ""
	}
	kept := map[node]bool{}
	for _, k := range words {
		kept[k] = true
	}
	for _, k := range words {
		if r := d.rel(k); r == "nsubj" || r == "nsubj:pass" {
			if hd, ok := d.head(k); ok && !kept[hd] {
				return "" // "to ensure laws are upheld" cut after "laws": its verb left out
			}
		}
	}
	if last := words[len(words)-1]; last == verb && len(d.kids(verb, is("obj", "ccomp", "xcomp", "obl"))) > 0 {
		return "" // "to ensure" of "to ensure that ...": cut
	}
	return render(words)
}

// askedClause reports whether the infinitive's verb at x hangs on the verb
// of asking at n directly, or through the one asked (its object or
// oblique, or a relative clause or a participle on it the parse hangs the
// infinitive on: "called on nations which still allow child labour
// to limit working hours"), never through another clause ("demanded an
// increase unless they agreed to sell ...").
func (h *head) askedClause(x, n node) bool {
	d := h.s.tr
	for k, depth := x, 0; depth < len(d.words); depth++ {
		hd, ok := d.head(k)
		if !ok {
			return false
		}
		if hd == n {
			return true
		}
		if r := d.rel(hd); !nominalWord(d.w(hd)) && d.w(hd).UPOS != "PRON" && r != "acl:relcl" && r != "acl" {
			return false
		}
		k = hd
	}
	return false
}

// infinitiveEnd reports whether a plain infinitive may end on the word k,
// its verb at verb: a noun, a name, a figure, a pronoun other than a
// personal one ("each other", never "return them"), the verb itself with
// nothing the cut left out, or its particle ("to come forward"); never an
// adjective, a determiner or a function word ("to take bold", "to reach as
// soon").
func (h *head) infinitiveEnd(k, verb node) bool {
	d := h.s.tr
	switch w := d.w(k); {
	case w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "NUM":
		return true
	case w.UPOS == "PRON":
		return w.XPOS != "PRP"
	case k == verb:
		return true
	case w.UPOS == "ADV" || w.UPOS == "ADP":
		hd, ok := d.head(k)
		return ok && hd == verb && (d.rel(k) == "compound:prt" || particleAdverbs[strings.ToLower(w.Form)])
	}
	return false
}
