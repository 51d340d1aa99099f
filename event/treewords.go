package event

import "strings"

// treewords.go: what a word of the dependency tree is (its lemmas, part
// of speech, tense, markers), for the rules of modality.go and generic.go.

// lemmas returns the candidate lemmas of n, lower case: the parse's
// lemma when it gives one ("n't" is "not"), and those of the word form
// (morph.go; the pipeline's parser gives no lemmas).
func (t *tree) lemmas(n node) []string {
	w := t.w(n)
	form := strings.ToLower(strings.ReplaceAll(w.Form, "’", "'"))
	if form == "n't" {
		return []string{"not"}
	}
	out := t.lem(form)
	if l := strings.ToLower(w.Lemma); l != "" && l != "_" && l != form {
		out = append([]string{l}, out...)
	}
	return out
}

// lemmaIn reports whether a lemma of n is in set.
func (t *tree) lemmaIn(n node, set map[string]bool) bool {
	for _, l := range t.lemmas(n) {
		if set[l] {
			return true
		}
	}
	return false
}

// auxIn reports whether an auxiliary of c ("aux") has its form, lower-cased,
// in set ("would send", "will help").
func (t *tree) auxIn(c node, set map[string]bool) bool {
	for _, a := range t.kids(c, is("aux")) {
		if set[strings.ToLower(t.w(a).Form)] {
			return true
		}
	}
	return false
}

// isLemma reports whether n has lemma l.
func (t *tree) isLemma(n node, l string) bool {
	for _, x := range t.lemmas(n) {
		if x == l {
			return true
		}
	}
	return false
}

// classOf returns the strongest class m gives a lemma of n, or "".
func (t *tree) classOf(n node, m map[string]Factuality) Factuality {
	var f Factuality
	for _, l := range t.lemmas(n) {
		f = stronger(f, m[l])
	}
	return f
}

// marked reports whether n has a subordinator (mark) among words.
func (t *tree) marked(n node, words map[string]bool) bool {
	for _, k := range t.kids(n, is("mark")) {
		if t.lemmaIn(k, words) {
			return true
		}
	}
	return false
}

// infinitive reports whether n is a "to" infinitive.
func (t *tree) infinitive(n node) bool {
	for _, k := range t.kids(n, is("mark")) {
		if strings.EqualFold(t.w(k).Form, "to") {
			return true
		}
	}
	return false
}

// nominal reports whether n is a noun or a proper noun.
func (t *tree) nominal(n node) bool {
	u := t.w(n).UPOS
	return u == "NOUN" || u == "PROPN"
}

// finite reports whether the clause of n has a subject, an auxiliary or a
// tense of its own ("accused", "attacks"): its modality is its own, not
// the clause's it depends on.
func (t *tree) finite(n node) bool {
	switch t.w(n).XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return len(t.kids(n, is("nsubj", "nsubj:pass", "aux", "expl"))) > 0
}

// verbal reports whether n is a verb or an auxiliary-headed predicate.
func (t *tree) verbal(n node) bool {
	u := t.w(n).UPOS
	return u == "VERB" || u == "AUX"
}
