package actor

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// bodyref.go: a body named earlier, referred back to by a common noun with
// "the" ("Sony Corp. posted a loss … the company said", "Human Rights Watch
// … the group warned"). data/lexicon.yaml definite_bodies gives the nouns
// and the kinds of body each may stand for.

// bodyRefReach is how many tokens before "the company" the body it stands
// for must last have been named (about a dozen sentences: a body named in
// the lead is referred to so through the article).
const bodyRefReach = 400

// corporateKind is the kind of definite_bodies for a body whose name ends
// in one of corporate_suffixes ("Toyota Motor Corp.").
const corporateKind = "corporate"

// definiteBodies adds to out (the document's mentions, in text order) a
// mention of the noun of each "the company", "the group" that stands for
// a body named before it: the one organization of a kind the noun may
// stand for that the document named before it (no other such body named
// anywhere before, the last naming within bodyRefReach tokens, and the
// noun not written without "the" since: undefinedBetween), never a
// country's generic agent. The noun must be in lower case and stand
// alone: not before "of" ("the group of experts") or a name ("the firm
// Zentrix"), nor inside a mention. The added mention names the noun alone
// ("company") and is not counted among the body's names.
func (r *Resolver) definiteBodies(l *lexer, out []Mention) []Mention {
	toks := l.toks
	var add []Mention
	m := 0 // out[:m] end before the token looked at
	for i := 0; i+1 < len(toks); i++ {
		for m < len(out) && out[m].End <= toks[i].Start {
			m++
		}
		if l.folds[i] != "the" {
			continue
		}
		n := i + 1
		kinds := r.g.lex.definiteBodies[l.folds[n]]
		if kinds == nil || isCapitalized(toks[n].Text) {
			continue
		}
		if m < len(out) && out[m].Start < toks[n].End {
			continue // inside a mention
		}
		if a := n + 1; a < len(toks) && (l.folds[a] == "of" || isCapitalized(toks[a].Text)) {
			continue
		}
		id, at := "", -1
		for k := m - 1; k >= 0; k-- {
			b := out[k]
			if b.Kind != Organization || !r.ofKind(b, kinds) {
				continue
			}
			if id != "" && b.ActorID != id {
				id = "" // two bodies of the kind: ambiguous
				at = -1
				break
			}
			if id == "" {
				id, at = b.ActorID, k
			}
		}
		if id == "" || strings.HasPrefix(id, AgentPrefix) || tokenDistance(toks, out[at].End, toks[n].Start) > bodyRefReach {
			continue
		}
		if l.undefinedBetween(l.folds[n], out[at].End, toks[i].Start) {
			continue
		}
		b := out[at]
		add = append(add, Mention{Start: toks[n].Start, End: toks[n].End, Text: toks[n].Text, ActorID: id, Kind: Organization,
			Affiliation: b.Affiliation, Sector: b.Sector})
	}
	if len(add) == 0 {
		return out
	}
	out = append(out, add...)
	slices.SortStableFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// undefinedBetween reports whether the noun was written without "the"
// ("a group of gunmen", "another company") at a token starting in
// [from, to) (byte offsets): the text described a new body of that noun
// after the last naming, so "the group" may be that one, not the named
// body.
func (l *lexer) undefinedBetween(noun string, from, to int) bool {
	for j, t := range l.toks {
		if t.Start < from || t.Start >= to || l.folds[j] != noun {
			continue
		}
		if j == 0 || l.folds[j-1] != "the" {
			return true
		}
	}
	return false
}

// ofKind reports whether the organization mention b is of one of kinds
// (data/lexicon.yaml definite_bodies): its sector, or corporateKind for a
// name ending in a corporate suffix.
func (r *Resolver) ofKind(b Mention, kinds []string) bool {
	for _, k := range kinds {
		if k == corporateKind {
			ws := strings.Fields(b.Text)
			if len(ws) > 1 && r.g.lex.corpSuffixes[nameKey(ws[len(ws)-1])] {
				return true
			}
		} else if b.Sector != "" && b.Sector == k {
			return true
		}
	}
	return false
}

// tokenDistance counts the tokens of toks that start in [from, to) (byte
// offsets).
func tokenDistance(toks []token.Token, from, to int) int {
	n := 0
	for _, t := range toks {
		if t.Start >= from && t.Start < to {
			n++
		}
	}
	return n
}
