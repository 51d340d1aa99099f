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

	need  []string // words any clause it fits holds (see requiredWords)
	score int      // the specificity of its elements (elemScore)
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
			p.need = requiredWords(p)
			for _, e := range append(slices.Clip(p.Before), p.After...) {
				p.score += elemScore(e)
			}
		}
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

// requiredWords returns the words a clause must hold, as the lemma or form
// of one of its words other than the verb, for p to fit it: the
// preposition of each prepositional phrase with no alternative, and each
// word of a term position with no alternative. Match skips a pattern whose
// words the clause lacks before trying to fit it.
func requiredWords(p *Pattern) []string {
	var need []string
	for _, e := range append(slices.Clip(p.Before), p.After...) {
		if len(e.Preps) == 1 {
			need = append(need, strings.ToLower(e.Preps[0]))
		}
		for _, pos := range e.Term {
			if len(pos) == 1 && pos[0].Kind == WordAtom {
				need = append(need, strings.ToLower(pos[0].Text))
			}
		}
	}
	return need
}
