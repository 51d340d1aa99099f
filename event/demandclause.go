package event

import "strings"

// demandclause.go: a statement whose reported clause says what must be
// done is a demand (CAMEO 10, Demand): "the minister insisted that
// sanctions must be lifted", "Kyiv said on Monday that Russian troops
// must leave".

// demandModals are the auxiliaries of obligation of data/words.yaml
// (demand_modals).
var demandModals = wordList("demand_modals")

// demandedClause returns the clause (its ccomp) the reporting verb at
// token r reports, in the parse, whose verb has an auxiliary of obligation
// (demandModals) and no negation: what the speaker says must happen.
// "must not" forbids, and "must have" guesses ("they must have left"):
// neither is a demand.
func (s *sent) demandedClause(r int) (node, bool) {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return noNode, false
	}
	for _, c := range tr.kids(n, is("ccomp")) {
		obliged := false
		for _, a := range tr.kids(c, is("aux", "aux:pass", "advmod")) {
			l := strings.ToLower(tr.w(a).Form)
			switch {
			case demandModals[l]:
				obliged = true
			case l == "have" || negations[l]:
				return noNode, false // "must have", "must not"
			}
		}
		if obliged {
			return c, true
		}
	}
	return noNode, false
}

// demandTarget returns the actor the demanded clause c (demandedClause)
// is made of, other than speaker: the one the active subject of c names,
// its head or a name or a people's adjective modifying it ("the Cuban
// regime must take steps": Cuba; "India must help": India), or "". A
// passive subject is what is to be done ("sanctions must be lifted"), no
// party.
func (s *sent) demandTarget(c node, speaker string) string {
	tr := s.tr
	for _, k := range tr.kids(c, is("nsubj")) {
		nodes := append([]node{k}, tr.kids(k, is("amod", "compound", "nmod:poss", "flat"))...)
		for _, o := range nodes {
			for _, j := range s.tokensOf(o) {
				if a := s.d.actorAt[j]; a >= 0 {
					if id := s.d.in.Actors[a].ActorID; id != "" && id != speaker {
						return id
					}
				}
			}
		}
	}
	return ""
}
