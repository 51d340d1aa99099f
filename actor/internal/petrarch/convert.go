package petrarch

import (
	"fmt"

	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
	"sort"
	"strings"
	"unicode"
)

// Actor, Role and Agent are the converted forms, in the format of the
// files chronograph loads.
type (
	Actor = dictfile.Actor
	Role  = dictfile.Role
	Agent = dictfile.Agent
)

// File is one parsed actor dictionary.
type File struct {
	Name    string // base name, for sources: "Phoenix.Countries.actors.txt"
	Records []Record
	// Default is the kind of its records that nothing else classifies:
	// person for the country files (leaders), organization for the
	// others.
	Default string
}

// Converter turns parsed dictionaries into actors. Its word lists come
// from the caller.
type Converter struct {
	Namer Namer
	// OrgWords mark organization names ("MINISTRY", "PARTY"); FirstNames
	// mark people's ("JOHN"). Keys in capitals.
	OrgWords, FirstNames map[string]bool
}

// personSources are words of a primary line's comment that say its actor
// is a person: the lists of rulers the dictionaries were made from.
var personSources = []string{"CountryInfo", "rulers"}

// Actors converts files, in order, into actors sorted by id. Records of
// one kind whose names give one id are merged when their countries agree;
// otherwise the later one gets a numbered id ("-2"). Aliases that name
// another actor are dropped (foreignAlias).
func (c *Converter) Actors(files []File) []Actor {
	byID := map[string]*Actor{}
	var order []string
	for _, f := range files {
		for _, r := range f.Records {
			a := c.actor(f, r)
			id := a.ID
			for n := 2; ; n++ {
				old, ok := byID[id]
				if !ok {
					break
				}
				if old.Kind == a.Kind && countriesAgree(old.Roles, a.Roles) {
					mergeActor(old, a)
					id = ""
					break
				}
				id = fmt.Sprintf("%s-%d", a.ID, n)
			}
			if id == "" {
				continue
			}
			a.ID = id
			byID[id] = &a
			order = append(order, id)
		}
	}
	sort.Strings(order)
	out := make([]Actor, 0, len(order))
	for _, id := range order {
		a := byID[id]
		a.Aliases = cleanAliases(a.Name, a.Aliases)
		out = append(out, *a)
	}
	dropForeignAliases(out)
	return out
}

// actor converts one record.
func (c *Converter) actor(f File, r Record) Actor {
	raw := make([]string, len(r.Names))
	for i, p := range r.Names {
		raw[i] = p.Text
	}
	a := Actor{Source: fmt.Sprintf("%s:%d", shortFile(f.Name), r.Names[0].Line)}
	a.Kind = c.kind(f, r)
	for i, p := range raw {
		n := c.Namer.Readable(p, raw, a.Kind == "person")
		if i == 0 {
			a.Name = n
		} else {
			a.Aliases = append(a.Aliases, n)
		}
	}
	if rest, ok := strings.CutPrefix(a.Name, "The "); ok && strings.Contains(rest, " ") {
		a.Aliases = append(a.Aliases, a.Name)
		a.Name = rest
	}
	for _, code := range r.Codes {
		co, se := Decode(code.Code)
		role := Role{Code: code.Code, Country: co, Sector: se, From: code.From, To: code.To, Default: code.Default}
		if !containsRole(a.Roles, role) {
			a.Roles = append(a.Roles, role)
		}
	}
	if a.Kind == "country" {
		a.ID = "country:" + countryID(r.Codes)
	} else {
		prefix := a.Kind
		if prefix == "organization" {
			prefix = "org"
		}
		a.ID = prefix + ":" + slug(a.Name)
	}
	return a
}

// articles are the Arabic articles that open names of groups ("AL-QAEDA",
// "AL-SHABAAB") and are spelled like a given name ("Al Gore"): a name they
// open is no person by its first word.
var articles = map[string]bool{"AL": true, "EL": true}

// kind classifies a record, in this order: a record whose codes all name a
// state and no sector is a country; a primary name with an organization
// word is an organization; a record from a list of rulers, or with a
// first name (not an article: "AL-QAEDA"), or with a dated code and no organization type, is a person;
// so is a record of a file of people holding a post in an organization
// from one date to another, and a record of a file of organizations
// holding one from a date on; a code of an organization type makes an
// organization; else the file's default.
func (c *Converter) kind(f File, r Record) string {
	if countryID(r.Codes) != "" {
		return "country"
	}
	words := strings.FieldsFunc(strings.ToUpper(r.Names[0].Text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
	})
	for _, w := range words {
		if c.OrgWords[w] {
			return "organization"
		}
	}
	for _, s := range personSources {
		if strings.Contains(r.Comment, s) {
			return "person"
		}
	}
	if len(words) >= 2 && c.FirstNames[words[0]] && !articles[words[0]] {
		return "person"
	}
	orgType, dated, datedOrg, takenUp := false, false, false, false
	for _, code := range r.Codes {
		if _, se := Decode(code.Code); se == "IGO" || se == "NGO" || se == "NGM" || se == "IMG" || se == "MNC" {
			orgType = true
			datedOrg = datedOrg || (code.From != 0 && code.To != 0)
			takenUp = takenUp || code.From != 0
		}
		if !code.Default {
			dated = true
		}
	}
	switch {
	case f.Default == "person" && datedOrg:
		// a post in an organization held from one date to another, listed
		// among a state's people ("[IGOUNOIAE 971201-091130]"): a person
		// (an organization's own code opens at its founding, ">20130408")
		return "person"
	case f.Default == "organization" && takenUp:
		// in a file of organizations, a post in one taken up on a date
		// ("AMR_MOUSSA_ [IGOMEAARL >010515]", "[IGOUNO 960917-970916]"):
		// the person who holds it; the organizations there bear no date
		// but the one they left a country on ("<900101")
		return "person"
	case orgType:
		return "organization"
	case dated:
		return "person"
	}
	return f.Default
}

// countryID returns the ISO code of the state a record's codes name when
// they name a state and nothing else ("[AFG]", "[USAASM]": a dependency,
// ASM): the last state unit of its default code, or else of its last
// code. It returns "" otherwise.
func countryID(codes []Code) string {
	u, err := loadUnits()
	if err != nil || len(codes) == 0 {
		return ""
	}
	pick := codes[len(codes)-1]
	for _, c := range codes {
		if _, se := Decode(c.Code); se != "" || len(c.Code)%3 != 0 || c.Code == "---" {
			return ""
		}
		if _, ok := u.states[c.Code[:3]]; !ok {
			return ""
		}
		if c.Default {
			pick = c
		}
	}
	id := ""
	for i := 0; i+3 <= len(pick.Code); i += 3 {
		if s, ok := u.states[pick.Code[i:i+3]]; ok {
			id = s
		}
	}
	return id
}

// countriesAgree reports whether two actors' roles name one country, or
// one of them names none.
func countriesAgree(a, b []Role) bool {
	set := map[string]bool{}
	for _, r := range a {
		if r.Country != "" {
			set[r.Country] = true
		}
	}
	if len(set) == 0 {
		return true
	}
	any := false
	for _, r := range b {
		if r.Country != "" {
			any = true
			if set[r.Country] {
				return true
			}
		}
	}
	return !any
}

// mergeActor folds b into a: b's names become aliases, its new roles come
// after a's.
func mergeActor(a *Actor, b Actor) {
	a.Aliases = append(a.Aliases, b.Name)
	a.Aliases = append(a.Aliases, b.Aliases...)
	for _, r := range b.Roles {
		if !containsRole(a.Roles, r) {
			a.Roles = append(a.Roles, r)
		}
	}
}

func containsRole(rs []Role, r Role) bool {
	for _, o := range rs {
		if o == r {
			return true
		}
	}
	return false
}

// cleanAliases returns the aliases, sorted and without duplicates or the
// name itself.
func cleanAliases(name string, as []string) []string {
	seen := map[string]bool{name: true}
	var out []string
	for _, a := range as {
		if a != "" && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// slug makes the id part of a name: its letters and digits in lower case,
// words joined by '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else if r != '.' && r != '\'' {
			dash = true
		}
	}
	return b.String()
}

// Agents groups agent phrases by code, in file order: the first phrase of
// a code names its agent, the others and every plural are aliases.
// Agents come sorted by id.
func Agents(file string, ps []AgentPhrase) []Agent {
	byKey := map[string]*Agent{}
	var keys []string
	for _, p := range ps {
		key := p.Code
		if p.Prefix {
			key += "~"
		}
		a, ok := byKey[key]
		name := agentName(p.Text)
		if !ok {
			se, _ := unitSector(p.Code)
			id := "agent:" + strings.ToLower(p.Code)
			if p.Prefix {
				id += "-org"
			}
			a = &Agent{ID: id, Name: name, Code: p.Code, Sector: se, Prefix: p.Prefix, Source: fmt.Sprintf("%s:%d", shortFile(file), p.Line)}
			if n := unitName(p.Code); n != "" {
				// a code of one sector is named by it ("police"), its
				// first phrase is an alias
				a.Name = n
				a.Aliases = append(a.Aliases, name)
			}
			byKey[key] = a
			keys = append(keys, key)
		} else {
			a.Aliases = append(a.Aliases, name)
		}
		for _, pl := range p.Plurals {
			a.Aliases = append(a.Aliases, agentName(pl))
		}
	}
	out := make([]Agent, 0, len(keys))
	for _, k := range keys {
		a := byKey[k]
		a.Aliases = cleanAliases(a.Name, a.Aliases)
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// shortFile shortens a dictionary's file name for sources:
// "Phoenix.Countries.actors.txt" gives "Countries".
func shortFile(name string) string {
	name = strings.TrimPrefix(name, "Phoenix.")
	name = strings.TrimSuffix(name, ".txt")
	return strings.TrimSuffix(name, ".actors")
}

// agentName writes an agent's phrase as a common noun: "FOREIGN_MINISTER"
// gives "foreign minister".
func agentName(p string) string { return strings.ToLower(cleanPhrase(p)) }

// unitSector returns the first unit of code that is a sector or an
// organization type, searching every unit (an agent's code has no state).
func unitSector(code string) (string, bool) {
	u, err := loadUnits()
	if err != nil {
		return "", false
	}
	for i := 0; i+3 <= len(code); i += 3 {
		if un := code[i : i+3]; u.types[un] || u.sectors[un] {
			return un, true
		}
	}
	return "", false
}
