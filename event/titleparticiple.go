package event

// titleparticiple.go: an "-ing" word naming an office or a body ("was
// organising secretary of the event", "the negotiating team", "the ruling
// party") is part of a title, not the act of its verb, though the parse
// may read it as a progressive verb with the office noun for its object.

// titleParticipleHeads are the office and body nouns that an "-ing" word
// right before them names (data/words.yaml).
var titleParticipleHeads = wordList("title_participle_heads")

// titleParticiple reports whether the word at i is an "-ing" form right
// before a noun of titleParticipleHeads, which no determiner or other
// word separates from it: "organising secretary", "negotiating team". A
// visit is told all the same ("the visiting delegation met the premier"
// says a delegation is on a visit), so "visiting" is none.
func (s *sent) titleParticiple(i int) bool {
	w := s.word(i)
	if len(w) < 5 || w[len(w)-3:] != "ing" || i+1 >= s.last || s.d.hasLemma(w, "visit") {
		return false
	}
	return titleParticipleHeads[s.word(i+1)]
}
