package event

import "strings"

// factuality classifies how the sentence presents trigger t, from cues in
// the clause before it (negation, modals, conditionals, plans), after it
// for nouns ("talks were not held", "the summit is scheduled"), and the
// reporting frame of the sentence ("according to X", "X said"). The first
// that applies wins: negated, hypothetical, planned, reported, asserted.
// The reporter, when named, is returned as the source in every case.
//
// With a dependency tree, treeFactuality (modality.go) decides instead,
// reporter included.
//
// parsed reports that the tree named the source: the subject of the
// reporting verb whose complement holds the event, or the "according to"
// phrase.
func (s *sent) factuality(t *trigger) (f Factuality, source string, parsed bool) {
	if f, src, framed, ok := s.treeFactuality(t); ok {
		parsed = src != ""
		if f == Asserted && (framed || s.hedged(t)) {
			f = Reported
		}
		return f, src, parsed
	}
	var neg, hyp, plan, rep bool
	j := t.start - 1
	for n := 0; j >= s.first && n < 10; n++ {
		w := s.word(j)
		neg = neg || isNegation(w) || (negatingVerbs[w] && n < 4)
		hyp = hyp || hypotheticalCues[w] || s.demand(j) || s.condition(j)
		plan = plan || plannedCues[w] || s.leadUp(j)
		rep = rep || reportedCues[w]
		if clauseStops[w] {
			break
		}
		j--
	}
	// infinitive of purpose or intention: "plans to visit", "to sign"
	k := t.start - 1
	for k >= s.first && adverbs[s.word(k)] {
		k--
	}
	if !t.noun && s.word(k) == "to" {
		plan = true
	}
	// subjunctive: "recommended that the minister be indicted"
	if !t.noun && s.word(k) == "be" && s.subjunctive(k) {
		hyp = true
	}
	// passive infinitive: "has to be ratified", "is to be held"
	if !t.noun && s.word(k) == "be" && k-1 >= s.first && s.word(k-1) == "to" && !s.ranked(k-1) {
		plan = true
	}
	if t.noun {
		for j, n := t.end, 0; j < s.last && n < 4; j, n = j+1, n+1 {
			w := s.word(j)
			if objectStops[w] {
				break
			}
			switch w {
			case "not", "n't", "never":
				// "talks were not held", but not "the attacks have not
				// been claimed": the negated verb must tell the event's
				// occurrence
				neg = neg || s.occurrenceAfter(j+1)
			case "cancelled", "canceled", "postponed", "scrapped":
				neg = true
			case "will", "scheduled", "expected", "planned", "set", "slated", "due":
				plan = true
			case "could", "may", "might":
				hyp = true
			}
		}
	}
	src, framed := s.reporter(t)
	switch {
	case neg:
		return Negated, src, false
	case hyp:
		return Hypothetical, src, false
	case plan:
		return Planned, src, false
	case rep || framed:
		return Reported, src, false
	}
	return Asserted, src, false
}

// hedged reports whether an adverb of the trigger's clause presents it as
// hearsay ("reportedly", "allegedly").
func (s *sent) hedged(t *trigger) bool {
	for j, n := t.start-1, 0; j >= s.first && n < 10 && !clauseStops[s.word(j)]; j, n = j-1, n+1 {
		if reportedCues[s.word(j)] {
			return true
		}
	}
	return false
}

// reporter finds the reporting frame of t's sentence: "according to X",
// "X said (that) ...", "..., X said", "..., said X". It returns the
// reporter's actor id ("" when unnamed) and whether a frame exists.
func (s *sent) reporter(t *trigger) (string, bool) {
	for j := s.first; j+1 < s.last; j++ {
		if s.word(j) == "according" && s.word(j+1) == "to" {
			k := j + 2
			for k < s.last && (determiners[s.word(k)] || titles[s.word(k)]) && s.d.actorAt[k] < 0 {
				k++
			}
			if k < s.last && s.d.actorAt[k] >= 0 {
				p, _ := s.mentionAt(k)
				return s.actor(p).ActorID, true
			}
			return "", true
		}
	}
	lx := s.d.lx
	for r := s.first; r < s.last; r++ {
		if r >= t.start && r < t.end {
			continue
		}
		w := s.word(r)
		if !s.d.lemmaIn(w, lx.reporting) || determiners[s.word(r-1)] || w == "according" {
			continue
		}
		if r > t.end {
			// postposed frames only: "..., X said"
			comma := false
			for k := t.end; k < r; k++ {
				if s.word(k) == "," {
					comma = true
				}
			}
			if !comma {
				continue
			}
			if p, ok := s.mentionAt(r + 1); ok { // "said KCNA"
				return s.actor(p).ActorID, true
			}
		}
		if subj := s.subject(r); len(subj) > 0 {
			return s.actor(subj[0]).ActorID, true
		}
		return "", true
	}
	return "", false
}

// isNegation reports whether w negates: "not", "never", "no", "didn't".
func isNegation(w string) bool {
	return negations[w] || strings.HasSuffix(w, "n't") || w == "cannot"
}

var demandVerbs = wordList("demand_verbs")

// demand reports whether token j asks for what follows: a demand verb, or
// "for" after call, press, push, appeal or ask ("called for elections").
func (s *sent) demand(j int) bool {
	w := s.word(j)
	if w == "for" {
		p := s.word(j - 1)
		for _, l := range []string{"call", "press", "push", "appeal", "ask", "clamor", "clamour"} {
			if s.d.hasLemma(p, l) {
				return true
			}
		}
		return false
	}
	return s.d.lemmaIn(w, demandVerbs)
}

var occurrenceVerbs = wordList("occurrence_verbs")

// occurrenceAfter reports whether the first verb from token j on
// (skipping auxiliaries and adverbs) is an occurrence verb.
func (s *sent) occurrenceAfter(j int) bool {
	for n := 0; j < s.last && n < 4; j, n = j+1, n+1 {
		w := s.word(j)
		if auxiliaries[w] || beForms[w] || s.isAdverb(j) || w == "yet" || w == "be" {
			continue
		}
		return s.d.lemmaIn(w, occurrenceVerbs)
	}
	return false
}

// dropReporter removes the source of m, as the tree found it, from its
// participants when the sentence names it only once, as the reporter: "Tass said Russian troops
// attacked Kyiv" tells of no act of Tass ("Putin said he visited" keeps
// Putin, named as the visitor by the pronoun).
func (s *sent) dropReporter(m *Mention) {
	named := 0
	last := -1
	for i := s.first; i < s.last; i++ {
		if a := s.d.actorAt[i]; a >= 0 && a != last && s.d.in.Actors[a].ActorID == m.Source {
			named++
		}
		last = s.d.actorAt[i]
	}
	if named != 1 {
		return
	}
	for k, w := range s.low {
		if pronouns[w] {
			return
		}
		if ownPossessives[w] && k+1 < len(s.low) && (agentNouns[s.low[k+1]] || s.d.lemmaIn(s.low[k+1], armedCues)) {
			return // "X said its forces arrested": X acts (reporterSubject)
		}
		if ownPossessives[w] && figureTypes[m.Type] {
			return // "X said its profit fell": X's figure (figureOwner)
		}
	}
	kept := m.Participants[:0]
	for _, p := range m.Participants {
		if p.ActorID != m.Source || p.Role == Location {
			kept = append(kept, p)
		}
	}
	m.Participants = kept
}
