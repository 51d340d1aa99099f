package event

import (
	"slices"
	"strings"
)

// objectPhraseSpan is how many tokens after a verb the plain noun phrase
// its object_needs read may run ("won the women's 10m air pistol
// individual title": the head past needsWindow).
const objectPhraseSpan = 16

// objectPhraseWords are the parts of speech (UPOS) a plain noun phrase
// right after a verb is made of: its determiner, modifiers, names,
// numbers, a possessive's "'s" and the "and" joining two modifiers.
var objectPhraseWords = map[string]bool{
	"DET": true, "ADJ": true, "NOUN": true, "PROPN": true, "NUM": true,
	"PART": true, "CCONJ": true,
}

// objectHeadIn reports whether the plain noun phrase that starts at token
// from (right after a verb) ends on a noun whose lemma is one of words
// (objectHead). For the lexicon's object_needs (triggers.go).
func (s *sent) objectHeadIn(from int, words []string) bool {
	return s.objectHead(from, words) >= 0
}

// objectHead returns the token of the noun that ends the plain noun phrase
// starting at token from, when its lemma is one of words, else -1: the
// phrase's last noun before the first word of another kind (a
// preposition, an adverb, a punctuation mark, a verb) is its head, read
// on the words, so a long name before it ("the men's and women's 10m
// platform golds here") or a misparse of it does not hide it.
func (s *sent) objectHead(from int, words []string) int {
	if !s.mayHoldAnyLemma(words) {
		return -1 // the text settles it: no parse asked ("won a local following")
	}
	head := -1
	for j := from; j < min(s.last, from+objectPhraseSpan); j++ {
		n, ok := s.treeNode(j)
		if !ok {
			return -1
		}
		pos := s.tr.w(n).UPOS
		if !objectPhraseWords[pos] {
			break
		}
		switch pos {
		case "NOUN":
			head = j
		case "DET", "CCONJ", "PROPN":
			head = -1 // a noun before a name or another noun's phrase is no head
		}
	}
	if head < 0 {
		return -1
	}
	ls := s.d.lem(s.word(head))
	for _, w := range words {
		if slices.Contains(ls, w) {
			return head
		}
	}
	return -1
}

// namesAny reports whether a word of the phrase (a title's object) has
// one of words as its lemma.
func (h *head) namesAny(phrase string, words []string) bool {
	for _, f := range strings.Fields(strings.ToLower(phrase)) {
		ls := h.s.d.lem(f)
		for _, w := range words {
			if slices.Contains(ls, w) {
				return true
			}
		}
	}
	return false
}
