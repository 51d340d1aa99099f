package event

import "strings"

// The parse of a verb of saying followed by a long phrase or a name is
// often torn ("said on Friday at his forum with reporters that ...", the
// forum read as the clause said; "said Carl Weiss violated the rules", the
// name and the verb hung on "said" as dep). plainReported then reads the
// words after the verb by their tags, as plainClause does.

// maxTaggedSubjectWords bounds the words of a reported clause's subject
// read by tags between the verb of saying and the clause's finite verb
// (taggedSubject): "Boston Fed President Carl Weiss" fits, a longer run
// is no subject told plainly.
const maxTaggedSubjectWords = 8

// phraseTags are the parts of speech of the words of a noun phrase read by
// tags (taggedOblique, taggedSubject); a possessive pronoun and the
// possessive "'s" are read by their XPOS (phraseXPOS).
var phraseTags = set("DET", "ADJ", "NOUN", "PROPN", "NUM")

// phraseXPOS are the PTB tags of the other words a noun phrase read by
// tags may hold: a possessive pronoun ("his") and the possessive "'s".
var phraseXPOS = set("PRP$", "POS")

// phraseWord reports whether the word k may stand inside a noun phrase
// read by tags.
func (h *head) phraseWord(k node) bool {
	w := h.s.tr.w(k)
	return phraseTags[w.UPOS] || phraseXPOS[w.XPOS]
}

// taggedOblique reports whether the word k, after the verb of saying at n,
// is part of a prepositional phrase read by tags: a preposition, then only
// noun-phrase words (phraseWord) and prepositions up to k, with no "that"
// ("said on Friday at his first open meeting with farmers that ...").
func (h *head) taggedOblique(n, k node) bool {
	d := h.s.tr
	for j := k; j > n; j-- {
		w := d.w(j)
		switch {
		case strings.EqualFold(w.Form, "that"):
			return false
		case w.UPOS == "ADP":
			return true
		case !h.phraseWord(j):
			return false
		}
	}
	return false
}

// taggedSubject returns k when the words from k on, right after the verb
// of saying at n and any time or punctuation the verb is told with, read
// by tags as a clause's subject and its finite verb: at most
// maxTaggedSubjectWords noun-phrase words (phraseWord, an "of" between
// them), a proper name or a noun among them, then a finite verb or
// auxiliary (finiteXPOS, or a modal): "said Carl Weiss violated the rules". A verb
// that names whom it is told to (addressee_verbs: "told reporters the talk
// had failed") is left to the parse; noNode otherwise.
func (h *head) taggedSubject(n, k node) node {
	d := h.s.tr
	if theHeadWords.addresseeVerbs[h.verbBase(n)] {
		return noNode
	}
	for j := n + 1; j < k; j++ {
		if !h.isTime(j) && d.w(j).UPOS != "PUNCT" {
			return noNode // another word before k: not right after the verb
		}
	}
	named := false
	for j := k; int(j) < len(d.words) && j < k+maxTaggedSubjectWords+1; j++ {
		w := d.w(j)
		switch {
		case j > k && (finiteXPOS[w.XPOS] || w.XPOS == "MD") && (w.UPOS == "VERB" || w.UPOS == "AUX"):
			if !named {
				return noNode
			}
			return k
		case h.phraseWord(j):
			named = named || w.UPOS == "PROPN" || w.UPOS == "NOUN"
		case j > k && strings.EqualFold(w.Form, "of"):
		default:
			return noNode
		}
	}
	return noNode
}
