package cameo

import (
	"slices"
	"strings"
)

// Word is a word of the tree: its lemma and its form as written (either
// may be empty; case does not matter).
type Word struct {
	Lemma, Form string
}

// Phrase is a noun phrase of the tree (or a single word): its head, the
// words that modify it (compound, amod, nummod… dependents), and the
// prepositional phrases attached to it (nmod).
type Phrase struct {
	Head  Word
	Mods  []Word
	Preps []Prep
}

// Prep is a prepositional phrase: the preposition (case) and its object.
type Prep struct {
	Case   Word
	Object Phrase
}

// Clause is a verb with the parts of the tree attached to it.
type Clause struct {
	Verb     Word
	Subject  Phrase // nsubj (or the agent of a passive, as the caller sees fit)
	Particle Word   // compound:prt
	Object   Phrase // obj
	Preps    []Prep // obl (and nmod) of the verb, with their case
	Other    []Word // other dependents: advmod, aux, xcomp, acomp, ccomp heads…
}

// SlotKind names a part of a Clause.
type SlotKind uint8

// The parts of a clause a placeholder can bind.
const (
	NoSlot          SlotKind = iota
	SubjectSlot              // Clause.Subject
	ObjectSlot               // Clause.Object
	PrepSlot                 // the object of Clause.Preps[Index]
	ObjectPrepSlot           // the object of Clause.Object.Preps[Index]
	SubjectPrepSlot          // the object of Clause.Subject.Preps[Index]
)

// Slot is a part of a clause.
type Slot struct {
	Kind  SlotKind
	Index int
}

// Match is the code Match found for a clause.
type Match struct {
	Verb    *Verb
	Pattern *Pattern // nil: the verb's own code
	Code    Code     // the null code: no event
	Passive Code     // the code read the other way, if any
	Score   int      // the specificity of what fitted
	// Source and Target are the parts the pattern's placeholders name
	// (NoSlot where it names none: the usual subject and object).
	Source, Target Slot
}

// Match returns the code of the most specific pattern that fits the clause,
// else the code of the verb alone; false when the dictionary does not know
// the verb (or none of its multi-word entries fits). The package
// documentation (section Matching) says what of PETRARCH's pattern language
// it implements and what it does not.
func (d *Dictionary) Match(c Clause) (Match, bool) {
	verbs := d.Lookup(c.Verb.Lemma)
	if len(verbs) == 0 {
		for _, form := range []string{c.Verb.Form, c.Verb.Lemma} {
			for _, l := range d.LemmaOf(form) {
				verbs = append(verbs, d.Lookup(l)...)
			}
			if len(verbs) > 0 {
				break
			}
		}
	}
	m := newMatcher(d, &c)
	words := clauseWords(&c)
	var cands []int
	var best Match
	found := false
	for _, v := range verbs {
		afterReqs := make([]requirement, 0, len(v.After))
		for _, w := range v.After {
			afterReqs = append(afterReqs, m.afterWord(w))
		}
		if _, ok := m.solve(afterReqs); !ok {
			continue
		}
		base := 2 * len(v.After)
		if !found || base > best.Score {
			best, found = Match{Verb: v, Code: v.Code, Passive: v.Passive, Score: base}, true
		}
		cands = v.Block.candidates(words, cands)
		for _, pi := range cands {
			p := v.Block.Patterns[pi]
			score := base + p.score
			if score < best.Score || score == best.Score && best.Pattern != nil && !p.writtenFor(v, best.Pattern) {
				continue
			}
			if !holdsAll(words, p.need) {
				continue // a word the pattern needs is nowhere in the clause
			}
			reqs := slices.Clip(afterReqs)
			for _, e := range p.Before {
				reqs = append(reqs, m.elem(e, true))
			}
			for _, e := range p.After {
				reqs = append(reqs, m.elem(e, false))
			}
			roles, ok := m.solve(reqs)
			if !ok {
				continue
			}
			best = Match{Verb: v, Pattern: p, Code: p.Code, Passive: p.Passive, Score: score,
				Source: roles.source, Target: roles.target}
		}
	}
	return best, found
}

// writtenFor reports whether p, of the same score as other, was written for
// the verb v and other was not: of two patterns of a block that fit alike
// ("demand * explanation" 101, "want * explanation" 090), the one the
// source wrote for the clause's own verb wins.
func (p *Pattern) writtenFor(v *Verb, other *Pattern) bool {
	return p.Verb == v.Name() && other.Verb != v.Name()
}

// elemScore is the specificity of one pattern element.
func elemScore(e Elem) int {
	n := 0
	if e.IsPrep() {
		n = 2
	}
	if e.Term.Placeholder() != WordAtom {
		return n + 1
	}
	return n + 2*len(e.Term)
}

// The parts of a clause a requirement can use, as indexes into
// matcher.used: fixed ones, then three per prepositional phrase (the
// whole, its preposition, its object).
const (
	resSubject = iota
	resParticle
	resObject
	resFixed
)

// matcher matches the requirements of one clause.
type matcher struct {
	d                      *Dictionary
	c                      *Clause
	other, vprep, oprep    int // first resource of each group
	sprep, nres            int
	used                   []bool
	subj, obj, prt         Phrase
	otherPhrases           []Phrase
	hasSubj, hasObj, hasPt bool
}

func newMatcher(d *Dictionary, c *Clause) *matcher {
	m := &matcher{d: d, c: c, subj: c.Subject, obj: c.Object, prt: Phrase{Head: c.Particle}}
	m.other = resFixed
	m.vprep = m.other + len(c.Other)
	m.oprep = m.vprep + 3*len(c.Preps)
	m.sprep = m.oprep + 3*len(c.Object.Preps)
	m.nres = m.sprep + 3*len(c.Subject.Preps)
	m.used = make([]bool, m.nres)
	for _, w := range c.Other {
		m.otherPhrases = append(m.otherPhrases, Phrase{Head: w})
	}
	m.hasSubj, m.hasObj, m.hasPt = !empty(c.Subject.Head), !empty(c.Object.Head), !empty(c.Particle)
	return m
}

// option is one way to satisfy a requirement: the resources it uses and
// the roles it binds.
type option struct {
	res   []int
	roles roles
}

// roles are the parts the placeholders bound.
type roles struct{ source, target Slot }

// requirement lists the options of one element.
type requirement []option

// solve finds one choice of options, one per requirement, whose resources
// are disjoint (depth-first, options in order).
func (m *matcher) solve(reqs []requirement) (roles, bool) {
	clear(m.used)
	var r roles
	var try func(i int) bool
	try = func(i int) bool {
		if i == len(reqs) {
			return true
		}
	next:
		for _, o := range reqs[i] {
			for _, x := range o.res {
				if m.used[x] {
					continue next
				}
			}
			for _, x := range o.res {
				m.used[x] = true
			}
			saved := r
			if o.roles.source.Kind != NoSlot {
				r.source = o.roles.source
			}
			if o.roles.target.Kind != NoSlot {
				r.target = o.roles.target
			}
			if try(i + 1) {
				return true
			}
			r = saved
			for _, x := range o.res {
				m.used[x] = false
			}
		}
		return false
	}
	if !try(0) {
		return roles{}, false
	}
	return r, true
}

// afterWord lists the parts that can hold a word of a multi-word verb.
func (m *matcher) afterWord(w string) requirement {
	var req requirement
	if m.hasPt && wordFits(w, m.c.Particle) {
		req = append(req, option{res: []int{resParticle}})
	}
	if m.hasObj && wordFits(w, m.c.Object.Head) {
		req = append(req, option{res: []int{resObject}})
	}
	for i, o := range m.c.Other {
		if wordFits(w, o) {
			req = append(req, option{res: []int{m.other + i}})
		}
	}
	for i, p := range m.c.Preps {
		if wordFits(w, p.Case) {
			req = append(req, option{res: []int{m.vprep + 3*i + 1}})
		}
		if wordFits(w, p.Object.Head) {
			req = append(req, option{res: []int{m.vprep + 3*i + 2}})
		}
	}
	for i, p := range m.c.Object.Preps {
		if wordFits(w, p.Case) {
			req = append(req, option{res: []int{m.oprep + 3*i + 1}})
		}
	}
	return req
}

// elem lists the parts that can hold a pattern element, before or after
// the verb.
func (m *matcher) elem(e Elem, before bool) requirement {
	var req requirement
	if e.IsPrep() {
		preps, base, kind := m.c.Preps, m.vprep, PrepSlot
		if before {
			preps, base, kind = m.c.Subject.Preps, m.sprep, SubjectPrepSlot
		}
		for i, p := range preps {
			if m.prepFits(e, p) {
				req = append(req, option{res: []int{base + 3*i, base + 3*i + 1, base + 3*i + 2},
					roles: bind(e.Term, Slot{kind, i})})
			}
		}
		if before {
			return req
		}
		for i, p := range m.c.Object.Preps {
			if m.prepFits(e, p) {
				req = append(req, option{res: []int{m.oprep + 3*i, m.oprep + 3*i + 1, m.oprep + 3*i + 2},
					roles: bind(e.Term, Slot{ObjectPrepSlot, i})})
			}
		}
		if m.hasPt && anyWordFits(e.Preps, m.c.Particle) {
			if e.Term == nil {
				req = append(req, option{res: []int{resParticle}})
			} else if m.hasObj && m.termFits(e.Term, m.obj) {
				req = append(req, option{res: []int{resParticle, resObject},
					roles: bind(e.Term, Slot{ObjectSlot, 0})})
			}
		}
		return req
	}
	// A placeholder alone binds its part without using it up: in
	// "+ inspector *" the subject "UN inspectors" holds the actor and is
	// headed by the word.
	use := func(r int) []int {
		if e.Term.Placeholder() != WordAtom {
			return nil
		}
		return []int{r}
	}
	if before {
		if m.hasSubj && m.termFits(e.Term, m.subj) {
			req = append(req, option{res: use(resSubject), roles: bind(e.Term, Slot{SubjectSlot, 0})})
		}
	} else {
		if m.hasPt && e.Term.Placeholder() == WordAtom && m.termFits(e.Term, m.prt) {
			req = append(req, option{res: []int{resParticle}})
		}
		if m.hasObj && m.termFits(e.Term, m.obj) {
			req = append(req, option{res: use(resObject), roles: bind(e.Term, Slot{ObjectSlot, 0})})
		}
	}
	if e.Term.Placeholder() == WordAtom {
		for i, o := range m.otherPhrases {
			if m.termFits(e.Term, o) {
				req = append(req, option{res: []int{m.other + i}})
			}
		}
	}
	return req
}

// bind returns the roles a placeholder term binds to slot.
func bind(t Term, s Slot) roles {
	switch t.Placeholder() {
	case SourceAtom:
		return roles{source: s}
	case TargetAtom:
		return roles{target: s}
	case BothAtom:
		return roles{source: s, target: s}
	}
	return roles{}
}

// prepFits reports whether the prepositional phrase element e fits p.
func (m *matcher) prepFits(e Elem, p Prep) bool {
	if !anyWordFits(e.Preps, p.Case) {
		return false
	}
	return e.Term == nil || m.termFits(e.Term, p.Object)
}

// termFits reports whether t fits the phrase: its last position the head,
// the others distinct modifiers.
func (m *matcher) termFits(t Term, ph Phrase) bool {
	if empty(ph.Head) {
		return false
	}
	if t.Placeholder() != WordAtom {
		return true
	}
	var usedMods uint64
	if len(ph.Mods) > 64 {
		ph.Mods = ph.Mods[:64]
	}
	var fit func(pos int) bool
	fit = func(pos int) bool {
		if pos < 0 {
			return true
		}
		head := pos == len(t)-1
		for _, a := range t[pos] {
			for _, words := range m.expand(a) {
				need := words
				if head {
					if !wordFits(words[len(words)-1], ph.Head) {
						continue
					}
					need = words[:len(words)-1]
				}
				saved := usedMods
				if m.takeMods(need, ph.Mods, &usedMods) && fit(pos-1) {
					return true
				}
				usedMods = saved
			}
		}
		return false
	}
	return fit(len(t) - 1)
}

// expand returns the word lists an atom stands for: a word, or the
// members of a set.
func (m *matcher) expand(a Atom) [][]string {
	if a.Kind == SetAtom {
		if s := m.d.byName[a.Text]; s != nil {
			return s.Members
		}
		return nil
	}
	return [][]string{{a.Text}}
}

// takeMods marks a distinct unused modifier for each word of need, or
// reports false (greedy: a word takes the first free modifier it fits).
func (m *matcher) takeMods(need []string, mods []Word, used *uint64) bool {
	for _, w := range need {
		ok := false
		for i, x := range mods {
			if *used&(1<<i) == 0 && wordFits(w, x) {
				*used |= 1 << i
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// wordFits reports whether the pattern word w is the lemma or the form of
// x, case aside.
func wordFits(w string, x Word) bool {
	if w == "" {
		return false
	}
	if w == x.Lemma || w == x.Form {
		return true
	}
	return strings.EqualFold(w, x.Lemma) || strings.EqualFold(w, x.Form)
}

// anyWordFits reports whether one of ws fits x.
func anyWordFits(ws []string, x Word) bool {
	for _, w := range ws {
		if wordFits(w, x) {
			return true
		}
	}
	return false
}

func empty(w Word) bool { return w.Lemma == "" && w.Form == "" }

// clauseWords returns the lemmas and forms, lower case, of the words of c
// other than the verb.
func clauseWords(c *Clause) map[string]bool {
	n := 2 * (3 + len(c.Other) + len(c.Subject.Mods) + len(c.Object.Mods) + 2*len(c.Preps) + 2*len(c.Object.Preps))
	words := make(map[string]bool, n)
	add := func(w Word) {
		words[strings.ToLower(w.Lemma)] = true
		words[strings.ToLower(w.Form)] = true
	}
	var phrase func(p Phrase)
	phrase = func(p Phrase) {
		add(p.Head)
		for _, w := range p.Mods {
			add(w)
		}
		for _, pp := range p.Preps {
			add(pp.Case)
			phrase(pp.Object)
		}
	}
	phrase(c.Subject)
	phrase(c.Object)
	add(c.Particle)
	for _, pp := range c.Preps {
		add(pp.Case)
		phrase(pp.Object)
	}
	for _, w := range c.Other {
		add(w)
	}
	return words
}

// holdsAll reports whether words holds one word of each list of need.
func holdsAll(words map[string]bool, need [][]string) bool {
	for _, alts := range need {
		if !slices.ContainsFunc(alts, func(w string) bool { return words[w] }) {
			return false
		}
	}
	return true
}
