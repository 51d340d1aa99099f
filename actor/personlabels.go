package actor

// labels.go: a word for a person's party or creed written right before the
// person's name ("Socialist Lionel Jospin", "Republican Lindsey Graham"),
// data/lexicon.yaml person_labels: no part of the name, which is the
// person's.

// personLabel reports whether prev, the item before token i, is one
// capitalized word of person_labels right before it.
func (l *lexer) personLabel(prev item, i int) bool {
	return prev.kind == itemCap && prev.last == i && prev.last-prev.first == 1 && l.g.lex.personLabels[prev.key]
}

// personItem reports whether it is a gazetteer name whose best reading is
// a person.
func (l *lexer) personItem(it item) bool {
	return it.kind == itemEntity && len(it.ids) > 0 && l.g.entry(it.ids[0]).Kind == Person
}

// labelledPerson recognizes at the capitalized item p a word of
// person_labels before a run of two or more unknown capitalized words,
// ending at item end, that the name finder calls a person or that opens
// with a known given name (or, label and all, the finder calls a person):
// the person is the run after the label
// ("Islamist Ahmed Mansouri", "Republican Tom Kessler").
func (r *recognizer) labelledPerson(p, end int) (int, bool) {
	its := r.its
	if end-p < 3 || !r.personLabel(its[p], its[p+1].first) {
		return p, false
	}
	first, last := its[p+1].first, its[end-1].last
	if !r.g.lex.firstNames[its[p+1].key] && r.nameKind(first, last) != Person && r.nameKind(its[p].first, last) != Person {
		return p, false
	}
	c := candidate{kind: candPerson, first: first, last: last}
	r.apposition(&c, end)
	r.emit(c, end)
	return end, true
}
