package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// ownClause returns the headline of a verb trigger the parse gives no
// headline for and whose mention holds no side, told in its clause's own
// words (plainClause) from the first word of its subject: "the benchmark
// index gained 1.4 percent to close at a record" → "Benchmark index gains
// 1.4 percent to close at record", "all four were arrested under the
// emergency law" → "All four arrested under emergency law", where the
// type's name alone ("Market movement", "Arrest") says nothing of what
// happened. "" for a noun trigger, a type done together (symmetric), a verb with no subject of its own
// before it or one opened by anything but its subject and its
// auxiliaries or adverbs (the clause read would be another's), and
// whatever plainClause rejects (a pronoun subject, too few words, a
// clause too long).
func (s *sent) ownClause(t *trigger, m *Mention) string {
	if t.noun || symmetric[m.Type] || s.tree() == nil {
		// (a meeting's verb reads truncated after one side: "Minister
		// meets")
		return ""
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return ""
	}
	d := s.tr
	if d.w(n).UPOS != "VERB" {
		return ""
	}
	subj := d.kids(n, is("nsubj", "nsubj:pass"))
	if len(subj) == 0 {
		// a torn parse ("the index" read as the root, the verb hung on
		// it): the words before the verb, when they are a noun phrase
		// that opens the sentence or a clause
		first := n
		for first > 0 && nounPhraseTags[d.w(first-1).UPOS] && (d.w(first-1).UPOS != "PUNCT" || first > 1 && d.w(first-2).End == d.w(first-1).Start) {
			first--
		}
		if first == n || first > 0 && !clauseOpening(d.w(first-1)) {
			return ""
		}
		h := &head{s: s, m: m, used: map[string]bool{}, event: n, entryWords: append(slices.Clone(t.e.words), t.e.Needs...)}
		return capitalize(h.plainClause(first, node(len(d.words)), maxTitleChars))
	}
	if len(subj) != 1 || subj[0] > n {
		return ""
	}
	first := subj[0]
	for first > 0 && d.within(first-1, subj[0]) {
		first-- // the subject's first word
	}
	for k := first; k < n; k++ {
		if d.within(k, subj[0]) {
			continue
		}
		if hd, ok := d.head(k); ok && hd == n && (d.rel(k) == "aux" || d.rel(k) == "aux:pass" || d.rel(k) == "advmod") {
			continue // "were arrested", "surprisingly fell"
		}
		return ""
	}
	h := &head{s: s, m: m, used: map[string]bool{}, event: n, entryWords: append(slices.Clone(t.e.words), t.e.Needs...)}
	if w := d.w(subj[0]); w.XPOS == "WDT" || w.XPOS == "WP" {
		// "the plane that crashed in the mountains": the relative
		// pronoun stands for the noun its clause describes ("Plane
		// crashes in mountains")
		hd, ok := d.head(n)
		if !ok || d.rel(n) != "acl:relcl" || !d.nominal(hd) {
			return ""
		}
		if c, _ := wordnet.NounOfForm(strings.ToLower(d.w(hd).Form)); w.XPOS == "WP" && c != wordnet.Person && c != wordnet.Group && !h.isActorWord(hd) {
			return "" // "who" stands for people only: the parse hung the clause on a thing
		}
		ante := h.nounPhrase(hd, 0)
		rest := h.plainClause(first, node(len(d.words)), maxTitleChars-len(ante))
		_, rest, _ = strings.Cut(rest, " ")
		if ante == "" || rest == "" {
			return ""
		}
		return capitalize(ante + " " + rest)
	}
	return capitalize(h.plainClause(first, node(len(d.words)), maxTitleChars))
}

// nounPhraseTags are the parts of speech of a noun phrase's words, read
// by their tags where the parse tore the phrase from its verb (with the
// possessive's mark and a mark written inside a name: "Tokyo's
// benchmark Nikkei-225").
var nounPhraseTags = set("NOUN", "PROPN", "DET", "ADJ", "NUM", "PART", "PUNCT")

// clauseOpening reports whether w, the word before a noun phrase read
// as a clause's subject, opens a clause: a comma or "that".
func clauseOpening(w *conllu.Token) bool {
	return w.Form == "," || w.Form == "that"
}
