package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
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

// partyKind is the kind of definite_bodies for a political party
// (partyBody): "the party", "the ruling party" after "the Likud party".
const partyKind = "party"

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
// ("company") and is not counted among the body's names. Words may
// describe the noun between "the" and it (bodyHead: "the rebel group",
// "the London-based watchdog"); then no common noun may follow it ("the
// rebel group leader").
func (r *Resolver) definiteBodies(l *lexer, out []Mention) []Mention {
	toks := l.toks
	var add []Mention
	seen := map[string]*kindSeen{} // the bodies of each kind named before the token looked at
	m := 0                         // out[:m] end before the token looked at
	for i := 0; i+1 < len(toks); i++ {
		for ; m < len(out) && out[m].End <= toks[i].Start; m++ {
			r.noteBody(l, seen, out[m], m)
		}
		if l.folds[i] != "the" {
			continue
		}
		n := r.bodyHead(l, i)
		if n < 0 {
			continue
		}
		kinds := r.g.lex.definiteBodies[l.folds[n]]
		if m < len(out) && out[m].Start < toks[n].End {
			continue // inside a mention
		}
		if a := n + 1; a < len(toks) && (l.folds[a] == "of" || isCapitalized(toks[a].Text)) {
			continue
		}
		if a := n + 1; n > i+1 && a < len(toks) && !isCapitalized(toks[a].Text) && len(wordnet.SensesOfForm(l.folds[a])) > 0 &&
			!wordnet.MostlyAdjective(l.folds[a]) {
			continue // "the rebel group leader": the noun describes the next one
		}
		id, at := onlyBody(seen, kinds)
		if id == "" || strings.HasPrefix(id, AgentPrefix) {
			continue
		}
		from := tokenAt(toks, out[at].End)
		if i+1-from > BodyRefReach || r.undefinedBetween(l, l.folds[n], from, i) {
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
func (r *Resolver) noteBody(l *lexer, seen map[string]*kindSeen, b Mention, k int) {
	if b.Kind != Organization {
		return
	}
	party := r.partyBody(l, b)
	for _, kinds := range r.g.lex.definiteBodies {
		for _, kind := range kinds {
			if !(kind == partyKind && party || r.ofKind(b, []string{kind})) {
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
// ("a group of gunmen", "another company", "a rebel group") at a token of
// [from, to): the text described a new body of that noun after the last
// naming, so "the group" may be that one, not the named body. A noun
// described after "the" ("the rebel group") is written with it, and so is
// one right after the naming at from ("the Congress party"); one
// describing the next noun ("party activities") names no body.
func (r *Resolver) undefinedBetween(l *lexer, noun string, from, to int) bool {
	for j := from; j < to; j++ {
		if l.folds[j] == noun && !r.definedAt(l, j) && j != from && !modifiesNext(l, j) {
			return true
		}
	}
	return false
}

// modifiesNext reports whether the noun at token j describes a lower-case
// noun right after it ("party activities", "group members"): it names no
// body of its own there.
func modifiesNext(l *lexer, j int) bool {
	a := j + 1
	return a < len(l.toks) && l.toks[a].Kind == token.Word && !isCapitalized(l.toks[a].Text) &&
		len(wordnet.SensesOfForm(l.folds[a])) > 0 && !wordnet.MostlyAdjective(l.folds[a]) && !l.g.lex.describedBodyStops[l.folds[a]]
}

// definedAt reports whether the noun at token j is the head of a "the"
// phrase: right after "the", or after "the" and words describing it.
func (r *Resolver) definedAt(l *lexer, j int) bool {
	for k := j - 1; k >= 0 && k >= j-describedBodyTokens; k-- {
		if l.folds[k] == "the" {
			return k == j-1 || r.bodyHead(l, k) == j
		}
	}
	return false
}

// BodyRefModifiers is how many words may describe a definite_bodies noun
// between "the" and it ("the New York-based group": New, York, based).
const BodyRefModifiers = 4

// describedBodyTokens bounds the tokens between "the" and the noun: the
// describing words and the hyphens that join them.
const describedBodyTokens = 2 * BodyRefModifiers

// bodyHead returns the index of the definite_bodies noun that the "the"
// at token i opens, in lower case, right after it or after at most
// BodyRefModifiers words describing it; -1 when there is none. A
// describing word is a lower-case noun or adjective not among
// described_body_stops ("rebel", "militant", "aid", "pro-democracy"; not
// a verb: "the police arrested group members"), a capitalized word of a
// place-based compound ("the London-based watchdog") or joined by a
// hyphen to the word before ("the pro-Western group"), or a person_labels
// creed ("the Islamist movement"). A describing word that is itself a
// definite_bodies noun ("the company group") is read as the head.
func (r *Resolver) bodyHead(l *lexer, i int) int {
	toks, lex := l.toks, r.g.lex
	words := 0
	for j := i + 1; j < len(toks) && j <= i+1+describedBodyTokens; j++ {
		t := toks[j]
		if t.Kind == token.Punct {
			if t.Text != "-" || j == i+1 || !joined(toks, j) {
				return -1
			}
			continue
		}
		capital := isCapitalized(t.Text)
		if !capital && lex.definiteBodies[l.folds[j]] != nil {
			return j
		}
		if words++; words > BodyRefModifiers {
			return -1
		}
		switch {
		case !capital:
			if lex.describedBodyStops[l.folds[j]] || !describing(l, j) {
				return -1
			}
		case lex.personLabels[t.Text], toks[j-1].Text == "-" && joined(toks, j-1), placeBased(l, j):
		default:
			return -1
		}
	}
	return -1
}

// describing reports whether the lower-case word at j may describe a
// noun: WordNet knows it as a noun or mostly as an adjective, or a hyphen
// joins it to the word before ("state-run", "London-based").
func describing(l *lexer, j int) bool {
	if j > 0 && l.toks[j-1].Text == "-" && joined(l.toks, j-1) {
		return true
	}
	return len(wordnet.SensesOfForm(l.folds[j])) > 0 || wordnet.MostlyAdjective(l.folds[j])
}

// placeBased reports whether the capitalized word at j opens or continues
// a run of capitalized words that ends in "-based" ("New York-based").
func placeBased(l *lexer, j int) bool {
	toks := l.toks
	for k := j; k < len(toks) && k <= j+BodyRefModifiers; k++ {
		if toks[k].Text == "-" {
			return k+1 < len(toks) && l.folds[k+1] == basedWord && joined(toks, k)
		}
		if !isCapitalized(toks[k].Text) {
			return false
		}
	}
	return false
}

// basedWord is the word of a place-based compound ("London-based").
const basedWord = "based"

// joined reports whether the hyphen at toks[j] touches the words on both
// sides ("pro-Western", not a dash between spaces).
func joined(toks []token.Token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start
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

// partyBody reports whether the organization mention b names a political
// party: a word of its text or of its actor's name or aliases is a
// data/lexicon.yaml party_nouns word ("Labour Party", "Movement for
// Democratic Change"; "Likud", known as "Likud party"), the text writes
// one right after it ("the Golkar party"), or it is a party_members word
// read as its country's party ("Democrats").
func (r *Resolver) partyBody(l *lexer, b Mention) bool {
	lex := r.g.lex
	if lex.partyMembers[nameKey(b.Text)] != "" || r.partyName(b.Text) {
		return true
	}
	if rec := r.actors[b.ActorID]; rec != nil {
		if r.partyName(rec.Name) {
			return true
		}
		for a := range rec.aliases {
			if r.partyName(a) {
				return true
			}
		}
	}
	j := tokenAt(l.toks, b.End)
	return j < len(l.toks) && lex.partyNouns[l.keys[j]] && !isCapitalized(l.toks[j].Text)
}

// partyName reports whether a word of the name is a party_nouns word.
func (r *Resolver) partyName(name string) bool {
	for _, w := range strings.Fields(name) {
		if r.g.lex.partyNouns[nameKey(w)] {
			return true
		}
	}
	return false
}
