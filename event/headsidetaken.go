package event

import "strings"

// sideTakenPhrase returns the phrase that says the side the verb at n
// takes when it has no object: its "in" oblique headed by a noun of
// side_taken_nouns, with that noun's "of" or "with" phrase ("ruled in
// favor of the referendum" → "in favor of referendum", "marched in
// solidarity with the strikers"), or "". A phrase past a comma is
// another clause's, and a noun with no such phrase says no side.
func (h *head) sideTakenPhrase(n node) string {
	d := h.s.tr
	for _, c := range d.kids(n, is("obl")) {
		lw := strings.ToLower(d.w(c).Form)
		if c < n || d.caseWord(c) != "in" || !theHeadWords.sideTaken[lw] || commaBetween(d, n, c) {
			continue
		}
		for _, k := range d.kids(c, is("nmod")) {
			cw := d.caseWord(k)
			if cw != "of" && cw != "with" || h.isTime(k) {
				continue
			}
			if text, _ := h.phrase(k, false); text != "" {
				return "in " + lw + " " + cw + " " + text
			}
			return ""
		}
	}
	return ""
}
