package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// figureowner.go: a figure told with a possessive pronoun ("its operating
// profit dropped 6.6 percent", "their exports rose") is the figure of the
// body the pronoun stands for, which the move or report then has for its
// agent: the name a relative clause holding it modifies ("Nomura, which
// disclosed its own loss"), else the organization, then the country, named
// before it in its sentence in a subject ("Sony said its profit fell"; not
// "criticized the United States, while its partners declined"), else the organization the story named
// most often before it, the first named of equals ("Toyota … Its group
// net profit"), else the country so.

// figureTypes are the types whose agent is whose figure moves or is
// reported.
var figureTypes = map[Type]bool{MarketMovement: true, EconomicReport: true}

// figureOwner returns the actor the possessive pronoun of the figure of
// the trigger t stands for: the pronoun ("its", "their": ownPossessives)
// on the noun trigger at n, or on the subject of the verb at n. False when
// there is no such pronoun or no body before it.
func (s *sent) figureOwner(t *trigger, n node) (actor.Mention, bool) {
	c := n
	if !t.noun {
		k, ok := s.climbedSubject(n)
		if !ok {
			return actor.Mention{}, false
		}
		c = k
	}
	pron := -1
	// the pronoun on the figure's noun, or on a compound before it the
	// parse hung it on ("Its group net profit")
	for _, h := range append([]node{c}, s.tr.kids(c, is("compound"))...) {
		for _, k := range s.tr.kids(h, is("nmod:poss")) {
			if w := s.tr.w(k); w.UPOS == "PRON" && ownPossessives[strings.ToLower(w.Form)] {
				if toks := s.tokensOf(k); len(toks) > 0 {
					pron = toks[0]
				}
			}
		}
	}
	if pron < 0 {
		return actor.Mention{}, false
	}
	owner := func(m actor.Mention) bool {
		return (m.Kind == actor.Organization || m.Kind == actor.Country) && !m.Location && !s.mediaNamed(m.ActorID)
	}
	if p, ok := s.relativeOwner(pron); ok && owner(s.actor(p)) {
		return s.actor(p), true // "Nomura, which disclosed its own loss"
	}
	for _, kind := range []actor.Kind{actor.Organization, actor.Country} {
		for j := pron - 1; j >= s.first; j-- {
			if a := s.d.actorAt[j]; a >= 0 && s.d.in.Actors[a].Kind == kind && owner(s.d.in.Actors[a]) && s.inSubject(j) {
				return s.d.in.Actors[a], true // "Sony said its profit fell"
			}
		}
	}
	for _, kind := range []actor.Kind{actor.Organization, actor.Country} {
		if m, ok := s.mostNamedBefore(kind, owner); ok {
			return m, true
		}
	}
	return actor.Mention{}, false
}

// mostNamedBefore returns the actor of kind the sentences before this one
// name most often, the first named of equals, among those ok accepts.
func (s *sent) mostNamedBefore(kind actor.Kind, ok func(actor.Mention) bool) (actor.Mention, bool) {
	count := map[string]int{}
	var order []actor.Mention
	last := -1
	for j := 0; j < s.first && j < len(s.d.actorAt); j++ {
		a := s.d.actorAt[j]
		if a < 0 || a == last {
			last = a
			continue
		}
		last = a
		m := s.d.in.Actors[a]
		if m.Kind != kind || !ok(m) {
			continue
		}
		if count[m.ActorID] == 0 {
			order = append(order, m)
		}
		count[m.ActorID]++
	}
	var best actor.Mention
	for _, m := range order {
		if best.ActorID == "" || count[m.ActorID] > count[best.ActorID] {
			best = m
		}
	}
	return best, best.ActorID != ""
}

// ownerClimb is how many words of a phrase inSubject climbs from a name
// to the phrase's head ("China's primary energy consumption").
const ownerClimb = 4

// inSubject reports whether token i lies in the subject phrase of a verb
// (nsubj, nsubj:pass), by the parse: its word, or a head of its phrase
// within ownerClimb steps up, is one.
func (s *sent) inSubject(i int) bool {
	x, ok := s.treeNode(i)
	if !ok {
		return false
	}
	for range ownerClimb {
		switch r := s.tr.rel(x); {
		case r == "nsubj" || r == "nsubj:pass":
			return true
		case subjectNounRels(r) || r == "flat:name":
			h, ok := s.tr.head(x)
			if !ok {
				return false
			}
			x = h
		default:
			return false
		}
	}
	return false
}

// relativeDepth is how many words relativeOwner climbs from a pronoun to
// the verb of the relative clause holding it.
const relativeDepth = 6

// relativeOwner returns the name the relative clause holding token i
// modifies when a relative pronoun is that clause's subject ("Nomura,
// which disclosed its own loss": Nomura).
func (s *sent) relativeOwner(i int) (np, bool) {
	x, ok := s.treeNode(i)
	if !ok {
		return np{}, false
	}
	d := s.tr
	for range relativeDepth {
		h, ok := d.head(x)
		if !ok {
			return np{}, false
		}
		if d.rel(x) == "acl:relcl" {
			if d.relativeSubject(x) {
				if p, ok := s.actorWord(h); ok {
					return p, true
				}
			}
			return np{}, false
		}
		x = h
	}
	return np{}, false
}
