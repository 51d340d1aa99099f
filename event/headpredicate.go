package event

import (
	"slices"
	"strings"
)

// predicateAdjective returns the adjective complement of the verb at n
// that tells the state it ends in, with the figure before it and the
// figure the verb reaches ("closed 1.3 percent higher" → "1.3 percent
// higher", "closed unchanged at 41,500 dinars" → "unchanged at 41,500
// dinars"), or "": an adjective with no clause or complement of its own.
func (h *head) predicateAdjective(n node) string {
	d := h.s.tr
	adjs := d.kids(n, is("xcomp"))
	for _, a := range d.kids(n, is("advmod")) {
		if a > n && d.w(a).UPOS == "ADJ" && d.w(a).XPOS == "JJR" {
			adjs = append(adjs, a) // "ended lower" parsed as an adverb
		}
	}
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" || r == "obj" }) {
		if h.isTime(c) {
			// "closed 1.3 percent higher Thursday" parsed with "higher" on
			// the day, the day an oblique or an object ("ended higher
			// Friday")
			for _, a := range d.kids(c, is("amod")) {
				if a == c-1 && d.w(a).XPOS == "JJR" {
					adjs = append(adjs, a)
				}
			}
		}
	}
	for _, x := range adjs {
		w := d.w(x)
		if w.UPOS != "ADJ" || len(d.kids(x, is("mark", "cop", "ccomp", "xcomp", "nsubj"))) > 0 || x < n || h.measure(x) != h.obliques(x) {
			continue
		}
		out := strings.ToLower(w.Form)
		for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" || r == "obj" }) {
			// the figure the parse hangs on the verb, right before the
			// adjective: "0.8 percent"
			if c > n && c < x && d.caseWord(c) == "" && (d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0) && !h.isTime(c) {
				out = h.nounPhrase(c, 0) + " " + out
				break
			}
		}
		for _, c := range d.kids(x, is("obl:npmod", "obl:unmarked", "nmod:npmod")) {
			if d.w(c).UPOS == "NUM" || len(d.kids(c, is("nummod"))) > 0 {
				out = h.nounPhrase(c, 0) + " " + out
				break
			}
		}
		if q := cmpOr(h.measure(x), h.measure(n)); q != "" {
			out += " " + q
		}
		return out
	}
	return ""
}

// namedPredicate returns what a small-clause verb at n (small_clause)
// calls its object at c when the object is a noun or a name, not a
// pronoun: a noun or an adjective the parse hangs on the verb after the
// object, or a noun it takes for the object's apposition, with no comma
// between ("called Russian officials \"dunderheads\"", "called the
// situation \"extremely dangerous\"", "called the vote a \"milestone\"");
// the words the text quotes, in quotes, or the noun's phrase or the
// adjective with its adverbs, and its word; else "" and noNode.
func (h *head) namedPredicate(n, c node) (string, node) {
	d := h.s.tr
	if u := d.w(c).UPOS; u != "NOUN" && u != "PROPN" || h.isTime(c) {
		return "", noNode
	}
	cands := append(d.kids(n, is("xcomp", "obl:unmarked", "obj")), d.kids(c, is("appos"))...)
	for _, p := range cands {
		u := d.w(p).UPOS
		if p <= c || commaBetween(d, c, p) || h.isTime(p) || d.caseWord(p) != "" ||
			u != "NOUN" && u != "ADJ" || len(d.kids(p, is("cop", "mark", "nsubj", "ccomp"))) > 0 {
			continue
		}
		if q := h.quotedPredicate(p); q != "" {
			return q, p
		}
		if u == "NOUN" {
			return h.nounPhrase(p, 0), p
		}
		var words []string
		for _, a := range d.kids(p, is("advmod")) {
			if a < p && len(d.children[a]) == 0 {
				words = append(words, strings.ToLower(d.w(a).Form)) // "extremely dangerous"
			}
		}
		return strings.Join(append(words, strings.ToLower(d.w(p).Form)), " "), p
	}
	return "", noNode
}

// quotedPredicate returns the words of the phrase at p as the text
// quotes them, in double quotes, when quote marks open within or right
// before the phrase, before its head, and close within or right after it,
// after its head, with at most maxQuoteWords between ("a \"milestone\""
// → "\"milestone\""); else "".
func (h *head) quotedPredicate(p node) string {
	d := h.s.tr
	first, last := p, p // the phrase's first and last words, punctuation aside
	for k := range node(len(d.words)) {
		if d.within(k, p) && d.w(k).UPOS != "PUNCT" {
			first, last = min(first, k), max(last, k)
		}
	}
	open, shut := noNode, noNode
	for k := first - 1; k < p; k++ {
		if k >= 0 && quoteMarks[d.w(k).Form] {
			open = k
		}
	}
	for k := last + 1; k > p; k-- {
		if int(k) < len(d.words) && quoteMarks[d.w(k).Form] {
			shut = k
		}
	}
	if open == noNode || shut == noNode || open < 0 || shut-open-1 > maxQuoteWords {
		return ""
	}
	for k := open + 1; k < shut; k++ {
		if quoteMarks[d.w(k).Form] || !d.within(k, p) {
			return ""
		}
	}
	return "\"" + h.s.d.in.Text[d.w(open+1).Start:d.w(shut-1).End] + "\""
}

// reflexives are the pronouns a small clause's subject is its verb's
// own with ("declared himself president").
var reflexives = wordList("reflexives")

// reflexiveClause returns the small clause of the verb at n whose subject
// is a reflexive pronoun, with its nominal predicate ("himself
// president" of "declared himself president"), or "".
func (h *head) reflexiveClause(n node) string {
	d := h.s.tr
	refl, pred := noNode, noNode
	for _, c := range d.kids(n, is("obj", "iobj", "xcomp")) {
		switch u := d.w(c).UPOS; {
		case u == "PRON" && reflexives[strings.ToLower(d.w(c).Form)]:
			refl = c
		case (u == "NOUN" || u == "PROPN") && !h.isTime(c) && pred == noNode:
			pred = c
		}
	}
	if refl == noNode || pred == noNode || pred < refl {
		return ""
	}
	return strings.ToLower(d.w(refl).Form) + " " + h.nounPhrase(pred, 0)
}

// nounXcomp returns the noun the verb at x takes as its complement,
// with its modifiers ("would become a victim of the drought" →
// "victim of drought"), or "": a verb of becoming says nothing without
// it.
func (h *head) nounXcomp(x node) string {
	d := h.s.tr
	for _, a := range d.kids(x, is("xcomp")) {
		if d.w(a).UPOS != "NOUN" || h.isTime(a) || len(d.kids(a, is("mark", "cop", "nsubj"))) > 0 {
			return ""
		}
		if text, _ := h.phrase(a, false); text != "" {
			return text
		}
		return ""
	}
	return ""
}

// adjectiveXcomp returns the adjective the verb at x takes as its
// complement, with its adverbs ("were becoming increasingly
// sophisticated" → "increasingly sophisticated") and the one oblique an
// adjective takes ("has tested positive for a banned drug" → "positive
// for banned drug", see adjectiveOblique), or "": a verb of becoming or
// seeming says nothing without it.
func (h *head) adjectiveXcomp(x node) string {
	d := h.s.tr
	for _, a := range d.kids(x, is("xcomp")) {
		if d.w(a).UPOS != "ADJ" && !participleWord(d.w(a)) || len(d.kids(a, is("mark", "cop", "nsubj", "obj", "xcomp", "ccomp"))) > 0 {
			return ""
		}
		oblique := ""
		if len(d.kids(a, is("obl"))) > 0 {
			if oblique = h.adjectiveOblique(a); oblique == "" || d.w(a).UPOS != "ADJ" {
				return ""
			}
		}
		var words []string
		for _, k := range d.kids(a, is("advmod")) {
			if k > a || len(d.children[k]) > 0 {
				return ""
			}
			words = append(words, strings.ToLower(d.w(k).Form))
		}
		words = append(words, strings.ToLower(d.w(a).Form))
		if oblique != "" {
			words = append(words, oblique)
		}
		return strings.Join(words, " ")
	}
	return ""
}

// predicate returns the headline of a clause at x whose predicate is no
// verb, with its subject subj and modal: a modal with an adjective
// ("involvement should be positive") or a noun ("the vote will be a real
// test" → "vote will be real test"), or with no modal an adjective, with
// the one oblique it takes ("not responsible for the outbreak"), or a
// prepositional phrase, the copula left out as headlines do ("the
// government was not in charge" → "government not in charge") but after
// a pronoun ("he was worried" → "he is worried"); else "".
func (h *head) predicate(x node, subj, modal string) string {
	d := h.s.tr
	w := d.w(x)
	if subj == "" || len(d.kids(x, is("cop"))) == 0 {
		return ""
	}
	if modal != "" {
		switch {
		case w.UPOS == "ADJ":
			return subj + " " + modal + " " + negation(d, x) + "be " + strings.ToLower(w.Form)
		case w.UPOS == "NOUN" && d.caseWord(x) == "" && len(d.kids(x, is("nmod", "acl", "acl:relcl", "conj"))) == 0:
			// "the elections will be a true referendum" → "elections
			// will be true referendum": what it will be, the noun's
			// phrase
			if text := h.nounPhrase(x, 0); text != "" && !theHeadWords.vague[text] {
				return subj + " " + modal + " " + negation(d, x) + "be " + text
			}
		}
		return ""
	}
	if w.UPOS == "NOUN" && d.caseWord(x) == "" {
		return h.nounPredicate(x, subj)
	}
	if theHeadWords.saidPronouns[subj] {
		// "he was not optimistic" → "he is not optimistic": a pronoun
		// keeps its copula, in the present ("they are")
		subj += " " + theHeadWords.presentOf("be", theHeadWords.pluralPronouns[subj])
	}
	own := func(rels ...string) []node {
		// the clauses of the predicate, but the statement's own verb,
		// which the parse hangs on the clause it reports ("Mongolia is
		// willing to deepen ties, the minister said", "said" an adverbial
		// clause of "willing")
		return slices.DeleteFunc(d.kids(x, is(rels...)), func(c node) bool { return c == h.event })
	}
	switch cw := d.caseWord(x); {
	case w.UPOS == "ADJ" && len(own("obl", "xcomp", "ccomp", "advcl")) == 0:
		return subj + " " + negation(d, x) + strings.ToLower(w.Form)
	case w.UPOS == "ADJ" && len(own("xcomp", "ccomp", "advcl")) == 0:
		// "rust blight is not responsible for the shortages" → "rust
		// blight not responsible for shortages": the adjective with its
		// oblique, which it needs ("responsible" alone would say another thing)
		if o := h.adjectiveOblique(x); o != "" {
			return subj + " " + negation(d, x) + strings.ToLower(w.Form) + " " + o
		}
	case w.UPOS == "ADJ" && len(own("obl", "ccomp", "advcl")) == 0 && len(own("xcomp")) == 1:
		// "the garrison was able to defend the bridge" → "garrison able
		// to defend bridge": the adjective with its infinitive
		if inf := h.infinitive(x); strings.HasPrefix(inf, "to ") {
			return subj + " " + negation(d, x) + strings.ToLower(w.Form) + " " + inf
		}
	case w.UPOS == "NOUN" && cw != "" && len(d.kids(x, is("nmod", "acl", "acl:relcl"))) == 0:
		return subj + " " + negation(d, x) + d.casePhrase(x) + " " + h.nounPhrase(x, 0)
	case w.UPOS == "NOUN" && cw != "" && len(d.kids(x, is("acl", "acl:relcl"))) == 0:
		// "it was in talks with Zenda Broadcasting for a merger" → "it
		// is in talks with Zenda Broadcasting": the noun with the first
		// of its phrases when that one names its party or what it is about
		// ("airlines are among the bidders for the domestic carrier" →
		// "airlines are among bidders for domestic carrier")
		k := d.kids(x, is("nmod"))[0]
		if kw := d.caseWord(k); kw != "" && kw != "of" && (d.w(k).UPOS == "PROPN" || d.w(k).UPOS == "NOUN" && !h.isTime(k)) {
			if name, _ := h.phrase(k, false); name != "" {
				return subj + " " + negation(d, x) + d.casePhrase(x) + " " + h.nounPhrase(x, 0) + " " + kw + " " + name
			}
		}
	}
	return ""
}

// predicateOfDepth is how many "of" phrases a nominal predicate keeps
// after its noun ("chief cause of loss of livestock", not "... in the
// valleys of Borduria").
const predicateOfDepth = 2

// nounPredicate returns the headline of a clause at x whose predicate is
// a noun with no modal, subj "is" (or "are") the noun's phrase with its
// "of" phrases ("Marsh fever was the chief cause of loss of livestock"
// → "Marsh fever is chief cause of loss of livestock", "the rate was 8.8
// percent" → "rate is 8.8 percent"), or "": a noun with a clause or a
// conjunct of its own (other than the statement's own verb the parse
// may hang on it), or a vague one.
func (h *head) nounPredicate(x node, subj string) string {
	d := h.s.tr
	if slices.ContainsFunc(d.kids(x, is("acl", "acl:relcl", "conj", "appos")), func(c node) bool { return c != h.event }) {
		return ""
	}
	text := h.nounPhrase(x, 0)
	if text == "" || theHeadWords.vague[text] || strings.Fields(text)[0] == text && text == strings.ToLower(text) && len(d.kids(x, is("nmod"))) == 0 {
		return "" // "it was a success": a bare noun says too little
	}
	for k, depth := x, 0; depth < predicateOfDepth; depth++ {
		next := noNode
		for _, c := range d.kids(k, is("nmod")) {
			if c > k && d.caseWord(c) == "of" && d.nominal(c) && !h.isTime(c) && !commaBetween(d, k, c) {
				next = c
			}
			break
		}
		if next == noNode {
			break
		}
		if depth == 0 && strings.HasSuffix(text, " "+d.w(next).Form) && strings.Contains(text, " of ") {
			k = next // the noun's own phrase ends on its first "of" phrase ("main cause of death"): on to the next
			continue
		}
		of := h.nounPhrase(next, 0)
		if of == "" || strings.Contains(text, d.w(next).Form) {
			break
		}
		text += " of " + of
		k = next
	}
	be := "is"
	for _, c := range d.kids(x, is("nsubj")) {
		if xp := d.w(c).XPOS; xp == "NNS" || xp == "NNPS" || slices.ContainsFunc(d.kids(c, is("conj")), func(k node) bool { return hasCC(d, k, "and") }) || lowerAt(d, c) == "they" || lowerAt(d, c) == "we" {
			be = "are" // "Air France and Virgin are among bidders", "they are"
		}
	}
	return subj + " " + be + " " + negation(d, x) + text
}

// smallPredicate returns the nominal predicate of a small clause whose
// subject is the object c of the verb at n: a noun with no preposition
// after c that the parse hangs on the verb, a second object among them
// ("declared Tuesday a rest day", "to make Ruritania a priority"), or
// noNode.
func (h *head) smallPredicate(n, c node) node {
	d := h.s.tr
	for _, p := range d.kids(n, is("xcomp", "obl:unmarked", "obl:npmod", "obj")) {
		if p > c && d.w(p).UPOS == "NOUN" && d.caseWord(p) == "" && !h.isTime(p) && !commaBetween(d, c, p) {
			// past a comma, a noun is an apposition on the clause ("not
			// to sell Ruritanian Rail, a step to head off a walkout"), no
			// predicate of the object
			return p
		}
	}
	return noNode
}
