package actor

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/biter777/countries"
	"github.com/chronograph-news/chronograph/token"
)

//go:embed data/*.yaml
var dataFS embed.FS

// Gazetteer is the set of known actors and the lexicon the recognizer uses
// (titles, organization head words, first names). It is read-only once
// loaded and safe for concurrent use.
type Gazetteer struct {
	entries   map[string]*Entry  // by id
	names     map[string][]alias // by nameKey
	maxTokens int                // longest name, in tokens
	firstTok  map[string]int     // phonetic key of the first token of a name, demonym or title -> most tokens
	demonyms  map[string]string  // nameKey -> country id
	capitalOf map[string]string  // place id of a capital -> country id
	surnames  map[string][]string
	// orgWords holds the word keys that names of organizations of two or
	// more states share ("intelligence", "defense"): words of generic
	// names of bodies, not proper names.
	orgWords map[string]bool
	// former holds the word keys of the states' former names
	// (Entry.FormerNames), for formerName.
	former map[string]bool
	lex    *lexicon
	// px is what the recognizer uses of the Phoenix dictionary, indexed
	// after the gazetteer's own names, which win.
	px *phoenixIndex
}

// alias is one name of an entry in the name index.
type alias struct {
	id   string
	caps bool // written in capitals: matches capitals only
}

// Default returns the built-in gazetteer: every country of
// github.com/biter777/countries with its capital, completed by
// data/countries.yaml (common names, short forms, demonyms), and the
// well-known people and organizations of data/actors.yaml, then the people
// and organizations of the Phoenix dictionary (see [LoadPhoenix]) that
// these do not name, by the rules of data/phoenix.yaml. The built-in
// data is parsed and indexed once per process; every call returns the same
// read-only gazetteer.
func Default() (*Gazetteer, error) { return LoadGazetteer() }

// builtin is the built-in data, parsed once: the merged entries before
// indexing (copied by LoadGazetteer before user entries are merged over
// them) and the indexed gazetteer Default returns. Both are read-only once
// built.
type builtin struct {
	entries map[string]*Entry
	lex     *lexicon
	px      *Phoenix
	g       *Gazetteer
}

// loadBuiltin parses the built-in data on its first call and returns the
// same result on every later one.
var loadBuiltin = sync.OnceValues(parseBuiltin)

// parseBuiltin parses and indexes the built-in data: the lexicon, the
// gazetteer's files and the Phoenix dictionary.
func parseBuiltin() (*builtin, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	g := newGazetteer(lex)
	g.addLibraryCountries()
	for _, f := range []string{"data/countries.yaml", "data/actors.yaml"} {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		es, err := ParseEntries("actor/"+f, bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		g.add(es)
	}
	if errs := g.checkKinds("actor/data", nil); len(errs) > 0 {
		return nil, errs
	}
	p, err := parsePhoenix(phoenixName, phoenixFile)
	if err != nil {
		return nil, err
	}
	rules, err := loadPhoenixRules()
	if err != nil {
		return nil, err
	}
	b := &builtin{entries: cloneEntries(g.entries), lex: lex, px: p}
	g.index()
	g.indexPhoenix(p, rules)
	b.g = g
	return b, nil
}

// newGazetteer returns an empty gazetteer using lex.
func newGazetteer(lex *lexicon) *Gazetteer {
	return &Gazetteer{
		entries:   map[string]*Entry{},
		names:     map[string][]alias{},
		demonyms:  map[string]string{},
		capitalOf: map[string]string{},
		surnames:  map[string][]string{},
		firstTok:  map[string]int{},
		orgWords:  map[string]bool{},
		former:    map[string]bool{},
		lex:       lex,
	}
}

// cloneEntries returns a deep copy of es, which merging may then change.
func cloneEntries(es map[string]*Entry) map[string]*Entry {
	out := make(map[string]*Entry, len(es))
	for id, e := range es {
		c := *e
		c.Aliases = append([]string(nil), e.Aliases...)
		c.Roles = append([]string(nil), e.Roles...)
		c.Demonyms = append([]string(nil), e.Demonyms...)
		c.FormerNames = append([]string(nil), e.FormerNames...)
		out[id] = &c
	}
	return out
}

// LoadGazetteer returns the built-in gazetteer with the entries of extra
// merged over it, in order: an entry whose id is already known replaces its
// name, kind and affiliation when given and adds its aliases, roles and
// demonyms. Each reader holds a YAML list of [Entry]; a reader with a
// Name() string method (an *os.File) is named by it in errors. Errors are
// [ErrorList]s naming file and line; a bad entry never hides the others'
// errors. The built-in data is parsed once per process; each call with
// extra merges over a private copy of it, so calls never see each other's
// entries.
func LoadGazetteer(extra ...io.Reader) (*Gazetteer, error) {
	b, err := loadBuiltin()
	if err != nil {
		return nil, err
	}
	if len(extra) == 0 {
		return b.g, nil
	}
	g := newGazetteer(b.lex)
	g.entries = cloneEntries(b.entries)
	var errs ErrorList
	for i, r := range extra {
		name := fmt.Sprintf("actors file #%d", i+1)
		if n, ok := r.(interface{ Name() string }); ok {
			name = n.Name()
		}
		es, err := ParseEntries(name, r)
		if err != nil {
			if l, ok := err.(ErrorList); ok {
				errs = append(errs, l...)
			} else if e, ok := err.(*Error); ok {
				errs = append(errs, e)
			} else {
				return nil, err
			}
		}
		errs = append(errs, g.checkKinds(name, es)...)
		g.add(es)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	g.index()
	g.px = b.g.px // the user's names win when matched (see phoenixMatch)
	return g, nil
}

// addLibraryCountries adds a country entry for every state the countries
// library knows, with its formal name, and the short form before a
// parenthesis ("Iran (Islamic Republic of)" also gives "Iran").
func (g *Gazetteer) addLibraryCountries() {
	for _, c := range countries.All() {
		a3 := c.Alpha3()
		if len(a3) != 3 {
			continue
		}
		e := Entry{ID: "country:" + a3, Name: c.String(), Kind: Country}
		if i := strings.Index(e.Name, " ("); i > 0 {
			e.Aliases = append(e.Aliases, e.Name, e.Name[:i])
			e.Name = e.Name[:i]
		}
		if cp := c.Capital(); cp.IsValid() && cp.String() != "None" && !strings.Contains(cp.String(), "Unknown") {
			e.Capital = cp.String()
		}
		g.add([]Entry{e})
	}
}

// checkKinds reports the entries of es, from file name, that are new and
// have no kind; with es nil, every entry so far.
func (g *Gazetteer) checkKinds(name string, es []Entry) ErrorList {
	var errs ErrorList
	if es == nil {
		for _, id := range g.ids() {
			if e := g.entries[id]; e.Kind == "" {
				errs = append(errs, &Error{File: name, Line: e.Line, Msg: fmt.Sprintf("entry %q has no kind", id)})
			}
		}
		return errs
	}
	for _, e := range es {
		if _, known := g.entries[e.ID]; !known && e.Kind == "" {
			errs = append(errs, &Error{File: name, Line: e.Line, Msg: fmt.Sprintf("entry %q has no kind", e.ID)})
		}
	}
	return errs
}

// add merges es into the entries.
func (g *Gazetteer) add(es []Entry) {
	for _, e := range es {
		if old, ok := g.entries[e.ID]; ok {
			old.merge(e)
			continue
		}
		c := e
		c.Aliases = union(nil, e.Aliases)
		c.Roles = union(nil, e.Roles)
		c.Demonyms = union(nil, e.Demonyms)
		c.FormerNames = union(nil, e.FormerNames)
		g.entries[e.ID] = &c
	}
}

// index builds the lookup tables once every entry is merged: a place entry
// for each capital, the name index, demonyms and surnames.
func (g *Gazetteer) index() {
	ids := g.ids()
	for _, id := range ids {
		e := g.entries[id]
		if e.Kind != Country || e.Capital == "" || nameKey(e.Capital) == nameKey(e.Name) {
			continue
		}
		pid := "place:" + slug(e.Capital)
		if p, ok := g.entries[pid]; ok {
			if p.Affiliation == "" {
				p.Affiliation = id
			}
		} else {
			g.entries[pid] = &Entry{ID: pid, Name: e.Capital, Kind: Place, Affiliation: id}
		}
		g.capitalOf[pid] = g.entries[pid].Affiliation
	}
	for _, id := range g.ids() {
		e := g.entries[id]
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := nameKey(n)
			if k == "" {
				continue
			}
			a := alias{id: id, caps: isAllCaps(n) && !strings.ContainsAny(n, " -")}
			if !trailingAlias(g.names[k], a) {
				g.names[k] = append(g.names[k], a)
			}
			g.noteFirst(n)
		}
		for _, n := range e.FormerNames {
			if k := nameKey(n); k != "" {
				g.former[k] = true
			}
		}
		for _, d := range e.Demonyms {
			if k := nameKey(d); k != "" {
				if _, dup := g.demonyms[k]; !dup {
					g.demonyms[k] = id
				}
				g.noteFirst(d)
			}
		}
		if e.Kind == Person {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if w := wordKeys(n); len(w) >= 2 {
					last := surname(w)
					if l := g.surnames[last]; len(l) == 0 || l[len(l)-1] != id {
						g.surnames[last] = append(g.surnames[last], id)
					}
				}
			}
		}
	}
	orgState := map[string]string{} // word key -> a state whose body's name has it
	for _, id := range g.ids() {
		e := g.entries[id]
		if e.Kind != Organization || !strings.HasPrefix(e.Affiliation, "country:") {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range wordKeys(n) {
				if st, ok := orgState[w]; !ok {
					orgState[w] = e.Affiliation
				} else if st != e.Affiliation {
					g.orgWords[w] = true
				}
			}
		}
	}
	for _, t := range g.lex.titles {
		g.noteFirst(t)
	}
	for _, e := range g.lex.eventNames {
		g.noteFirst(e)
	}
	for k, as := range g.names {
		sort.SliceStable(as, func(i, j int) bool { return kindRank(g.entries[as[i].id].Kind) < kindRank(g.entries[as[j].id].Kind) })
		g.names[k] = as
	}
}

// noteFirst files name under its first token for the matcher.
func (g *Gazetteer) noteFirst(name string) {
	toks := token.Tokenize(name)
	if len(toks) == 0 {
		return
	}
	k := phonetic(fold(toks[0].Text))
	if len(toks) > g.firstTok[k] {
		g.firstTok[k] = len(toks)
	}
	if len(toks) > g.maxTokens {
		g.maxTokens = len(toks)
	}
}

// kindRank orders the readings of an ambiguous name: a country before an
// organization before a person before a place.
func kindRank(k Kind) int {
	switch k {
	case Country:
		return 0
	case Organization:
		return 1
	case Person:
		return 2
	}
	return 3
}

// trailingAlias reports whether a is among the entries of its id at the
// end of as: index adds each id's names together, in id order, so a name
// key's list needs no scan past them (a gazetteer of 100,000 people
// sharing one surname or alias stays linear).
func trailingAlias(as []alias, a alias) bool {
	for i := len(as) - 1; i >= 0 && as[i].id == a.id; i-- {
		if as[i] == a {
			return true
		}
	}
	return false
}

func containsString(ss []string, s string) bool {
	for _, t := range ss {
		if t == s {
			return true
		}
	}
	return false
}

// ids returns the ids of the entries, sorted.
func (g *Gazetteer) ids() []string {
	ids := make([]string, 0, len(g.entries))
	for id := range g.entries {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Lookup returns a copy of the entry with the given id (changing it leaves
// the gazetteer, which Default shares, as it was).
func (g *Gazetteer) Lookup(id string) (Entry, bool) {
	e, ok := g.entries[id]
	if !ok {
		return Entry{}, false
	}
	c := *e
	c.Aliases = append([]string(nil), e.Aliases...)
	c.Roles = append([]string(nil), e.Roles...)
	c.Demonyms = append([]string(nil), e.Demonyms...)
	c.FormerNames = append([]string(nil), e.FormerNames...)
	return c, true
}

// Find returns the ids of the entries one of whose names is spelled like
// name (folding case, hyphens, spaces and transliteration variants), best
// reading first.
func (g *Gazetteer) Find(name string) []string {
	var ids []string
	for _, a := range g.names[nameKey(name)] {
		ids = append(ids, a.id)
	}
	return ids
}

// Capital reports whether name is spelled like the capital of a country
// the gazetteer knows ("Helsinki", "Beirut"), and like no other entry: a
// capital that stands for its state in "Helsinki said" but names a place
// in "the Helsinki accord".
func (g *Gazetteer) Capital(name string) bool {
	as := g.names[nameKey(name)]
	for _, a := range as {
		if _, ok := g.capitalOf[a.id]; !ok {
			return false
		}
	}
	return len(as) > 0
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// formerName reports whether a word of name is a renamed state's former
// name or demonym (Entry.FormerNames: "Zairean soldiers").
func (g *Gazetteer) formerName(name string) bool {
	for _, w := range nameWords(name) {
		if g.former[phonetic(w)] {
			return true
		}
	}
	return false
}
