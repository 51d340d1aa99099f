// Command phoenix converts the Phoenix actor and agent dictionaries of
// PETRARCH2 (Open Event Data Alliance, MIT license) into the dated actor
// dictionary chronograph embeds (actor/data/phoenix). Run it from the
// repository's root:
//
//	go run ./actor/cmd/phoenix -in ../shared/data/petrarch2 -out actor/data/phoenix
//
// It reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
// Phoenix.MilNonState.actors.txt and Phoenix.agents.txt from -in, and the
// project's word lists (connectors, organization words, first names, known
// acronyms) from -data. It writes phoenix.txt.gz (or phoenix.txt with
// -gzip=false) to -out, reports what it skipped on standard error, each
// line as file:line, and prints counts.
package main

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/actor/internal/dictfile"
	"github.com/chronograph-news/chronograph/actor/internal/petrarch"
	"github.com/chronograph-news/chronograph/diag"
)

// actorFiles are the actor dictionaries read, in order, with the kind of
// their records that nothing else classifies.
var actorFiles = []struct{ name, kind string }{
	{"Phoenix.Countries.actors.txt", "person"},
	{"Phoenix.International.actors.txt", "organization"},
	{"Phoenix.MilNonState.actors.txt", "organization"},
}

// agentFile is the agent dictionary read.
const agentFile = "Phoenix.agents.txt"

// header opens the converted file.
const header = `Dated actor dictionary converted from the Phoenix dictionaries of PETRARCH2
(Open Event Data Alliance, https://github.com/openeventdata/petrarch2, MIT
license; see README.md beside this file). Made by actor/cmd/phoenix; do not
edit by hand: rerun it.

Format (package actor/internal/dictfile), one fact a line, tab-separated:
  A id kind name source            an actor (source: file:line, file without
                                   "Phoenix." and ".actors.txt")
  = alias                          another name of the actor or agent above
  R code country sector from to    a dated role (YYYY-MM-DD, inclusive; .. open)
  D code country sector            the default role: holds when no dated one does
  G id code sector after|before name source   a generic agent
"-" is no country or sector.`

func main() {
	in := flag.String("in", "../shared/data/petrarch2", "directory of the PETRARCH2 dictionaries")
	out := flag.String("out", "actor/data/phoenix", "directory to write phoenix.txt.gz to")
	data := flag.String("data", "actor/data", "directory of the project's lexicon.yaml, actors.yaml and countries.yaml")
	gz := flag.Bool("gzip", true, "gzip the output")
	flag.Parse()
	st, err := run(*in, *out, *data, *gz, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "phoenix:", err)
		os.Exit(1)
	}
	fmt.Println(st)
}

// stats are the counts of a conversion.
type stats struct {
	kinds                  map[string]int
	actors, aliases, roles int
	agents, agentAliases   int
	skipped                int
	file                   string
	size                   int
}

func (s stats) String() string {
	var ks []string
	for k, n := range s.kinds {
		ks = append(ks, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(ks)
	return fmt.Sprintf("%s: %d bytes; %d actors (%s), %d aliases, %d roles; %d agents, %d agent aliases; %d lines skipped",
		s.file, s.size, s.actors, strings.Join(ks, ", "), s.aliases, s.roles, s.agents, s.agentAliases, s.skipped)
}

// run converts the dictionaries of dir in into out, reporting skipped
// lines to warn.
func run(in, out, data string, gz bool, warn io.Writer) (stats, error) {
	st := stats{kinds: map[string]int{}}
	conv, err := converter(data)
	if err != nil {
		return st, err
	}
	report := func(err error) error {
		if l, ok := err.(diag.List); ok {
			for _, e := range l {
				fmt.Fprintln(warn, e)
			}
			st.skipped += len(l)
			return nil
		}
		return err
	}
	var files []petrarch.File
	for _, af := range actorFiles {
		f, err := os.Open(filepath.Join(in, af.name))
		if err != nil {
			return st, err
		}
		recs, err := petrarch.ParseActors(af.name, f)
		f.Close()
		if err = report(err); err != nil {
			return st, err
		}
		files = append(files, petrarch.File{Name: af.name, Records: recs, Default: af.kind})
	}
	f, err := os.Open(filepath.Join(in, agentFile))
	if err != nil {
		return st, err
	}
	phrases, err := petrarch.ParseAgents(agentFile, f)
	f.Close()
	if err = report(err); err != nil {
		return st, err
	}
	d := &dictfile.Dict{Actors: conv.Actors(files), Agents: petrarch.Agents(agentFile, phrases)}
	for _, a := range d.Actors {
		st.actors++
		st.kinds[a.Kind]++
		st.aliases += len(a.Aliases)
		st.roles += len(a.Roles)
	}
	for _, a := range d.Agents {
		st.agents++
		st.agentAliases += len(a.Aliases)
	}
	var buf bytes.Buffer
	if err := dictfile.Write(&buf, header, d); err != nil {
		return st, err
	}
	name, body := "phoenix.txt", buf.Bytes()
	if gz {
		var z bytes.Buffer
		w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		w.Write(body)
		if err := w.Close(); err != nil {
			return st, err
		}
		name, body = name+".gz", z.Bytes()
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return st, err
	}
	st.file, st.size = filepath.Join(out, name), len(body)
	return st, os.WriteFile(st.file, body, 0o644)
}

// lexicon is the part of the project's lexicon.yaml the converter uses.
type lexicon struct {
	OrgHeads   []string `yaml:"org_heads"`
	CorpSuffix []string `yaml:"corporate_suffixes"`
	FirstNames []string `yaml:"first_names"`
	Connectors []string `yaml:"connectors"`
	Titles     []string `yaml:"titles"`
}

// lowerWords are written in lower case inside names besides the project's
// connectors (which leave out "and": the recognizer splits names at it).
//
//go:embed lower.txt
var lowerWords string

// spellings are abbreviations written in lower case after their capital
// besides the project's titles and company words: "ST" gives "St".
//
//go:embed spellings.txt
var spellings string

// converter makes a converter from the project's word lists in dir data:
// organization words (but the first words of states' names) and first
// names for kinds, connectors for names, and
// as acronyms every name in capitals the project's gazetteer files give.
func converter(data string) (*petrarch.Converter, error) {
	b, err := os.ReadFile(filepath.Join(data, "lexicon.yaml"))
	if err != nil {
		return nil, err
	}
	var lex lexicon
	if err := yaml.Unmarshal(b, &lex); err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(data, "lexicon.yaml"), err)
	}
	upper := func(lists ...[]string) map[string]bool {
		m := map[string]bool{}
		for _, l := range lists {
			for _, w := range l {
				m[strings.ToUpper(w)] = true
			}
		}
		return m
	}
	c := &petrarch.Converter{
		OrgWords:   upper(lex.OrgHeads, lex.CorpSuffix),
		FirstNames: upper(lex.FirstNames),
	}
	c.Namer.Lower = map[string]bool{}
	for _, w := range append(lex.Connectors, strings.Fields(lowerWords)...) {
		c.Namer.Lower[strings.ToLower(w)] = true
	}
	c.Namer.Spellings = map[string]string{}
	for _, w := range append(append(append(lex.CorpSuffix, lex.OrgHeads...), lex.Titles...), strings.Fields(spellings)...) {
		w = strings.ReplaceAll(w, ".", "")
		if !strings.Contains(w, " ") {
			c.Namer.Spellings[strings.ToUpper(w)] = w
		}
	}
	c.Namer.Acronyms = map[string]bool{}
	for _, fn := range []string{"actors.yaml", "countries.yaml"} {
		p := filepath.Join(data, fn)
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		es, err := actor.ParseEntries(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if w := strings.ReplaceAll(n, ".", ""); len(w) >= 2 && !strings.Contains(w, " ") && strings.ToUpper(w) == w {
					c.Namer.Acronyms[w] = true
				}
				if ws := strings.Fields(n); fn == "countries.yaml" && len(ws) >= 2 {
					// a club's head word that opens a state's name
					// ("United") makes no organization of "President
					// of the United States"
					delete(c.OrgWords, strings.ToUpper(ws[0]))
				}
			}
		}
	}
	return c, nil
}
