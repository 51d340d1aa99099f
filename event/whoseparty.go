package event

import "strings"

// whosePartyNouns are the nouns of a body a person or a group leads that,
// possessed by a relative "whose", make the clause's act that of the noun
// the clause modifies ("Rossi, whose party won the election": Rossi's
// party, told by its leader) (data/words.yaml whose_party_nouns).
var whosePartyNouns = wordList("whose_party_nouns")

// whoseParty returns the actor a relative "whose" stands for when the
// subject k of a verb is a noun of whosePartyNouns it possesses
// ("Rossi, whose party won": Rossi): the name right before the pronoun but
// for punctuation, wherever the parse hung the clause (on that name, or
// as an adverbial, parataxis or root of its own); nil when no name stands
// there.
func (s *syntax) whoseParty(k node) []np {
	d := s.tr
	if !whosePartyNouns[strings.ToLower(d.w(k).Form)] {
		return nil
	}
	for _, p := range d.kids(k, is("nmod:poss")) {
		if !strings.EqualFold(d.w(p).Form, "whose") {
			continue
		}
		for j := p - 1; j >= 0 && j >= p-antecedentGap; j-- {
			if d.w(j).UPOS == "PUNCT" {
				continue
			}
			if a, ok := s.actorWord(j); ok {
				return []np{a}
			}
			return nil
		}
	}
	return nil
}
