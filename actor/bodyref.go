package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// bodyref.go: a body named earlier, referred back to by a common noun with
// "the" ("Sony Corp. posted a loss … the company said", "Human Rights Watch
// … the group warned"). data/lexicon.yaml definite_bodies gives the nouns
// and the kinds of body each may stand for.

// BodyRefReach is how many tokens before "the company" the body it stands
// for must last have been named (about a dozen sentences: a body named in
// the lead is referred to so through the article). The event package's
// "the council" subjects look back as far.
const BodyRefReach = 400

// corporateKind is the kind of definite_bodies for a body whose name ends
// in one of corporate_suffixes ("Toyota Motor Corp.").
const corporateKind = "corporate"

// definiteBodies adds to out (the document's mentions, in text order) a
// mention of the noun of each "the company", "the group" that stands for
// a body named before it: the one organization of a kind the noun may
// stand for that the document named before it (no other such body named
// anywhere before, the last naming within BodyRefReach tokens, and the
// noun not written without "the" since: undefinedBetween), never a
// country's generic agent. The noun must be in lower case and stand
// alone: not before "of" ("the group of experts") or a name ("the firm
// Zentrix"), nor inside a mention. The added mention names the noun alone
// ("company") and is not counted among the body's names.
func (r *Resolver) definiteBodies(l *lexer, out []Mention) []Mention {
	toks := l.toks
	var add []Mention
	seen := map[string]*kindSeen{} // the bodies of each kind named before the token looked at
	m := 0                         // out[:m] end before the token looked at
	for i := 0; i+1 < len(toks); i++ {
		for ; m < len(out) && out[m].End <= toks[i].Start; m++ {
			r.noteBody(seen, out[m], m)
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
		id, at := onlyBody(seen, kinds)
		if id == "" || strings.HasPrefix(id, AgentPrefix) {
			continue
		}
		from := tokenAt(toks, out[at].End)
		if i+1-from > BodyRefReach || l.undefinedBetween(l.folds[n], from, i) {
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

// kindSeen is what the text named before of one kind of body: the last
// body's id and its mention's index, and whether another body of the
// kind was named too.
type kindSeen struct {
	id    string
	at    int
	mixed bool
}

// noteBody adds mention b, the k-th of the document, to seen under every
// kind of definite_bodies it is of, once per document pass: so that
// finding the body a noun stands for costs no scan of the mentions before.
func (r *Resolver) noteBody(seen map[string]*kindSeen, b Mention, k int) {
	if b.Kind != Organization {
		return
	}
	for _, kinds := range r.g.lex.definiteBodies {
		for _, kind := range kinds {
			if !r.ofKind(b, []string{kind}) {
				continue
			}
			if s := seen[kind]; s == nil {
				seen[kind] = &kindSeen{id: b.ActorID, at: k}
			} else {
				s.mixed = s.mixed || s.id != b.ActorID
				s.at = k
			}
		}
	}
}

// onlyBody returns the one body named before of any of kinds, and the
// index of its last mention ("", -1 when none was, or two were).
func onlyBody(seen map[string]*kindSeen, kinds []string) (string, int) {
	id, at := "", -1
	for _, kind := range kinds {
		s := seen[kind]
		if s == nil {
			continue
		}
		if s.mixed || id != "" && s.id != id {
			return "", -1 // two bodies of the kind: ambiguous
		}
		id, at = s.id, max(at, s.at)
	}
	return id, at
}

// undefinedBetween reports whether the noun was written without "the"
// ("a group of gunmen", "another company") at a token of [from, to): the
// text described a new body of that noun after the last naming, so "the
// group" may be that one, not the named body.
func (l *lexer) undefinedBetween(noun string, from, to int) bool {
	for j := from; j < to; j++ {
		if l.folds[j] == noun && (j == 0 || l.folds[j-1] != "the") {
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

// tokenAt returns the index of the first token of toks that starts at or
// after byte offset off (len(toks) when none does).
func tokenAt(toks []token.Token, off int) int {
	return sort.Search(len(toks), func(j int) bool { return toks[j].Start >= off })
}
