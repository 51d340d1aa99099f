package dictfile

import (
	"fmt"
	"io"
	"strings"

	"github.com/chronograph-news/chronograph/diag"
)

// Read reads a dictionary file named name (used in errors). It returns
// what it could read and a [diag.List] of the bad lines, or nil.
func Read(name string, r io.Reader) (*Dict, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &diag.Error{File: name, Msg: err.Error()}
	}
	return ReadString(name, string(b))
}

// maxFields is the most fields a line has.
const maxFields = 7

// ReadString is Read of the content text.
func ReadString(name, text string) (*Dict, error) {
	// room for every A and G line, counted first: growing the lists
	// copied each actor about twice over (a third of the reading of the
	// built-in dictionary)
	d := &Dict{Actors: make([]Actor, 0, lineCount(text, "A")), Agents: make([]Agent, 0, lineCount(text, "G"))}
	var errs diag.List
	var (
		actor *Actor // the actor or agent the = lines add to
		agent *Agent
		buf   [maxFields + 1]string
	)
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := split(line, buf[:0])
		bad := func(msg string) { errs.Add(name, n, msg) }
		switch f[0] {
		case "A":
			if len(f) != 5 || f[1] == "" || f[3] == "" {
				bad("want A, id, kind, name, source")
				continue
			}
			d.Actors = append(d.Actors, Actor{ID: f[1], Kind: f[2], Name: f[3], Source: f[4], Line: n})
			actor, agent = &d.Actors[len(d.Actors)-1], nil
		case "G":
			if len(f) != 7 || f[1] == "" || f[5] == "" || (f[4] != "after" && f[4] != "before") {
				bad("want G, id, code, sector, after|before, name, source")
				continue
			}
			d.Agents = append(d.Agents, Agent{ID: f[1], Code: f[2], Sector: undash(f[3]), Prefix: f[4] == "before", Name: f[5], Source: f[6], Line: n})
			actor, agent = nil, &d.Agents[len(d.Agents)-1]
		case "=":
			switch {
			case len(f) != 2 || f[1] == "":
				bad("want =, alias")
			case actor != nil:
				actor.Aliases = append(actor.Aliases, f[1])
			case agent != nil:
				agent.Aliases = append(agent.Aliases, f[1])
			default:
				bad("alias before any actor")
			}
		case "R", "D":
			if actor == nil {
				bad("role before any actor")
				continue
			}
			want := 6
			if f[0] == "D" {
				want = 4
			}
			if len(f) != want || f[1] == "" {
				bad(fmt.Sprintf("want %d fields", want))
				continue
			}
			ro := Role{Code: f[1], Country: undash(f[2]), Sector: undash(f[3]), Default: f[0] == "D"}
			if !ro.Default {
				var err error
				if ro.From, err = parseDate(f[4]); err == nil {
					ro.To, err = parseDate(f[5])
				}
				if err == nil && ro.From == 0 && ro.To == 0 {
					err = fmt.Errorf("a dated role needs a date")
				}
				if err == nil && ro.To != 0 && ro.To < ro.From {
					err = fmt.Errorf("role ends before it starts")
				}
				if err != nil {
					bad(err.Error())
					continue
				}
			}
			actor.Roles = append(actor.Roles, ro)
		default:
			bad(fmt.Sprintf("unknown line kind %q", f[0]))
		}
	}
	return d, errs.Err()
}

// lineCount returns how many lines of text may start with the field
// kind: the lines after a newline that do, plus one for the first line
// (a capacity, never less than the count).
func lineCount(text, kind string) int {
	return strings.Count(text, "\n"+kind+"\t") + 1
}

// split splits line at tabs into dst, at most maxFields+1 fields (a line
// with more is bad in every kind).
func split(line string, dst []string) []string {
	for len(dst) < maxFields {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
	return append(dst, line)
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// parseDate reads YYYY-MM-DD as YYYYMMDD, ".." as 0.
func parseDate(s string) (int, error) {
	if s == ".." {
		return 0, nil
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("bad date %q (want YYYY-MM-DD or ..)", s)
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("bad date %q (want YYYY-MM-DD or ..)", s)
		}
		v = v*10 + int(s[i]-'0')
	}
	m, dd := v/100%100, v%100
	if m < 1 || m > 12 || dd < 1 || dd > 31 {
		return 0, fmt.Errorf("bad date %q", s)
	}
	return v, nil
}
