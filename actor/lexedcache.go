package actor

import "github.com/chronograph-news/chronograph/token"

// LexedCandidate is one candidate actor of a [Lexed] document in a form
// that can be stored (gob, JSON) and given back to [Gazetteer.Relexed]:
// what a build keeps so that a later one need not lex the same text again.
type LexedCandidate struct {
	Kind        uint8
	First, Last int // tokens
	IDs         []string
	Role        string
	Affil       string
	Location    bool
	Acronym     bool
	Skip        int
	Sector      string
	Bare        bool
	Attributive bool
	Party       string
	Home        string
	Own         bool
	Sentence    int // the first token of the candidate's sentence
}

// Candidates returns the candidates of each sentence of x.
func (x *Lexed) Candidates() [][]LexedCandidate {
	out := make([][]LexedCandidate, len(x.sents))
	for i, cs := range x.sents {
		out[i] = make([]LexedCandidate, len(cs))
		for j, c := range cs {
			out[i][j] = LexedCandidate{Kind: uint8(c.kind), First: c.first, Last: c.last, IDs: c.ids, Role: c.role,
				Affil: c.affil, Location: c.location, Acronym: c.acronym, Skip: c.skip, Sector: c.sector, Bare: c.bare,
				Attributive: c.attributive, Party: c.party, Home: c.home, Own: c.own, Sentence: c.sentence}
		}
	}
	return out
}

// Relexed returns the Lexed document whose candidates x.Candidates gave,
// for text and its tokens: the same, for the resolver, as lexing text
// again with the gazetteer the candidates were found with (the caller
// makes sure of that).
func (g *Gazetteer) Relexed(text string, toks []token.Token, sents [][]LexedCandidate) *Lexed {
	x := &Lexed{l: newLexer(g, text, toks), sents: make([][]candidate, len(sents))}
	for i, cs := range sents {
		x.sents[i] = make([]candidate, len(cs))
		for j, c := range cs {
			x.sents[i][j] = candidate{kind: candKind(c.Kind), first: c.First, last: c.Last, ids: c.IDs, role: c.Role,
				affil: c.Affil, location: c.Location, acronym: c.Acronym, skip: c.Skip, sector: c.Sector, bare: c.Bare,
				attributive: c.Attributive, party: c.Party, home: c.Home, own: c.Own, sentence: c.Sentence}
		}
	}
	return x
}
