// Package dictfile reads and writes chronograph's dated actor dictionary
// format: the files actor/cmd/phoenix converts the PETRARCH2 dictionaries
// into and package actor loads. The format is line-based text, one fact a
// line, tab-separated, so that a change of the data shows as a change of
// lines:
//
//	A	id	kind	name	source	an actor; source is file:line of its origin
//	=	alias	another name of the actor above
//	R	code	country	sector	from	to	a dated role: from and to are
//		YYYY-MM-DD, inclusive, or ".." for an open end
//	D	code	country	sector	the default role: it holds when no dated
//		role does
//	G	id	code	sector	position	name	source	a generic agent ("police"):
//		its code goes after the actor's code (position "after") or
//		before it ("before", an organization of that kind)
//
// "-" stands for no country or sector. Lines starting with '#' and blank
// lines are comments. Roles keep their order: the first dated role valid
// at a date is the one that holds.
package dictfile

// Actor is one actor of a dictionary.
type Actor struct {
	ID      string // "person:vladimir-putin", "country:AFG"
	Kind    string // person, country, organization or place
	Name    string
	Aliases []string
	Roles   []Role
	Source  string // "Phoenix.Countries.actors.txt:39559"
	Line    int    // its A line, set by Read
}

// Role is one affiliation of an actor, for a time or by default.
type Role struct {
	Code    string // CAMEO actor code: "RUSGOV"
	Country string // ISO 3166 alpha-3, "" when none
	Sector  string // "GOV", "IGO"; "" when none
	// From and To bound the role, as YYYYMMDD, both inclusive; 0 leaves an
	// end open. Both are 0 for a default role.
	From, To int
	Default  bool
}

// Agent is a generic agent: a kind of actor ("police", "rebels") whose
// country the sentence gives.
type Agent struct {
	ID      string // "agent:cop"
	Name    string
	Aliases []string
	Code    string // "COP"
	Sector  string // "COP"; "" when the code has none
	Prefix  bool   // the code goes before the actor's code
	Source  string
	Line    int // its G line, set by Read
}

// Dict is the content of a dictionary file.
type Dict struct {
	Actors []Actor
	Agents []Agent
}
