package actor

// partymember.go: a party named by the word for its members, alone
// ("Democrats won control of the House", "Republicans blocked the bill"):
// data/lexicon.yaml party_members gives the party's country; the resolver
// makes it the party's actor in a story of that country only (resolve.go).

// partyMember recognizes at the capitalized item p a word of
// party_members that is a name of its own: one capitalized word, no other
// capitalized word or name joined to it ("Senate Democrats", "Liberal
// Democrats" are bodies of their own), and no possessive after it.
func (r *recognizer) partyMember(p int) (int, bool) {
	its := r.its
	it := its[p]
	if it.kind != itemCap || it.last-it.first != 1 {
		return p, false
	}
	country := r.g.lex.partyMembers[it.key]
	if country == "" {
		return p, false
	}
	if p > 0 && its[p-1].last == it.first && its[p-1].kind != itemOther {
		return p, false
	}
	if n := p + 1; n < len(its) && its[n].first == it.last && its[n].kind != itemOther {
		return p, false
	}
	r.emit(candidate{kind: candOrg, first: it.first, last: it.last, party: country}, p+1)
	return p + 1, true
}

// rivalCountries returns the countries (country:ISO) whose parties the
// document's candidates name by two different party_members words
// ("Democrats" and "Republicans"): the words tell which country's
// politics the story tells, however often it names other countries
// (a story of the U.S. Congress's debate on Iraq) or none.
func rivalCountries(l *lexer, sents [][]candidate) map[string]bool {
	words := map[string]string{} // country -> the first party word seen
	out := map[string]bool{}
	for _, cands := range sents {
		for _, c := range cands {
			if c.party == "" || c.first < 0 || c.first >= len(l.keys) {
				continue
			}
			k := l.keys[c.first]
			switch w, ok := words[c.party]; {
			case !ok:
				words[c.party] = k
			case w != k:
				out[c.party] = true
			}
		}
	}
	return out
}
