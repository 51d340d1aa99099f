package actor

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
)

// Agent is the kind of a generic agent of the Phoenix dictionary
// ("police", "rebels", "troops"): a kind of actor, not one actor, whose
// country the sentence gives.
const Agent Kind = "agent"

// phoenixFile is the Phoenix dictionary converted by actor/cmd/phoenix
// (see data/phoenix/README.md).
//
//go:embed data/phoenix/phoenix.txt.gz
var phoenixFile []byte

// phoenixName names the embedded file in errors.
const phoenixName = "actor/data/phoenix/phoenix.txt.gz"

// Phoenix is the dated actor dictionary converted from the Phoenix
// dictionaries of PETRARCH2: some 26,000 leaders, officials, organizations
// and armed groups with their roles over time, and generic agents. Its
// data dates from the late 2010s. It is read-only once loaded and safe for
// concurrent use.
type Phoenix struct {
	actors []dictfile.Actor
	agents []dictfile.Agent
	// byName holds, by nameKey, the actors with that name: those whose
	// canonical name it is first, then by kind and id.
	byName map[string][]int32
	// agentByName holds, by nameKey, the agent with that name.
	agentByName map[string]int32
}

// Match is what a lookup finds for a name: an actor, and its affiliation
// at the date asked.
type Match struct {
	ID   string // "person:vladimir-putin", "country:RUS", "agent:cop"
	Name string // canonical name
	Kind Kind   // person, country, organization, place or agent
	// Country is the ISO 3166 alpha-3 code of the state the actor belonged
	// to at the date ("" when unknown; for an agent, the sentence's);
	// Sector is its part of that state or of society: GOV, MIL, REB,
	// OPP, BUS, MED, IGO ("" when unknown).
	Country, Sector string
	// Code is the CAMEO actor code of the role that held ("RUSGOV"; an
	// agent's code, "COP"); "" when no role did.
	Code string
	// From and To bound that role (zero: open); Default reports an
	// undated role, the one that holds when no dated role does.
	From, To time.Time
	Default  bool
	// Source is where the match comes from: "phoenix", "project" (the
	// gazetteer's own files) or "project+phoenix" (the gazetteer's actor
	// dated by Phoenix's roles).
	Source string
}

// LoadPhoenix returns the built-in Phoenix dictionary, parsed and indexed
// once per process; every call returns the same read-only dictionary.
func LoadPhoenix() (*Phoenix, error) { return loadPhoenixOnce() }

var loadPhoenixOnce = sync.OnceValues(func() (*Phoenix, error) {
	b, err := loadBuiltin()
	if err != nil {
		return nil, err
	}
	return b.px, nil
})

// parsePhoenix reads and indexes a gzipped dictionary file.
func parsePhoenix(name string, gz []byte) (*Phoenix, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	var body strings.Builder
	if n := len(gz); n >= 4 {
		// gzip's trailer holds the size of the content
		body.Grow(int(binary.LittleEndian.Uint32(gz[n-4:])))
	}
	if _, err := io.Copy(&body, zr); err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	d, err := dictfile.ReadString(name, body.String())
	if err != nil {
		return nil, err
	}
	if !sort.SliceIsSorted(d.Actors, func(i, j int) bool { return d.Actors[i].ID < d.Actors[j].ID }) {
		return nil, &Error{File: name, Msg: "actors are not sorted by id (rerun actor/cmd/phoenix)"}
	}
	return newPhoenix(d), nil
}

// newPhoenix indexes d.
func newPhoenix(d *dictfile.Dict) *Phoenix {
	p := &Phoenix{actors: d.Actors, agents: d.Agents, byName: make(map[string][]int32, 2*len(d.Actors)), agentByName: map[string]int32{}}
	add := func(n string, i int32) {
		if k := nameKey(n); k != "" {
			if ids := p.byName[k]; len(ids) == 0 || ids[len(ids)-1] != i {
				p.byName[k] = append(ids, i)
			}
		}
	}
	for i := range p.actors {
		a := &p.actors[i]
		add(a.Name, int32(i))
		for _, n := range a.Aliases {
			add(n, int32(i))
		}
	}

	for k, ids := range p.byName {
		if len(ids) < 2 {
			continue
		}
		sort.SliceStable(ids, func(x, y int) bool {
			a, b := &p.actors[ids[x]], &p.actors[ids[y]]
			if ca, cb := nameKey(a.Name) == k, nameKey(b.Name) == k; ca != cb {
				return ca
			}
			if ra, rb := kindRank(Kind(a.Kind)), kindRank(Kind(b.Kind)); ra != rb {
				return ra < rb
			}
			return a.ID < b.ID
		})
	}
	for i := range p.agents {
		a := &p.agents[i]
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if k := nameKey(n); k != "" {
				if _, dup := p.agentByName[k]; !dup {
					p.agentByName[k] = int32(i)
				}
			}
		}
	}
	return p
}

// Len returns the number of actors and of agents.
func (p *Phoenix) Len() (actors, agents int) { return len(p.actors), len(p.agents) }

// Lookup finds the actor named name (any of its names, spelled as
// [Gazetteer.Find] folds them) and its role at date: the first of its
// dated roles, in the dictionary's order, whose interval holds date (both
// ends inclusive), else its default role. A zero date asks for its default
// role, else its latest one. An actor wins over an agent of the same name;
// an agent ("police") has its code and sector, and no country.
func (p *Phoenix) Lookup(name string, date time.Time) (Match, bool) {
	k := nameKey(name)
	if ids := p.byName[k]; len(ids) > 0 {
		return p.match(&p.actors[ids[0]], date), true
	}
	if i, ok := p.agentByName[k]; ok {
		a := &p.agents[i]
		return Match{ID: a.ID, Name: a.Name, Kind: Agent, Code: a.Code, Sector: a.Sector, Source: "phoenix"}, true
	}
	return Match{}, false
}

// find returns the actors named name, best reading first.
func (p *Phoenix) find(name string) []*dictfile.Actor {
	var out []*dictfile.Actor
	for _, i := range p.byName[nameKey(name)] {
		out = append(out, &p.actors[i])
	}
	return out
}

// byID returns the actor with the given id, or nil.
func (p *Phoenix) byID(id string) *dictfile.Actor {
	i := sort.Search(len(p.actors), func(i int) bool { return p.actors[i].ID >= id })
	if i < len(p.actors) && p.actors[i].ID == id {
		return &p.actors[i]
	}
	return nil
}

// match makes the match of actor a at date.
func (p *Phoenix) match(a *dictfile.Actor, date time.Time) Match {
	m := Match{ID: a.ID, Name: a.Name, Kind: Kind(a.Kind), Source: "phoenix"}
	if r := roleAt(a.Roles, date); r != nil {
		setRole(&m, r)
	}
	return m
}

// setRole copies role r into m.
func setRole(m *Match, r *dictfile.Role) {
	m.Country, m.Sector, m.Code, m.Default = r.Country, r.Sector, r.Code, r.Default
	m.From, m.To = dayTime(r.From), dayTime(r.To)
}

// roleAt returns the role of rs that holds at date, or nil.
func roleAt(rs []dictfile.Role, date time.Time) *dictfile.Role {
	var def *dictfile.Role
	for i := range rs {
		if rs[i].Default && def == nil {
			def = &rs[i]
		}
	}
	if date.IsZero() {
		if def != nil {
			return def
		}
		var latest *dictfile.Role
		for i := range rs {
			if r := &rs[i]; latest == nil || r.To == 0 && latest.To != 0 || r.From > latest.From && (r.To == 0) == (latest.To == 0) {
				latest = r
			}
		}
		return latest
	}
	day := date.Year()*10000 + int(date.Month())*100 + date.Day()
	for i := range rs {
		if r := &rs[i]; !r.Default && (r.From == 0 || r.From <= day) && (r.To == 0 || day <= r.To) {
			return r
		}
	}
	return def
}

// dayTime turns YYYYMMDD into a time at midnight UTC, 0 into the zero time.
func dayTime(d int) time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(d/10000, time.Month(d/100%100), d%100, 0, 0, 0, 0, time.UTC)
}
