package actor

import (
	"sort"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// Resolver finds the actor mentions of a sequence of documents and resolves
// each to one actor, keeping what earlier documents taught it (people
// first named in full, acronyms defined in the text) so that later short
// forms resolve across documents. Results depend only on the documents and
// their order. A Resolver is not safe for concurrent use.
type Resolver struct {
	g      *Gazetteer
	actors map[string]*record
	learnt map[string]string   // name key of an actor not in the gazetteer, or an acronym -> id
	used   map[string]bool     // ids made for actors not in the gazetteer
	byWord map[string][]string // first and last word keys of the people seen -> ids
}

// record is what the resolver knows of one actor.
type record struct {
	Actor
	mentions int
	aliases  map[string]bool
	roles    map[string]bool
	affils   map[string]int
	words    []string // phonetic keys of the words of its fullest name
}

// recent is a person named in full in the current document.
type recent struct {
	id    string
	words []string
}

// NewResolver returns a resolver over g.
func NewResolver(g *Gazetteer) *Resolver {
	return &Resolver{g: g, actors: map[string]*record{}, learnt: map[string]string{}, used: map[string]bool{}, byWord: map[string][]string{}}
}

// Document finds and resolves the actor mentions of one document: toks and
// sents are token.Tokenize(text) and token.Sentences(text, toks). Mentions
// come in text order and do not overlap.
func (r *Resolver) Document(text string, toks []token.Token, sents []token.Sentence) []Mention {
	l := newLexer(r.g, text, toks)
	var (
		out     []Mention
		recents []recent
	)
	for _, s := range sents {
		if s.First < 0 || s.Last > len(toks) || s.First >= s.Last {
			continue
		}
		var prev string
		for _, c := range l.sentence(s.First, s.Last) {
			if c.first < 0 || c.last > len(toks) || c.first >= c.last {
				continue
			}
			m := Mention{Start: toks[c.first].Start, End: toks[c.last-1].End, Role: c.role, Affiliation: c.affil, Location: c.location}
			m.Text = text[m.Start:m.End]
			id := ""
			if c.acronym && prev != "" {
				id = prev
				if len(c.ids) == 0 {
					r.learnt["acr:"+nameKey(m.Text)] = id
				}
			} else {
				id = r.resolve(&c, text[toks[c.first+c.skip].Start:m.End], recents)
			}
			if id == "" {
				prev = ""
				continue
			}
			kind := r.kindOf(id)
			if id, m.Location = r.place(id, kind, c.location); id != "" {
				kind = r.kindOf(id)
			}
			m.ActorID, m.Kind = id, kind
			switch kind {
			case Place:
				m.Location = true
			case Person, Organization:
				m.Location = false
			}
			if w := wordKeys(m.Text); kind == Person && len(w) > 0 {
				recents = append(recents, recent{id: id, words: w})
			}
			r.note(m, c.kind)
			out = append(out, m)
			prev = id
		}
	}
	return out
}

// place turns a capital standing for its state ("Pyongyang said") into its
// country, and keeps it a place after a locative ("in Pyongyang").
func (r *Resolver) place(id string, kind Kind, locative bool) (string, bool) {
	if country, ok := r.g.capitalOf[id]; ok && !locative {
		return country, false
	}
	return id, locative || kind == Place
}

// kindOf returns the kind of the actor with the given id.
func (r *Resolver) kindOf(id string) Kind {
	if e, ok := r.g.entries[id]; ok {
		return e.Kind
	}
	if rec, ok := r.actors[id]; ok {
		return rec.Kind
	}
	switch id[:strings.IndexByte(id, ':')+1] {
	case "person:":
		return Person
	case "country:":
		return Country
	case "place:":
		return Place
	}
	return Organization
}

// resolve returns the actor id of candidate c with text name, or "" when it
// names nobody.
func (r *Resolver) resolve(c *candidate, name string, recents []recent) string {
	key := nameKey(name)
	switch c.kind {
	case candCountry:
		return c.ids[0]
	case candEntity:
		ids := c.ids
		if words := wordKeys(name); len(words) == 1 && r.g.entries[ids[0]].Kind == Person {
			// a short form: the known bearer when this document named
			// them in full, else the person of this document it fits.
			for _, rc := range recents {
				if rc.id == ids[0] {
					return ids[0]
				}
			}
			if id := r.matchRecent(words[0], recents); id != "" {
				return id
			}
		}
		return ids[0]
	case candSurname:
		if f := fold(name); len(f) <= 3 && phonetic(f) != f {
			return "" // "All" is not "Al"
		}
		if id, ok := r.learnt["acr:"+key]; ok && isAllCaps(name) {
			return id
		}
		if id := r.matchRecent(key, recents); id != "" {
			return id
		}
		if id := r.matchKnown(key); id != "" {
			return id
		}
		if ids := r.g.surnames[key]; len(ids) == 1 {
			return ids[0]
		}
		if c.role != "" {
			return r.newID("person:", key, name)
		}
		return ""
	case candKnown:
		if id, ok := r.learnt[key]; ok {
			return id
		}
		if ids := r.g.Find(name); len(ids) > 0 {
			return ids[0]
		}
		return ""
	case candPerson:
		if id, ok := r.learnt[key]; ok {
			return id
		}
		if ids := r.g.Find(name); len(ids) > 0 {
			return ids[0]
		}
		return r.newID("person:", key, name)
	case candOrg:
		prefix := "org:"
		if c.affil != "" {
			prefix += strings.ToLower(strings.TrimPrefix(c.affil, "country:")) + "-"
		}
		if ids := r.g.Find(name); len(ids) > 0 && c.affil == "" {
			return ids[0]
		}
		return r.newID(prefix, prefix+key, name)
	case candPlace:
		if ids := r.g.Find(name); len(ids) > 0 {
			return ids[0]
		}
		if id := r.matchRecent(key, recents); id != "" {
			return id // "in Slepian's home": a person named before
		}
		return r.newID("place:", "place:"+key, name)
	}
	return ""
}

// newID returns the id learnt for key, or makes one from prefix and the
// slug of name.
func (r *Resolver) newID(prefix, key, name string) string {
	if id, ok := r.learnt[key]; ok {
		return id
	}
	s := slug(name)
	if s == "" {
		return ""
	}
	id := prefix + s
	for n := 2; ; n++ {
		if _, taken := r.g.entries[id]; !taken && !r.taken(id) {
			break
		}
		id = prefix + s + "-" + itoa(n)
	}
	r.learnt[key] = id
	r.used[id] = true
	return id
}

// taken reports whether id is used by an actor not in the gazetteer.
func (r *Resolver) taken(id string) bool { return r.used[id] }

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for n > 0 || i == len(b) {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// matchRecent returns the most recent person of the document whose name
// has word as its last word, or as its first when that is not a given name
// ("Kim" of "Kim Jong Un", not "Al" of "Al Gore").
func (r *Resolver) matchRecent(word string, recents []recent) string {
	first := !r.g.lex.firstNames[word]
	for i := len(recents) - 1; i >= 0; i-- {
		w := recents[i].words
		if w[len(w)-1] == word || first && w[0] == word {
			return recents[i].id
		}
	}
	return ""
}

// matchKnown returns the person of earlier documents, named there in full,
// whose name has word as its first or last word; the most mentioned wins,
// then the smallest id.
func (r *Resolver) matchKnown(word string) string {
	best, n := "", 0
	first := !r.g.lex.firstNames[word]
	for _, id := range r.byWord[word] {
		rec := r.actors[id]
		w := rec.words
		if rec.Kind != Person || len(w) < 2 || (!(first && w[0] == word) && w[len(w)-1] != word) {
			continue
		}
		if rec.mentions > n || rec.mentions == n && id < best {
			best, n = id, rec.mentions
		}
	}
	return best
}

// note records mention m of an actor.
func (r *Resolver) note(m Mention, k candKind) {
	rec, ok := r.actors[m.ActorID]
	if !ok {
		rec = &record{Actor: Actor{ID: m.ActorID, Kind: m.Kind}, aliases: map[string]bool{}, roles: map[string]bool{}, affils: map[string]int{}}
		if e, known := r.g.entries[m.ActorID]; known {
			rec.Name, rec.Affiliation = e.Name, e.Affiliation
			for _, a := range e.Aliases {
				rec.aliases[a] = true
			}
			for _, ro := range e.Roles {
				rec.roles[ro] = true
			}
			rec.words = wordKeys(e.Name)
			r.indexWords(rec)
		} else {
			rec.Name = m.Text
		}
		r.actors[m.ActorID] = rec
	}
	rec.mentions++
	if _, known := r.g.entries[m.ActorID]; k != candCountry && (!known || containsString(r.g.Find(m.Text), m.ActorID)) {
		rec.aliases[m.Text] = true
		if w := wordKeys(m.Text); len(w) > len(rec.words) && m.Kind == Person {
			rec.words = w
			r.indexWords(rec)
			if _, known := r.g.entries[m.ActorID]; !known && len(wordKeys(rec.Name)) < 2 {
				rec.Name = m.Text // the first full name seen
			}
		}
	}
	if m.Role != "" {
		rec.roles[m.Role] = true
	}
	if m.Affiliation != "" {
		rec.affils[m.Affiliation]++
	}
}

// Actors returns every actor mentioned so far, sorted by id, with the
// aliases seen and known, the roles seen and known, and its affiliation
// (the gazetteer's, or the one its mentions give most often).
func (r *Resolver) Actors() []Actor {
	out := make([]Actor, 0, len(r.actors))
	for _, rec := range r.actors {
		a := rec.Actor
		a.Aliases = nil
		for s := range rec.aliases {
			if s != a.Name {
				a.Aliases = append(a.Aliases, s)
			}
		}
		sort.Strings(a.Aliases)
		a.Roles = nil
		for s := range rec.roles {
			a.Roles = append(a.Roles, s)
		}
		sort.Strings(a.Roles)
		if a.Affiliation == "" {
			best, n := "", 0
			for s, c := range rec.affils {
				if c > n || c == n && s < best {
					best, n = s, c
				}
			}
			a.Affiliation = best
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// indexWords files a person under the first and last words of its name.
func (r *Resolver) indexWords(rec *record) {
	if rec.Kind != Person || len(rec.words) < 2 {
		return
	}
	for _, w := range []string{rec.words[0], rec.words[len(rec.words)-1]} {
		if !containsString(r.byWord[w], rec.ID) {
			r.byWord[w] = append(r.byWord[w], rec.ID)
		}
	}
}

// Actor returns the actor with the given id as Actors would, and whether
// it was mentioned.
func (r *Resolver) Actor(id string) (Actor, bool) {
	if _, ok := r.actors[id]; !ok {
		return Actor{}, false
	}
	for _, a := range r.Actors() {
		if a.ID == id {
			return a, true
		}
	}
	return Actor{}, false
}
