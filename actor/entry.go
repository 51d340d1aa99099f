package actor

// Entry is one actor of a gazetteer file. The built-in files and the files a
// user adds with LoadGazetteer share this format (YAML, a list of entries):
//
//   - id: person:sergei-lavrov
//     name: Sergey Lavrov
//     kind: person
//     aliases: [Sergei Lavrov, Lavrov]
//     roles: [Foreign Minister]
//     affiliation: country:RUS
//
// An alias written in capitals ("TASS", "U.S.") matches only text in
// capitals; any other alias matches regardless of case but must start with
// a capital letter in the text. Kind may be left out only by an entry that
// adds to a known one. Country entries may also give demonyms
// ("North Korean") and their capital's name. An entry may give the year it
// came to exist and the actor that stood for it before:
//
//   - id: country:SSD
//     founded: 2011
//     before: country:SDN
type Entry struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Kind        Kind     `yaml:"kind"`
	Aliases     []string `yaml:"aliases"`
	Roles       []string `yaml:"roles"`
	Affiliation string   `yaml:"affiliation"`
	Demonyms    []string `yaml:"demonyms"` // countries: "North Korean", "North Koreans"
	Capital     string   `yaml:"capital"`  // countries: name of the capital city
	// Founded is the year the actor came to exist (a state's
	// independence), 0 when unknown: a document dated before it cannot
	// mean it ("South Sudan" in 2005).
	Founded int `yaml:"founded"`
	// Before is the id of the actor that stood for it until Founded (the
	// state it left): mentions in earlier documents resolve to it, as a
	// location, a region of that state.
	Before string `yaml:"before"`
	// FormerNames are the names and demonyms a renamed state bore before
	// its present name ("Zaire", "Zairean"): they still name it, but
	// Resolver.Actors names its agents by their present name
	// ("Congolese", not "Zaireans", in a timeline of 1997 and 2006
	// news) whenever an article wrote one (Gazetteer.formerName).
	FormerNames []string `yaml:"former_names"`
	// Dissolved is the year a state ceased to exist, 0 when it still
	// does: in a document of that year or later, its name after a word
	// of lexicon.yaml bygone_words ("former Soviet republics",
	// "ex-Soviet") names no state by itself (Resolver.bygoneState).
	Dissolved int `yaml:"dissolved"`
	// Line is the entry's line in its file, set by ParseEntries.
	Line int `yaml:"-"`
}

// merge folds o into e: non-empty scalar fields of o replace e's, lists are
// united.
func (e *Entry) merge(o Entry) {
	if o.Name != "" {
		if e.Name != "" && e.Name != o.Name {
			e.Aliases = append(e.Aliases, e.Name)
		}
		e.Name = o.Name
	}
	if o.Kind != "" {
		e.Kind = o.Kind
	}
	if o.Affiliation != "" {
		e.Affiliation = o.Affiliation
	}
	if o.Capital != "" {
		e.Capital = o.Capital
	}
	if o.Founded != 0 {
		e.Founded = o.Founded
	}
	if o.Dissolved != 0 {
		e.Dissolved = o.Dissolved
	}
	if o.Before != "" {
		e.Before = o.Before
	}
	e.Aliases = union(e.Aliases, o.Aliases)
	e.Roles = union(e.Roles, o.Roles)
	e.Demonyms = union(e.Demonyms, o.Demonyms)
	e.FormerNames = union(e.FormerNames, o.FormerNames)
}

// union returns the sorted set of the strings of a and b.
func union(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sortStrings(out)
	return out
}
