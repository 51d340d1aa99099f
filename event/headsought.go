package event

import "strings"

// maxSoughtWords bounds the words of what a verb asks "for", read by tags
// after it (soughtByTags): "a fairer share of
// the port's revenue" fits, a longer run is cut before its preposition or left.
const maxSoughtWords = 8

// soughtByTags returns the headline of a verb trigger at n that asks "for"
// something ("called for the grain tariffs to be lifted", "called Monday
// for the strikers to go back to work") when the title built from the parse gave
// only the subject and a bare verb, its place at most ("X appeals", "X
// calls in Velda"), the parse having torn the phrase from the verb: the
// phrase after "for" read by its tags (a noun phrase, articles left out,
// and a "to" infinitive after it with its object), in the verb's own
// present ("X calls for grain tariffs to be lifted in Velda"); "" when the
// title says more, the verb is one set off by a comma with no subject of
// its own or a thing's move (types marked thing), or no "for" follows the verb (past its day), its
// phrase reads as no noun phrase or an infinitive after it as none.
func (h *head) soughtByTags(t *trigger, n node, title string) string {
	d := h.s.tr
	if t.noun || d.w(n).UPOS != "VERB" || theHeadWords.Types[h.m.Type].Thing || n > 0 && d.w(n-1).Form == "," && len(d.kids(n, is("nsubj"))) == 0 {
		// a participle set off by a comma gives its "for" a cause
		// ("X, criticized for his spending"); a thing moves for no aim
		return ""
	}
	base := h.verbBase(n)
	words := strings.Fields(title)
	at, plural := -1, false // the title's verb
	for i := len(words) - 1; i > 0; i-- {
		for _, v := range []string{base, theHeadWords.Types[h.m.Type].Verb} {
			if v == "" || strings.Contains(v, " ") {
				continue
			}
			if words[i] == theHeadWords.present(v, false) || words[i] == theHeadWords.present(v, true) {
				at, plural = i, words[i] == v && v != theHeadWords.present(v, false)
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 1 {
		return ""
	}
	place := strings.Join(words[at+1:], " ")
	if place != "" && !strings.HasPrefix(place, "in ") && !strings.HasPrefix(place, "at ") {
		return "" // the title says more than its verb and place
	}
	k := n + 1
	for int(k) < len(d.words) && h.isTime(k) {
		k++ // "called Monday for ..."
	}
	if int(k) >= len(d.words) || !strings.EqualFold(d.w(k).Form, "for") {
		return ""
	}
	np, next := h.taggedNounPhrase(k + 1)
	if np == "" {
		return ""
	}
	sought := "for " + np
	if int(next) < len(d.words) && d.w(next).XPOS == "TO" {
		inf := h.taggedInfinitive(next)
		if inf == "" {
			return "" // "for the strikers to do everything ...": cut short, it would mislead
		}
		sought += " " + inf // "for the grain tariffs to be lifted"
	}
	out := strings.Join(words[:at], " ") + " " + theHeadWords.present(cmpOr(base, words[at]), plural) + " " + sought
	if place != "" && !strings.Contains(sought, strings.TrimPrefix(strings.TrimPrefix(place, "in "), "at ")) {
		out += " " + place
	}
	return out
}

// taggedNounPhrase reads, from the word k, a noun phrase by its tags
// (phraseWord, an "of" between nouns), at most maxSoughtWords words, its
// articles (gap_determiners) and possessive pronouns left out; it
// returns the phrase, "" unless it ends on a noun or a name ("models
// such" is cut short), and the word after it.
func (h *head) taggedNounPhrase(k node) (string, node) {
	d := h.s.tr
	var words []string
	last := k
	nominal := false
	for j := k; int(j) < len(d.words) && j < k+maxSoughtWords; j++ {
		w := d.w(j)
		lw := strings.ToLower(w.Form)
		if lw == "of" && nominal && int(j)+1 < len(d.words) && h.phraseWord(j+1) {
			words = append(words, lw)
			continue
		}
		if !h.phraseWord(j) {
			break
		}
		last = j + 1
		if u := w.UPOS; u == "NOUN" || u == "PROPN" {
			nominal = true
		}
		if w.UPOS == "DET" && theHeadWords.gapDeterminers[lw] || w.XPOS == "PRP$" {
			continue // "for his crew to be freed": "for crew to be freed"
		}
		if w.XPOS == "POS" && len(words) > 0 {
			words[len(words)-1] += w.Form // "the government's mistreatment"
			continue
		}
		if w.UPOS == "PROPN" {
			words = append(words, w.Form)
		} else {
			words = append(words, lw)
		}
	}
	if !nominal || len(words) == 0 || words[len(words)-1] == "of" {
		return "", k
	}
	if u := d.w(last - 1).UPOS; u != "NOUN" && u != "PROPN" {
		return "", k
	}
	return strings.Join(words, " "), last
}

// taggedInfinitive reads, from the word k, a "to" infinitive by its tags
// ("to be held", "to lay down arms"): "to", a base verb (or "be" and a
// participle), a particle, and the noun phrase after it read by
// taggedNounPhrase; "" when k opens none.
func (h *head) taggedInfinitive(k node) string {
	d := h.s.tr
	if int(k)+1 >= len(d.words) || d.w(k).XPOS != "TO" || d.w(k+1).XPOS != "VB" {
		return ""
	}
	out := "to " + strings.ToLower(d.w(k+1).Form)
	j := k + 2
	if strings.EqualFold(d.w(k+1).Form, "be") {
		if int(j) >= len(d.words) || d.w(j).XPOS != "VBN" {
			return ""
		}
		out += " " + strings.ToLower(d.w(j).Form)
		j++
	}
	if int(j) < len(d.words) && d.w(j).UPOS == "ADP" && d.rel(j) == "compound:prt" {
		out += " " + strings.ToLower(d.w(j).Form) // "lay down"
		j++
	}
	if np, _ := h.taggedNounPhrase(j); np != "" {
		return out + " " + np
	}
	if int(j) < len(d.words) && (h.phraseWord(j) || d.w(j).UPOS == "PRON") {
		return "" // an object read as none ("to do everything")
	}
	return out
}
