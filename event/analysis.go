package event

import (
	"sort"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/token"
)

// analysis is what the language core made of one document, as the event
// rules read it: its tokens, sentences, parses, names and times (Input),
// indexed by token, with the lexicon and a memo of lemmas. It holds no
// event and no memory of what earlier sentences reported (doc does).
type analysis struct {
	in      Input
	lx      *lexicon
	actorAt []int // token index → index in in.Actors, or -1
	timexAt []int // token index → index in in.Times, or -1
	names   map[string]string
	// lemmaMemo caches lemmas of the document's words.
	lemmaMemo map[string][]string
	// placeByText maps the text of place mentions to their actor ids.
	placeByText map[string]string
	// mentionsOf maps an actor id to the indexes of its mentions in
	// in.Actors, in their order there (mentionsOfID).
	mentionsOf map[string][]int
	// wordCounts memoizes wholeWords.
	wordCounts map[string]int
	// trees keeps the parses of the latest sentences (treecache.go).
	trees treeCache
}

// newAnalysis indexes the input's names and times by token.
func newAnalysis(in Input) *analysis {
	d := &analysis{in: in, lx: theLexicon, names: map[string]string{}, lemmaMemo: map[string][]string{}}
	n := len(in.Tokens)
	d.actorAt = make([]int, n)
	d.timexAt = make([]int, n)
	for i := range d.actorAt {
		d.actorAt[i], d.timexAt[i] = -1, -1
	}
	counts := map[string]map[string]int{} // actor id → mention text → count
	valid := func(start, end int) bool { return start >= 0 && start < end && end <= len(in.Text) }
	d.mentionsOf = make(map[string][]int)
	for ai, m := range in.Actors {
		d.mentionsOf[m.ActorID] = append(d.mentionsOf[m.ActorID], ai)
	}
	for ai, m := range in.Actors {
		if !valid(m.Start, m.End) || m.ActorID == "" {
			continue
		}
		toks := tokensIn(in.Tokens, m.Start, m.End)
		if d.currencyOwner(m, toks) {
			continue // "200 million US dollars": the money's state, no party
		}
		for _, ti := range toks {
			if d.actorAt[ti] < 0 {
				d.actorAt[ti] = ai
			}
		}
		if counts[m.ActorID] == nil {
			counts[m.ActorID] = map[string]int{}
		}
		counts[m.ActorID][in.Text[m.Start:m.End]]++
	}
	for id, texts := range counts {
		best := ""
		for text, n := range texts {
			if best == "" || betterName(text, n, best, texts[best]) {
				best = text
			}
		}
		d.names[id] = best
	}
	for xi, x := range in.Times {
		if !valid(x.Start, x.End) {
			continue
		}
		first, end := tokenRange(in.Tokens, x.Start, x.End)
		for ti := first; ti < end; ti++ {
			if d.timexAt[ti] < 0 {
				d.timexAt[ti] = xi
			}
		}
	}
	return d
}

// name returns the display name of an actor: the caller's (Input.Names),
// else the text this document names it by most often. Input.Names may hold
// every actor of a corpus, so it is looked up, never copied per document.
func (d *analysis) name(id string) string {
	if n := d.in.Names[id]; n != "" {
		return n
	}
	return d.names[id]
}

// tokensIn returns the indexes of the tokens overlapping [start, end).
func tokensIn(toks []token.Token, start, end int) []int {
	i, j := tokenRange(toks, start, end)
	var out []int
	for ; i < j; i++ {
		out = append(out, i)
	}
	return out
}

// tokenRange returns the tokens overlapping [start, end) as the indexes
// i..j-1: tokensIn without a slice, for the loops over every word of a
// parse (tree.go) or every time expression.
func tokenRange(toks []token.Token, start, end int) (i, j int) {
	i = sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	j = i
	for j < len(toks) && toks[j].Start < end {
		j++
	}
	return i, j
}

// currencyOwner reports whether the state or place mention m, over tokens
// toks, names the owner of a currency right after it ("US dollars", "Hong
// Kong dollars", "the Canadian dollar"): it tells whose money is counted,
// and names no party of the event.
func (d *analysis) currencyOwner(m actor.Mention, toks []int) bool {
	if len(toks) == 0 || m.Kind != actor.Country && m.Kind != actor.Place {
		return false
	}
	next := toks[len(toks)-1] + 1
	if next >= len(d.in.Tokens) {
		return false
	}
	return d.lemmaIn(strings.ToLower(d.in.Tokens[next].Text), theCurrencies.owners)
}

// mentionsOfID returns the document's mentions of actor id (every one in
// Input.Actors, in its order), read from an index built once, so a rule
// asking of an actor costs its mentions, never the document's.
func (d *analysis) mentionsOfID(id string) []actor.Mention {
	idx := d.mentionsOf[id]
	out := make([]actor.Mention, len(idx))
	for i, k := range idx {
		out[i] = d.in.Actors[k]
	}
	return out
}
