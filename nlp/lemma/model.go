package lemma

import (
	"slices"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Model is a trained lemmatizer. It is read-only and safe for concurrent
// use.
type Model struct {
	maxSuffix int
	rules     []rule
	suffixes  map[string][]int32 // tag NUL ending → its most frequent rules, best first
	except    map[string]string  // tag NUL form → lemma
	known     map[string]bool    // the lemmas seen in training, by knownKey
}

// Rule choice: the candidates are the first maxCandidates rules that apply
// to the word, from its longest ending with rules to its shortest; the
// first that makes a known lemma (and keeps the case as the first does)
// wins, else the first. When the first leaves the word as it is, it wins.
const (
	maxCandidates = 3 // rules tried per word
	keepRules     = 3 // rules kept per ending
)

// tagOf returns the tag the tables are keyed by: XPOS, else UPOS.
func tagOf(t *conllu.Token) string {
	if t.XPOS != "" && t.XPOS != "_" {
		return t.XPOS
	}
	return t.UPOS
}

// Lemmatize fills the Lemma of every token of s from its Form, UPOS and
// XPOS.
func (m *Model) Lemmatize(s *conllu.Sentence) {
	var buf []byte
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Lemma, buf = m.lemma(t.Form, tagOf(t), buf)
	}
}

// Lemma returns the lemma of form with tag (an XPOS, or a UPOS where the
// treebank has no XPOS).
func (m *Model) Lemma(form, tag string) string {
	l, _ := m.lemma(form, tag, nil)
	return l
}

// lemma returns the lemma of form, using buf for the keys.
func (m *Model) lemma(form, tag string, buf []byte) (string, []byte) {
	buf = append(append(append(buf[:0], tag...), 0), form...)
	if l, ok := m.except[string(buf)]; ok {
		return l, buf
	}

	return m.byRules(form, tag, buf)
}

// byRules returns the lemma the ending rules give form.
func (m *Model) byRules(form, tag string, buf []byte) (string, []byte) {
	low := lowerOf(form)
	var tried [maxCandidates]int32
	nt := 0
	first, casing := "", 0
	for n := min(m.maxSuffix, len(low)); n >= 0 && nt < maxCandidates; n-- {
		buf = append(append(append(buf[:0], tag...), 0), low[len(low)-n:]...)
		for _, r := range m.suffixes[string(buf)] {
			if nt == maxCandidates {
				break
			}
			if slices.Contains(tried[:nt], r) {
				continue
			}
			l, ok := m.rules[r].apply(form)
			if !ok {
				continue
			}
			tried[nt] = r
			nt++
			if nt == 1 {
				first, casing = l, m.rules[r].casing
				if l == form || l == low {
					return l, buf // the word is its own lemma: no other rule is tried
				}
			}
			if m.rules[r].casing == casing && m.known[knownKey(tag, l)] {
				return l, buf
			}
		}
	}
	if first != "" {
		return first, buf
	}
	return low, buf
}

// knownKey is the key of lemma l of a word tagged tag in Model.known: the
// lemma and the first letter of the tag (N for nouns, V for verbs, J for
// adjectives in the Penn tags).
func knownKey(tag, l string) string {
	if tag == "" {
		return l
	}
	return tag[:1] + "\x00" + l
}
