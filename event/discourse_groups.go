package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// discourse_groups.go: "they" and "it" as the subject of an event verb
// stand, as "he" and "she" do for a person (resolvePronoun), for the
// group, body or state the previous sentence is about: "Somali pirates
// seized a tanker on Monday. They also attacked a fishing boat": the
// pirates attacked. The subject of the previous sentence's main clause is
// the one a sentence opening on a pronoun most often goes on with; only
// an active verb's pronoun is read so ("Police arrested three men. They
// were charged": the men, not the police), and only one that opens its
// sentence's own telling (no actor named before it in the sentence) and
// stands outside a quotation.

// groupPronouns are the pronouns that stand for a group or a body, and
// whether each is plural.
var groupPronouns = map[string]bool{"they": true, "it": false}

// groupPronounSubject returns the token of the "they" or "it" the tree
// gives as the active subject of the verb at n, or of the verb it is
// coordinated with or controlled by ("they arrived and met"), and whether
// it is plural; -1 when the subject is no such pronoun.
func (s *syntax) groupPronounSubject(n node) (int, bool) {
	c, ok := s.climbedSubject(n)
	if !ok {
		return -1, false
	}
	plural, ok := groupPronouns[strings.ToLower(s.tr.w(c).Form)]
	if !ok || s.tr.rel(c) != "nsubj" {
		return -1, false
	}
	toks := s.tokensOf(c)
	if len(toks) == 0 {
		return -1, false
	}
	return toks[0], plural
}

// resolveGroupPronoun returns the actors the "they" (plural) or "it" at
// token i stands for: those of the subject of the previous sentence's main
// clause (or, after a copula, the owner of its predicate noun: "It was
// Bulgaria's fourth medal"), when that subject names a group, a body or a
// state ("it": one
// state or body, no generic agent; "they": a generic agent, a body, a
// state, or two or more of any kind), none of them in exclude. False when
// an actor is named before the pronoun in its sentence, the pronoun is
// quoted, or the previous sentence has no such subject.
func (s *syntax) resolveGroupPronoun(i int, plural bool, exclude map[string]bool) ([]actor.Mention, bool) {
	if s.inQuotation(i) {
		return nil, false
	}
	for j := s.first; j < i; j++ {
		if s.d.actorAt[j] >= 0 {
			return nil, false
		}
	}
	si := s.index - 1
	if si < 0 {
		return nil, false
	}
	ts := s.d.in.Sentences[si]
	ps := &syntax{d: s.d, index: si, first: ts.First, last: ts.Last}
	for j := ts.First; j < ts.Last; j++ {
		ps.low = append(ps.low, strings.ReplaceAll(strings.ToLower(s.tok(j).Text), "’", "'"))
	}
	d := ps.tree()
	if d == nil {
		return nil, false
	}
	for n := range d.words {
		if d.rel(node(n)) != "root" {
			continue
		}
		subjects := d.kids(node(n), is("nsubj"))
		if len(d.kids(node(n), is("cop"))) > 0 && d.nominal(node(n)) {
			// "It was Bulgaria's fourth bronze medal. They also won …":
			// the owner of what a copula's subject is
			subjects = append(subjects, d.kids(node(n), is("nmod:poss"))...)
		}
		for _, k := range subjects {
			var ms []actor.Mention
			for _, p := range ps.phraseActors(k, true) {
				if ps.inQuotation(p.start) {
					continue
				}
				if m := ps.actor(p); !exclude[m.ActorID] && m.Kind != actor.Place && !m.Location {
					ms = append(ms, m)
				}
			}
			if groupAntecedent(ms, plural) {
				return ms, true
			}
		}
	}
	return nil, false
}

// groupAntecedent reports whether the actors ms of a subject can be what
// a "they" (plural) or an "it" stands for.
func groupAntecedent(ms []actor.Mention, plural bool) bool {
	switch {
	case len(ms) == 0:
		return false
	case !plural:
		return len(ms) == 1 && (ms[0].Kind == actor.Country || ms[0].Kind == actor.Organization) && !strings.HasPrefix(ms[0].ActorID, actor.AgentPrefix)
	case len(ms) > 1:
		return true
	}
	return ms[0].Kind != actor.Person
}
