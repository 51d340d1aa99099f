package merge

import (
	_ "embed"
	"fmt"

	"github.com/chronograph-news/chronograph/event"
	"gopkg.in/yaml.v3"
)

//go:embed data/tally.yaml
var tallyYAML []byte

// tallyUnits holds, by type, the units of data/tally.yaml: a quantity of
// one of them counts instances of the act ("four rounds of talks"). It is
// read once and never changed.
var tallyUnits = mustTallies(tallyYAML)

// mustTallies reads the map "tallies" of the embedded data/tally.yaml; an
// unknown type there is a programming error.
func mustTallies(data []byte) map[event.Type]map[string]bool {
	var file struct {
		Tallies map[event.Type][]string `yaml:"tallies"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		panic(fmt.Errorf("merge/data/tally.yaml: %w", err))
	}
	out := map[event.Type]map[string]bool{}
	for t, units := range file.Tallies {
		if !t.Valid() {
			panic(fmt.Errorf("merge/data/tally.yaml: unknown type %q", t))
		}
		out[t] = map[string]bool{}
		for _, u := range units {
			out[t][u] = true
		}
	}
	return out
}

// tallyUnit returns the unit of the quantity of m that counts more than
// one instance of its act ("four rounds of six-party talks"), or "".
func tallyUnit(m *event.Mention) string {
	for _, q := range m.Quantities {
		if tallyUnits[m.Type][q.Unit] && q.Max > 1 {
			return q.Unit
		}
	}
	return ""
}

// tallyApart reports whether one of it and c counts several instances of
// its act and the other does not count them in that unit: a tally of
// meetings ("China hosted four rounds of talks") is none of them, nor the
// visit or summit a mention of one tells ("Hu's visit", sharing China as
// agent). Two tallies of one unit are judged by their amounts
// (otherAmount).
func (c *cluster) tallyApart(it *item) bool {
	mine := tallyUnit(it.m)
	for _, o := range c.items {
		theirs := tallyUnit(o.m)
		if theirs == mine {
			continue
		}
		if mine == "" && !hasUnit(it.m, theirs) || theirs == "" && !hasUnit(o.m, mine) {
			return true
		}
	}
	return false
}

// hasUnit reports whether m states a quantity of unit u.
func hasUnit(m *event.Mention, u string) bool {
	for _, q := range m.Quantities {
		if q.Unit == u {
			return true
		}
	}
	return false
}

// tallyOnly reports whether every mention of c counts several instances
// of its act (tallyUnit) with no time of its own: "the two sides have had
// six rounds of negotiations" sums up months of talks and is none of them,
// least of all a happening of the publication day (dropped).
func tallyOnly(c *cluster) bool {
	for _, it := range c.items {
		if it.strong || tallyUnit(it.m) == "" {
			return false
		}
	}
	return len(c.items) > 0
}
