package event

import "strings"

// This file holds the phrase a headline's object of a part or a hold
// needs: what it is a part of ("one third of the country", "a 10 percent
// stake in Acme").

// partPhrase returns what completes the noun at c, a noun of a part or a
// hold (part_of_nouns, part_in_nouns), with what it is part of: its "of"
// (or "in") phrase, which the parse hangs on the noun or, past the noun's
// last word, on the verb it is the object of ("bought a stake in Acme"
// read as "bought ... in Acme"), told with its case word: a name by
// ofName, a noun phrase by its modifiers and head ("of foreign inflows").
// It returns "" when the noun is none of those or stands inside another
// phrase (depth > 0), when the phrase is a time, holds conjuncts (one
// member would misstate it), is a name the parse cuts short (ofName; a
// capitalized word right after a noun phrase goes on with it: "members of
// Doctors Without Borders"), would make a singular subject stand for the
// plural it counts ("59 percent of voters", whose verb agrees with the
// voters), or would take the noun phrase, which has words already, past
// maxPhraseWords.
func (h *head) partPhrase(c node, depth, have int) string {
	d := h.s.tr
	cw := theHeadWords.partCases[strings.ToLower(d.w(c).Form)]
	if cw == "" || c == h.event || depth > 0 {
		return ""
	}
	k := noNode
	for _, x := range d.kids(c, is("nmod")) {
		if d.caseWord(x) == cw {
			k = x
			break
		}
	}
	if v, ok := d.head(c); k == noNode && ok && d.rel(c) == "obj" {
		end := d.runEnd(c) // the object's last word
		for _, x := range d.kids(v, is("obl")) {
			if d.caseWord(x) == cw && end+1 < x && d.within(end+1, x) && d.rel(end+1) == "case" {
				k = x // "stake in Acme" hung on the verb, right after the object
				break
			}
		}
	}
	if k == noNode || !d.nominal(k) || h.isTime(k) || len(d.kids(k, is("conj"))) > 0 {
		return ""
	}
	if strings.HasPrefix(d.rel(c), "nsubj") && !pluralWord(d.w(c)) && pluralWord(d.w(k)) {
		return "" // "59 percent of voters cast ballots": the verb agrees with the voters
	}
	text, n := "", 0
	if d.w(k).UPOS == "PROPN" {
		text, n = h.ofName(k)
		n-- // (ofName counts the "of")
		if next := d.runEnd(k) + 1; int(next) < len(d.words) && d.w(next).XPOS == "VBG" {
			return "" // "one-third of EU spending", the noun read as a gerund: the name modifies it
		}
	} else {
		words := append(h.modifiers(k, 0), k)
		last := k
		for _, w := range words {
			last = max(last, w)
		}
		if next := last + 1; int(next) < len(d.words) && d.w(next).UPOS != "PUNCT" && capitalized(d.w(next).Form) {
			return "" // "members of Doctors Without Borders": a name the parse cuts short
		}
		text, n = h.join(h.hyphenated(words)), len(words)
	}
	if text == "" || have+1+n > maxPhraseWords {
		return ""
	}
	h.markNamed(k) // the actors it names are said: no "with Acme" after
	return " " + cw + " " + text
}
