package event

// speakerowned.go: a noun event owned through a possessive pronoun by the
// one who reports it ("Abe said his visit went well", "she said her talks
// with the minister were useful"): the pronoun stands for the speaker,
// who is the event's party as well as its source, so the reporter is kept.

// speakerOwned reports whether the noun trigger t has a possessive
// pronoun of its own (possessivePronoun): the party that pronoun is
// resolved to (participants) stays among the event's parties though it
// is also the reporter.
func (s *sent) speakerOwned(t *trigger) bool {
	return t.noun && s.possessivePronoun(t) >= 0
}
