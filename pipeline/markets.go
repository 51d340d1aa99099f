package pipeline

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/chronograph-news/chronograph/actor"
	"gopkg.in/yaml.v3"
)

//go:embed data/markets.yaml
var marketsYAML []byte

// loadMarketHeads parses data/markets.yaml once: the set of its
// market_heads.
var loadMarketHeads = sync.OnceValues(func() (map[string]bool, error) {
	var w struct {
		Heads []string `yaml:"market_heads"`
	}
	if err := yaml.Unmarshal(marketsYAML, &w); err != nil {
		return nil, fmt.Errorf("pipeline/data/markets.yaml: %w", err)
	}
	if len(w.Heads) == 0 {
		return nil, fmt.Errorf("pipeline/data/markets.yaml: no market_heads")
	}
	out := map[string]bool{}
	for _, h := range w.Heads {
		out[h] = true
	}
	return out, nil
})

// markets returns the organizations affiliated with no actor or with a
// country whose name, or one of whose aliases, has a word of a stock
// exchange's or market index's (data/markets.yaml: "Nikkei 225" is also
// the "Nikkei Stock Average"): merge.Options.Markets.
func markets(actors []actor.Actor) map[string]bool {
	heads, err := loadMarketHeads()
	if err != nil {
		panic(err)
	}
	out := map[string]bool{}
	for _, a := range actors {
		if a.Kind != actor.Organization || a.Affiliation != "" && !strings.HasPrefix(a.Affiliation, "country:") {
			continue
		}
		if hasWordOf(a.Name, heads) || slices.ContainsFunc(a.Aliases, func(n string) bool { return hasWordOf(n, heads) }) {
			out[a.ID] = true
		}
	}
	return out
}
