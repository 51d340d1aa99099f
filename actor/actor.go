// Package actor recognizes the people, countries, organizations and places
// that news text names, and resolves every mention to one canonical actor
// within and across documents.
package actor

// Kind is the kind of an actor.
type Kind string

// Actor kinds.
const (
	Person       Kind = "person"
	Country      Kind = "country"
	Organization Kind = "organization"
	Place        Kind = "place"
)

// AgentPrefix begins the id of a country's generic agent ("agent:ISR:police"):
// a group, not one person or body with a name of its own.
const AgentPrefix = "agent:"

// Actor is one resolved identity.
type Actor struct {
	// ID is the canonical id, e.g. "person:kim-jong-un", "country:PRK";
	// a generic agent of a country (Phoenix's "police", "troops",
	// "rebels" after "Israeli" or "Israel's") is agent:ISO:name,
	// "agent:ISR:police", of kind organization, affiliated to the country.
	ID          string
	Name        string   // canonical display name
	Kind        Kind     //
	Aliases     []string // every other spelling seen or known, sorted
	Affiliation string   // id of the actor it belongs to (a minister's country), or ""
	Roles       []string // titles seen or known ("Foreign Minister"), sorted
	// Sector is, for an unaffiliated generic agent ("agent:-:gunmen"),
	// the Phoenix sector its name is listed under ("UAF": gunmen, armed
	// men and assailants are all unidentified armed forces); for an
	// organization, the first sector a mention gave it ("GOV", "MNC",
	// "COP" for a country's police); "" for other actors or when no
	// mention told one.
	Sector string
}

// Mention is one place in a text that refers to an actor.
type Mention struct {
	Start, End int    // byte offsets of the name in the text
	Text       string // text[Start:End]
	ActorID    string
	Kind       Kind
	// Location reports that the mention names a place where something
	// happens ("in Pyongyang") rather than an actor standing for a state
	// ("Pyongyang said").
	Location bool
	// Role and Affiliation are what this mention's title or apposition
	// says ("Russian Foreign Minister Sergey Lavrov": "Foreign Minister",
	// "country:RUS"); "" when it says nothing. When it says no
	// affiliation, Affiliation is the country of the role the Phoenix
	// dictionary gives the actor at the document's date (see
	// [Resolver.DocumentOn]), or a generic agent's country.
	Role        string
	Affiliation string
	// Sector is the part of its state or society the actor belonged to at
	// the document's date by the Phoenix dictionary ("GOV", "MIL", "REB",
	// "COP" for police), or the sector of a generic agent; "" when
	// unknown.
	Sector string
}
