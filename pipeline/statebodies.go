package pipeline

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/chronograph-news/chronograph/actor"
	"gopkg.in/yaml.v3"
)

//go:embed data/state_bodies.yaml
var stateBodiesYAML []byte

// stateBodies is the parsed data/state_bodies.yaml.
type stateBodies struct {
	Sectors []string `yaml:"state_sectors"`
	Heads   []string `yaml:"state_heads"`
	People  []string `yaml:"people_sectors"`

	sectors, heads map[string]bool
}

// loadStateBodies parses data/state_bodies.yaml once.
var loadStateBodies = sync.OnceValues(func() (*stateBodies, error) {
	var w stateBodies
	if err := yaml.Unmarshal(stateBodiesYAML, &w); err != nil {
		return nil, fmt.Errorf("pipeline/data/state_bodies.yaml: %w", err)
	}
	if len(w.Sectors) == 0 || len(w.Heads) == 0 {
		return nil, fmt.Errorf("pipeline/data/state_bodies.yaml: no state_sectors or state_heads")
	}
	w.sectors, w.heads = map[string]bool{}, map[string]bool{}
	for _, s := range w.Sectors {
		w.sectors[s] = true
	}
	for _, s := range w.People {
		w.sectors[s] = true // stands for its country as a state body does
	}
	for _, s := range w.Heads {
		w.heads[strings.ToLower(s)] = true
	}
	return &w, nil
})

// nonState returns the organizations affiliated with a country that are
// no body of its state (merge.Options.NonState): those whose sector is
// known and none of the state's, and those of unknown sector whose name
// has no word of a state body's (isStateBody).
func nonState(actors []actor.Actor) map[string]bool {
	w, err := loadStateBodies()
	if err != nil {
		panic(err)
	}
	out := map[string]bool{}
	for _, a := range actors {
		if a.Kind != actor.Organization || !strings.HasPrefix(a.Affiliation, "country:") {
			continue
		}
		if !w.isStateBody(a) {
			out[a.ID] = true
		}
	}
	return out
}

// isStateBody reports whether organization a is a body of its country's
// state, or may stand for it as one: its sector is a state sector or a
// people's (people_sectors), or, unknown, a word of its name
// (or of its id, for a country's generic agent "agent:ISR:police") is a
// state body's.
func (w *stateBodies) isStateBody(a actor.Actor) bool {
	if a.Sector != "" {
		return w.sectors[a.Sector]
	}
	name := a.Name
	if strings.HasPrefix(a.ID, "agent:") {
		name += " " + a.ID[strings.LastIndexByte(a.ID, ':')+1:]
	}
	return hasWordOf(name, w.heads)
}

// hasWordOf reports whether a word of name, lower-cased and cut at every
// character other than a to z, is in words (the heads of a state body's
// name, of a market's).
func hasWordOf(name string, words map[string]bool) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}) {
		if words[f] {
			return true
		}
	}
	return false
}
