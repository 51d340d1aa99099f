package event

import "strings"

// irregular maps inflected forms whose lemma the suffix rules below cannot
// find to that lemma (irregular_forms in data/words.yaml, each written
// "form lemma").
var irregular = formLemmas(wordList("irregular_forms"))

// formLemmas reads a list of "form lemma" pairs into a map from form to
// lemma; an item that is no pair is a defect of the data file.
func formLemmas(pairs map[string]bool) map[string]string {
	out := make(map[string]string, len(pairs))
	for p := range pairs {
		form, lemma, ok := strings.Cut(p, " ")
		if !ok || form == "" || lemma == "" || strings.Contains(lemma, " ") {
			panic("event: data/words.yaml: irregular_forms: " + p + " is no \"form lemma\" pair")
		}
		out[form] = lemma
	}
	return out
}

// lemmas returns the candidate base forms of word (lower-cased, without
// trailing period): the word itself, an irregular lemma, and what stripping
// -s, -es, -ies, -ed, -d, -ied, -ing (with or without a final e, undoubling
// a final consonant, -ying as -ie) leaves, and -ies, -ied as -ie ("dies",
// "died"). Callers test the candidates against a lexicon,
// so over-generation is harmless.
func lemmas(word string) []string {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	w = strings.ReplaceAll(w, "’", "'")
	out := []string{w}
	if l, ok := irregular[w]; ok {
		return append(out, l)
	}
	add := func(s string) {
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	undouble := func(s string) {
		n := len(s)
		if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiou", rune(s[n-1])) {
			add(s[:n-1])
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		add(w[:len(w)-3] + "y")
		add(w[:len(w)-1]) // "dies", "ties"
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2])
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "ied"):
		add(w[:len(w)-3] + "y")
		add(w[:len(w)-1]) // "died", "tied"
	case strings.HasSuffix(w, "ed"):
		add(w[:len(w)-1])
		add(w[:len(w)-2])
		undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		stem := w[:len(w)-3]
		add(stem)
		add(stem + "e")
		undouble(stem)
		if strings.HasSuffix(stem, "y") {
			add(stem[:len(stem)-1] + "ie") // "dying", "tying"
		}
	}
	return out
}

// lemmaIn reports whether one of word's candidate lemmas is in set.
func lemmaIn(word string, set map[string]bool) bool {
	for _, l := range lemmas(word) {
		if set[l] {
			return true
		}
	}
	return false
}

// hasLemma reports whether lemma is one of word's candidate lemmas.
func hasLemma(word, lemma string) bool {
	for _, l := range lemmas(word) {
		if l == lemma {
			return true
		}
	}
	return false
}

// isParticiple reports whether word looks like a past participle (visited,
// sent, taken), for passive voice detection.
func isParticiple(word string) bool {
	w := strings.ToLower(word)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") {
		return true
	}
	_, ok := irregular[w]
	return ok && !strings.HasSuffix(w, "s")
}

// lem is lemmas memoized for one document.
func (d *analysis) lem(word string) []string {
	if l, ok := d.lemmaMemo[word]; ok {
		return l
	}
	l := lemmas(word)
	d.lemmaMemo[word] = l
	return l
}

// lemmaIn is the memoized [lemmaIn].
func (d *analysis) lemmaIn(word string, set map[string]bool) bool {
	for _, l := range d.lem(word) {
		if set[l] {
			return true
		}
	}
	return false
}

// hasLemma is the memoized [hasLemma].
func (d *analysis) hasLemma(word, lemma string) bool {
	for _, l := range d.lem(word) {
		if l == lemma {
			return true
		}
	}
	return false
}

// SameWord reports whether two triggers share a word up to its
// inflection (a candidate lemma of one word of a is one of a word of b):
// "acquitted" / "acquitted", "arrests" / "arrested", "held talks" / "talks";
// not "quake" / "floods" nor "sentenced" / "found guilty".
func SameWord(a, b string) bool {
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			for _, l := range lemmas(x) {
				if hasLemma(y, l) {
					return true
				}
			}
		}
	}
	return false
}
