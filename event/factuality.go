package event

import "strings"

// factuality classifies how the sentence presents trigger t, from cues in
// the clause before it (negation, modals, conditionals, plans), after it
// for nouns ("talks were not held", "the summit is scheduled"), and the
// reporting frame of the sentence ("according to X", "X said"). The first
// that applies wins: negated, hypothetical, planned, reported, asserted.
// The reporter, when named, is returned as the source in every case.
func (s *sent) factuality(t *trigger) (Factuality, string) {
	var neg, hyp, plan, rep bool
	j := t.start - 1
	for n := 0; j >= s.first && n < 10; n++ {
		w := s.word(j)
		neg = neg || isNegation(w) || (negatingVerbs[w] && n < 4)
		hyp = hyp || hypotheticalCues[w]
		plan = plan || plannedCues[w]
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
	if t.noun {
		for j, n := t.end, 0; j < s.last && n < 4; j, n = j+1, n+1 {
			w := s.word(j)
			if objectStops[w] {
				break
			}
			switch w {
			case "not", "n't", "never", "cancelled", "canceled", "postponed", "scrapped":
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
		return Negated, src
	case hyp:
		return Hypothetical, src
	case plan:
		return Planned, src
	case rep || framed:
		return Reported, src
	}
	return Asserted, src
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
