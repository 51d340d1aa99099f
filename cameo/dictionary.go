package cameo

import (
	"fmt"
	"slices"
	"strings"
)

// Dictionary is the CAMEO verb dictionary: synonym blocks of verbs, each
// with the patterns that refine its code, and the synonym sets the
// patterns refer to. It is read-only once built and safe for concurrent
// use; the values its methods return must not be modified.
type Dictionary struct {
	blocks []*Block
	sets   []*Set
	byName map[string]*Set
	lemmas map[string][]*Verb
	forms  map[string][]string // irregular form → lemmas
}

// Block is a synonym block: verbs that share their patterns.
type Block struct {
	Name     string // the block's label in the source ("ACCELERATE")
	Verbs    []*Verb
	Patterns []*Pattern // in the order of the source

	// byWord indexes the patterns (by position in Patterns) under the
	// first word they require (Pattern.need); free lists those that
	// require none. Match tries only the patterns whose first word the
	// clause holds.
	byWord map[string][]int
	free   []int
}

// Verb is one verb of a block, by lemma. A multi-word verb ("call off",
// "ask for", "get hold of") has the words that follow the verb in After.
type Verb struct {
	Lemma   string
	After   []string
	Block   *Block
	Code    Code     // the code of the verb alone: its own, else its block's
	Passive Code     // the code read the other way, if the source gives one
	Forms   []string // irregular forms (past, participles) the source lists
	Line    int      // line in the source dictionary
}

// Pattern is one pattern of a block: the words, synonym sets, placeholders
// and prepositional phrases that must surround the verb for Code to apply.
type Pattern struct {
	Block   *Block
	Code    Code // the null code: the construction is no event
	Passive Code // the code read the other way (target acts on source), if any
	Before  []Elem
	After   []Elem
	Verb    string // the verb the source says the pattern was written for, if one of the block's
	Line    int    // line in the source dictionary

	need  [][]string // words any clause it fits holds, one of each list (see requiredWords)
	score int        // the specificity of its elements (elemScore)
}

// Set is a synonym set (PETRARCH's &NAME): words and phrases, each a list
// of words whose last is the head.
type Set struct {
	Name    string
	Members [][]string
}

// String writes the pattern in the text notation (see ParsePattern).
func (p *Pattern) String() string { return FormatPattern(p.Before, p.After) }

// Name returns the verb as a phrase: the lemma and the words after it.
func (v *Verb) Name() string {
	return strings.Join(append([]string{v.Lemma}, v.After...), " ")
}

// New builds a Dictionary from blocks and sets, checking that block and
// set names are unique, that every set a pattern names exists, that every
// code is valid and that verbs and patterns point to their block.
func New(blocks []*Block, sets []*Set) (*Dictionary, error) {
	d := &Dictionary{blocks: blocks, sets: sets, byName: map[string]*Set{},
		lemmas: map[string][]*Verb{}, forms: map[string][]string{}}
	for _, s := range sets {
		if !ValidWord(s.Name) {
			return nil, fmt.Errorf("set %q: bad name", s.Name)
		}
		if d.byName[s.Name] != nil {
			return nil, fmt.Errorf("set %q defined twice", s.Name)
		}
		for _, m := range s.Members {
			if len(m) == 0 || slices.ContainsFunc(m, func(w string) bool { return !ValidWord(w) }) {
				return nil, fmt.Errorf("set %q: bad member %q", s.Name, m)
			}
		}
		d.byName[s.Name] = s
	}
	names := map[string]bool{}
	for _, b := range blocks {
		if b.Name == "" || names[b.Name] {
			return nil, fmt.Errorf("block %q: empty or defined twice", b.Name)
		}
		names[b.Name] = true
		for _, v := range b.Verbs {
			if err := d.addVerb(b, v); err != nil {
				return nil, fmt.Errorf("source line %d: %w", v.Line, err)
			}
		}
		for _, p := range b.Patterns {
			if err := d.checkPattern(b, p); err != nil {
				return nil, fmt.Errorf("source line %d: %w", p.Line, err)
			}
			p.need = d.requiredWords(p)
			for _, e := range append(slices.Clip(p.Before), p.After...) {
				p.score += elemScore(e)
			}
		}
		b.index()
	}
	for f, ls := range d.forms {
		slices.Sort(ls)
		d.forms[f] = slices.Compact(ls)
	}
	return d, nil
}

// addVerb checks v and indexes it under its lemma and forms.
func (d *Dictionary) addVerb(b *Block, v *Verb) error {
	if v.Block != b {
		return fmt.Errorf("verb %q is not linked to its block %s", v.Lemma, b.Name)
	}
	if !ValidWord(v.Lemma) {
		return fmt.Errorf("verb %q: bad lemma", v.Lemma)
	}
	for _, w := range append(slices.Clip(v.After), v.Forms...) {
		if !ValidWord(w) {
			return fmt.Errorf("verb %q: bad word %q", v.Lemma, w)
		}
	}
	if !v.Code.Valid() || !v.Passive.Valid() {
		return fmt.Errorf("verb %q: bad code %q:%q", v.Lemma, v.Code, v.Passive)
	}
	d.lemmas[v.Lemma] = append(d.lemmas[v.Lemma], v)
	for _, f := range v.Forms {
		d.forms[f] = append(d.forms[f], v.Lemma)
	}
	return nil
}

// checkPattern checks p's block, codes and set names.
func (d *Dictionary) checkPattern(b *Block, p *Pattern) error {
	if p.Block != b {
		return fmt.Errorf("pattern is not linked to its block %s", b.Name)
	}
	if !p.Code.Valid() || !p.Passive.Valid() {
		return fmt.Errorf("pattern %s: bad code %q:%q", p, p.Code, p.Passive)
	}
	var err error
	check := func(name string) {
		if err == nil && d.byName[name] == nil {
			err = fmt.Errorf("pattern %s: undefined set &%s", p, name)
		}
	}
	eachSet(p.Before, check)
	eachSet(p.After, check)
	return err
}

// Blocks returns the synonym blocks in the order of the source.
func (d *Dictionary) Blocks() []*Block { return d.blocks }

// Sets returns the synonym sets in the order of the source.
func (d *Dictionary) Sets() []*Set { return d.sets }

// Set returns the synonym set of that name (without the &), or nil.
func (d *Dictionary) Set(name string) *Set { return d.byName[name] }

// Lookup returns the entries of a verb lemma (any case), in the order of
// the source: one per block the lemma belongs to and per multi-word verb
// it heads. The dictionary also lists a few nouns this way ("summit",
// "crackdown"). It returns nil for an unknown lemma.
func (d *Dictionary) Lookup(lemma string) []*Verb {
	return d.lemmas[strings.ToLower(lemma)]
}

// LemmaOf returns the lemmas whose irregular forms include form (any
// case): "sped" → speed, "brought" → bring. Regular forms are not listed.
func (d *Dictionary) LemmaOf(form string) []string {
	return d.forms[strings.ToLower(form)]
}

// Lemmas returns every verb lemma, sorted.
func (d *Dictionary) Lemmas() []string {
	ls := make([]string, 0, len(d.lemmas))
	for l := range d.lemmas {
		ls = append(ls, l)
	}
	slices.Sort(ls)
	return ls
}

// NumPatterns returns the number of patterns of all blocks.
func (d *Dictionary) NumPatterns() int {
	n := 0
	for _, b := range d.blocks {
		n += len(b.Patterns)
	}
	return n
}

// Counts is the size of a dictionary, as the converter reports it.
type Counts struct {
	Blocks, Verbs, MultiWord, Lemmas, Patterns, Sets, Members int
}

// Counts returns the size of d: its synonym blocks, verb entries (and
// those of several words), lemmas, patterns, synonym sets and their
// members.
func (d *Dictionary) Counts() Counts {
	c := Counts{Blocks: len(d.blocks), Lemmas: len(d.Lemmas()), Patterns: d.NumPatterns(), Sets: len(d.sets)}
	for _, b := range d.blocks {
		for _, v := range b.Verbs {
			c.Verbs++
			if len(v.After) > 0 {
				c.MultiWord++
			}
		}
	}
	for _, s := range d.sets {
		c.Members += len(s.Members)
	}
	return c
}

// requiredWords returns what a clause must hold, as the lemma or form of
// one of its words other than the verb, for p to fit it: for each
// prepositional phrase, one of its prepositions, and for each position of
// a term that is no placeholder, one of the words of its alternatives (a
// word, or any word of any member of a set). Match skips a pattern whose
// words the clause lacks before trying to fit it.
func (d *Dictionary) requiredWords(p *Pattern) [][]string {
	var need [][]string
	for _, e := range append(slices.Clip(p.Before), p.After...) {
		if len(e.Preps) > 0 {
			var alts []string
			for _, w := range e.Preps {
				alts = append(alts, strings.ToLower(w))
			}
			need = append(need, alts)
		}
		for _, pos := range e.Term {
			if alts := d.positionWords(pos); len(alts) > 0 {
				need = append(need, alts)
			}
		}
	}
	return need
}

// positionWords returns the words one of which a clause must hold for a
// term position to fit: its words and the words of its sets' members, in
// order, without repeats; nil when an alternative is a placeholder.
func (d *Dictionary) positionWords(pos []Atom) []string {
	var alts []string
	for _, a := range pos {
		switch a.Kind {
		case WordAtom:
			alts = append(alts, strings.ToLower(a.Text))
		case SetAtom:
			for _, m := range d.byName[a.Text].Members {
				for _, w := range m {
					alts = append(alts, strings.ToLower(w))
				}
			}
		default:
			return nil
		}
	}
	slices.Sort(alts)
	return slices.Compact(alts)
}

// index builds b.byWord and b.free: a pattern is indexed under each word
// of its first requirement.
func (b *Block) index() {
	b.byWord, b.free = map[string][]int{}, nil
	for i, p := range b.Patterns {
		if len(p.need) == 0 {
			b.free = append(b.free, i)
			continue
		}
		for _, w := range p.need[0] {
			b.byWord[w] = append(b.byWord[w], i)
		}
	}
}

// candidates returns the positions, in source order, of the patterns of b
// whose first required word is in words, and of those that require none.
func (b *Block) candidates(words map[string]bool, buf []int) []int {
	buf = append(buf[:0], b.free...)
	for w := range words {
		buf = append(buf, b.byWord[w]...)
	}
	slices.Sort(buf)
	return slices.Compact(buf)
}
