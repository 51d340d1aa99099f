package event

import "strings"

// assurance.go: a verb of assurance ("assured reporters the situation had
// improved") is a promise (CAMEO 030, as the dictionary files it) only
// when what is assured is to come: help, a deed, a state that will be.
// Assuring that a state holds now or has come about is a confident
// comment on it, CAMEO's optimistic comment (013).

// assuranceVerbs are the verbs of assurance of data/words.yaml
// (assurance_verbs).
var assuranceVerbs = wordList("assurance_verbs")

// optimisticCode and pessimisticCode are CAMEO's optimistic (013) and
// pessimistic (012) comments.
const (
	optimisticCode  = "013"
	pessimisticCode = "012"
)

// assuranceFrame retypes the verb trigger t of assurance that the
// dictionary coded a promise (03) as an optimistic comment (013, a
// statement) when the parse gives it a complement clause — a ccomp, or
// an adverbial clause marked "that" or unmarked, the parse's misreading
// of "assured reporters on Monday the situation had improved" — with a
// subject or an auxiliary, none of the future or a modal
// (futureAuxiliaries), and no infinitive of its own: "assured reporters the situation had improved",
// "assured parliament that the economy is sound"; not "assured them he
// would help", "assured them of his support", "assured Kiev of aid".
func (s *sent) assuranceFrame(t *trigger) {
	if t == nil || t.noun || !strings.HasPrefix(t.code, "03") || !s.d.lemmaIn(s.word(t.start), assuranceVerbs) || s.tree() == nil {
		return
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return
	}
	d := s.tr
	if len(d.kids(n, is("xcomp"))) > 0 {
		return // "assured them to stay": a clause to come
	}
	cs := d.kids(n, is("ccomp"))
	for _, a := range d.kids(n, is("advcl")) {
		if m := d.markWord(a); m == "that" || m == "" && d.w(a).UPOS == "VERB" {
			cs = append(cs, a)
		}
	}
	if len(cs) == 0 {
		return
	}
	for _, c := range cs {
		aux := d.kids(c, is("aux", "aux:pass"))
		if len(aux) == 0 && len(d.kids(c, is("nsubj", "nsubj:pass", "expl"))) == 0 {
			return
		}
		for _, a := range aux {
			if futureAuxiliaries[strings.ToLower(d.w(a).Form)] || d.isLemma(a, "go") {
				return // "assured them he would help", "was going to help": a promise
			}
		}
	}
	e := *t.e
	e.Type = Statement
	t.e, t.code = &e, optimisticCode
}
