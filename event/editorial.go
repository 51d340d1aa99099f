package event

// editorial.go: a news medium's own opinion. A medium that reports is no
// speaker of the news it carries (mediaNamed, leadSpeaker), but one that
// says something in an editorial or a commentary ("The Daily Courier said
// in an editorial on Monday that the talks had failed") states its own
// view: that saying is the medium's statement.

// opinionPieces are the nouns of a medium's own opinion piece
// (data/words.yaml): an "in" phrase hung on the reporting verb and headed
// by one of them makes the medium the speaker (ownOpinion).
var opinionPieces = wordList("opinion_pieces")

// ownOpinion reports whether the reporting verb at token r says its
// clause in an opinion piece of its speaker's: an "in" phrase of the verb
// in the parse headed by a noun of opinionPieces ("said in an editorial",
// "wrote in a commentary"; not "said in an interview", where a medium
// only carries another's words).
func (s *sent) ownOpinion(r int) bool {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	for _, k := range tr.kids(n, is("obl")) {
		if tr.caseWord(k) == "in" && tr.lemmaIn(k, opinionPieces) {
			return true
		}
	}
	return false
}
