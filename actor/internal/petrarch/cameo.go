package petrarch

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/biter777/countries"
)

//go:embed cameo.txt
var cameoFile string

// cameoUnits are the decoding tables of cameo.txt: state unit -> ISO code,
// the organization types and sectors, and the groups (religions, regions)
// that after a type are no state.
type cameoUnits struct {
	states  map[string]string
	groups  map[string]bool
	types   map[string]bool
	sectors map[string]bool
	names   map[string]string // type or sector -> its description
}

// loadUnits parses cameo.txt once; the tables are read-only after.
var loadUnits = sync.OnceValues(func() (*cameoUnits, error) {
	u := &cameoUnits{states: map[string]string{}, groups: map[string]bool{}, types: map[string]bool{}, sectors: map[string]bool{}, names: map[string]string{}}
	for _, c := range countries.All() {
		if a3 := c.Alpha3(); len(a3) == 3 {
			u.states[a3] = a3
		}
	}
	for i, line := range strings.Split(cameoFile, "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || len(f[1]) != 3 {
			return nil, fmt.Errorf("actor/internal/petrarch/cameo.txt:%d: want kind, unit, value", i+1)
		}
		switch f[0] {
		case "state":
			u.states[f[1]] = f[2]
		case "group":
			u.groups[f[1]] = true
		case "type":
			u.types[f[1]] = true
			u.names[f[1]] = f[2]
		case "sector":
			u.sectors[f[1]] = true
			u.names[f[1]] = f[2]
		default:
			return nil, fmt.Errorf("actor/internal/petrarch/cameo.txt:%d: unknown kind %q", i+1, f[0])
		}
	}
	return u, nil
})

// Decode reads a CAMEO actor code's country (ISO 3166 alpha-3, "" when the
// code names none) and sector ("GOV", "IGO"; "" when none), by the rules of
// cameo.txt. The null code "---" has neither.
func Decode(code string) (country, sector string) {
	u, err := loadUnits()
	if err != nil {
		panic(err) // cameo.txt is embedded: its tests catch this
	}
	var units []string
	for i := 0; i+3 <= len(code); i += 3 {
		units = append(units, code[i:i+3])
	}
	skip := -1
	if len(units) > 0 {
		if c, ok := u.states[units[0]]; ok {
			country, skip = c, 0
		} else if u.types[units[0]] && len(units) > 1 && !u.groups[units[1]] {
			if c, ok := u.states[units[1]]; ok {
				country, skip = c, 1
			}
		}
	}
	for i, un := range units {
		if i != skip && (u.types[un] || u.sectors[un]) {
			return country, un
		}
	}
	return country, ""
}

// unitName returns the description cameo.txt gives a type or sector code
// ("COP": "police"), or "".
func unitName(code string) string {
	u, err := loadUnits()
	if err != nil {
		return ""
	}
	return u.names[code]
}
