package event

import "strings"

// Some rules ask the parse whether a word of a list heads a phrase
// ("patient_needs": a bill signed, a report released). The parse is the
// costly part of reading a sentence, and most sentences hold no word of
// the list at all: mayHoldLemma answers that from the text first, so that
// the parse is asked for only when the answer may be yes.

// irregularForms maps a lemma to the inflected forms irregular gives it.
var irregularForms = func() map[string][]string {
	out := map[string][]string{}
	for form, lemma := range irregular {
		out[lemma] = append(out[lemma], form)
	}
	return out
}()

// mayHoldLemma reports whether some word of text, lower-cased, may have
// lemma among its candidate lemmas (lemmas): false only when no span of
// text could. A word whose candidate it is holds the lemma itself (the
// word, or the word less a suffix, "-s", "-ed", "-ing", a doubled
// consonant), the lemma less its final "y" before "ie" ("bodies",
// "tied"), its final "e" before "ing" ("making"), its final "ie" before
// "ying" ("dying"), or is one of the lemma's irregular forms ("went").
func mayHoldLemma(lower, lemma string) bool {
	if strings.Contains(lower, lemma) {
		return true
	}
	if base, ok := strings.CutSuffix(lemma, "ie"); ok && strings.Contains(lower, base+"ying") {
		return true
	}
	if base, ok := strings.CutSuffix(lemma, "y"); ok && strings.Contains(lower, base+"ie") {
		return true
	}
	if base, ok := strings.CutSuffix(lemma, "e"); ok && strings.Contains(lower, base+"ing") {
		return true
	}
	for _, f := range irregularForms[lemma] {
		if strings.Contains(lower, f) {
			return true
		}
	}
	return false
}

// mayHoldAnyLemma reports whether the sentence's text may hold a word of
// one of lemmas (mayHoldLemma).
func (s *syntax) mayHoldAnyLemma(lemmas []string) bool {
	if s.lowText == "" {
		in := s.d.in
		ts := in.Sentences[s.index]
		s.lowText = strings.ToLower(in.Text[ts.Start:ts.End])
	}
	for _, l := range lemmas {
		if mayHoldLemma(s.lowText, l) {
			return true
		}
	}
	return false
}
