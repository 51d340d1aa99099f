package event

import "github.com/chronograph-news/chronograph/token"

// The event package reads a sentence at three levels, each its own type:
//
//   - syntax (this file and the grammar files: tree.go, treeroles.go,
//     phrases.go, clauses.go, compound.go, aspect.go, present.go,
//     support.go, timetree.go, timescope.go, pastunder.go) finds what the
//     analysis gives: words, the dependency tree, subjects, objects, phrases,
//     clauses, tense and aspect, the time a clause attaches. Its methods
//     read the analysis only — never a trigger, an event or another
//     sentence.
//   - sent (the meaning files: triggers.go, frames.go, cameo*.go,
//     participants.go, roles.go, modality.go, factuality.go, dating.go,
//     scope.go, sense.go, title.go …) holds the event rules: which words
//     are triggers, their frames, roles, modality and dates. It embeds the
//     sentence's syntax.
//   - discourse (discourse.go) is the memory across sentences: the last
//     pair, phone calls, the last day and narrative date, reporters,
//     headlines; one value per document (doc.mem), which the rules of
//     sent read and note (narrative.go, anaphor.go, title.go).

// syntax is one sentence of the analysis as the event rules read it.
// Token positions are document token indexes in [first, last).
type syntax struct {
	d           *analysis
	index       int
	first, last int
	low         []string   // lower-cased token texts, indexed by i-first
	cl          *clauseMap // computed by clauses
	// tr is the dependency analysis of the sentence, asked for on first
	// use (see tree.go); parsed reports that it was.
	tr     *tree
	parsed bool
	// lowText is the sentence's text lower-cased, made on first use
	// (mayHoldAnyLemma).
	lowText string
}

func (s *syntax) tok(i int) token.Token { return s.d.in.Tokens[i] }

func (s *syntax) word(i int) string {
	if i < s.first || i >= s.last {
		return ""
	}
	return s.low[i-s.first]
}
