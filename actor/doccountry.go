package actor

import "strings"

// doccountry.go: a known organization of one country named only by words
// any state's body may bear ("Congress" for the U.S. Congress, "State
// Department") in a document that names countries but never that one is
// the like-named body of the document's own country: "Congress" in a story
// of India is India's (org:ind-congress), not the U.S. Congress. The
// document's own country is the one its mentions name most often, the
// first named of equals; a document naming no country keeps the known
// body.

// docCountries counts the countries a document's candidates name (a
// country, its demonym, a country's agent or a person's title qualified by
// it) and gives the one named most
// often, the first of equals; "" when it names none.
func docCountries(sents [][]candidate) (map[string]int, string) {
	count := map[string]int{}
	var order []string
	add := func(id string) {
		if !strings.HasPrefix(id, "country:") {
			return
		}
		if count[id] == 0 {
			order = append(order, id)
		}
		count[id]++
	}
	for _, cands := range sents {
		for _, c := range cands {
			switch {
			case c.affil != "":
				add(c.affil) // "Indian police", "Indian Prime Minister X"
			case (c.kind == candCountry || c.kind == candEntity) && len(c.ids) > 0:
				add(c.ids[0])
			}
		}
	}
	main := ""
	for _, id := range order {
		if main == "" || count[id] > count[main] {
			main = id
		}
	}
	return count, main
}

// homeBody returns the country (its id) whose body the known organization
// id, named by the word keys words, stands for in a document whose
// countries are count and whose own country is home: home, when id is an
// organization of the gazetteer affiliated to a country the document never
// names and every word of its name here is one of the lexicon's
// institution words ("Congress"); false otherwise.
func (r *Resolver) homeBody(id string, words []string, count map[string]int, home string) (string, bool) {
	if home == "" || len(words) == 0 || !r.g.gazetteer(id) {
		return "", false
	}
	e := r.g.entry(id)
	if e == nil || e.Kind != Organization || e.Affiliation == "" || count[e.Affiliation] > 0 {
		return "", false
	}
	for _, w := range words {
		if !r.g.lex.institutionWords[w] {
			return "", false
		}
	}
	return home, true
}

// homeLead is how many times the mentions of the next most named country
// a document's own country must be named at least for a bare agent to be
// its (homeAgent); homeMin is how often at least. The mentions in the
// first leadSentences sentences (the headline and the lead, which tell
// where the story is) count leadWeight times.
//
// looseHomeMin is how often at least for an unaffiliated agent's name
// ("civilians", "residents"): more than once, as a story that names one
// country once, in its lead, is as often told from elsewhere ("a concert
// by the British band" in a story of another country).
const (
	homeLead      = 2
	homeMin       = 2
	looseHomeMin  = 3
	leadSentences = 2
	leadWeight    = 2
)

// leadCountries is docCountries with the countries named in the first
// leadSentences sentences counted leadWeight times: "Riots continue in
// Argentina" heads a story of Argentina however often it names the
// visiting US president.
func leadCountries(sents [][]candidate) (map[string]int, string) {
	weighted := make([][]candidate, 0, len(sents)+leadSentences*(leadWeight-1))
	for i, cands := range sents {
		weighted = append(weighted, cands)
		for k := 1; i < leadSentences && k < leadWeight; k++ {
			weighted = append(weighted, cands)
		}
	}
	return docCountries(weighted)
}

// homeAgent returns the ISO code of the document's own country home for
// the bare generic agent named text ("police"), when text is one of the
// lexicon's home agents and home is named at least homeMin times and
// homeLead times as often as any other country (count, leadCountries);
// "" otherwise: a story of two states leaves "police" unresolved.
func (r *Resolver) homeAgent(text string, count map[string]int, home string) string {
	if home == "" || !r.g.lex.homeAgents[nameKey(text)] || count[home] < homeMin {
		return ""
	}
	for id, n := range count {
		if id != home && n*homeLead > count[home] {
			return ""
		}
	}
	return strings.TrimPrefix(home, "country:")
}
