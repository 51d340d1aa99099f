package event

// mediumTextNouns are the statement nouns that name a text, not an
// occasion (data/words.yaml).
var mediumTextNouns = wordList("medium_text_nouns")

// mediumNoun reports whether the noun trigger t of a statement naming a
// text (mediumTextNouns) is the "in" oblique of a verb that another
// trigger of its sentence heads: the text an act was told in ("criticised
// the envoy ... in a statement", "condemned the raid in a statement"),
// no statement of its own beside that act, which the verb's mention
// already tells. A speech stays an occasion of its own ("in a speech, she praised
// the rescuers").
func (s *sent) mediumNoun(t *trigger) bool {
	if !t.noun || t.e.Type != Statement || !mediumTextNouns[t.lemma] || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	d := s.tr
	if r := d.rel(n); r != "obl" && r != "dep" || d.caseWord(n) != "in" {
		// "dep": the parse leaves ", in statement received by AFP" after a
		// long clause loosely hung on its verb
		return false
	}
	h, ok := d.head(n)
	if !ok || !d.verbal(h) {
		return false
	}
	for _, u := range s.triggers {
		if u == t || u.noun {
			continue
		}
		if v, ok := s.triggerNode(u); ok && v == h {
			return true
		}
	}
	return false
}
