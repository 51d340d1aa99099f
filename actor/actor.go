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

// Actor is one resolved identity.
type Actor struct {
	ID          string   // canonical id, e.g. "person:kim-jong-un", "country:PRK"
	Name        string   // canonical display name
	Kind        Kind     //
	Aliases     []string // every other spelling seen or known, sorted
	Affiliation string   // id of the actor it belongs to (a minister's country), or ""
	Roles       []string // titles seen or known ("Foreign Minister"), sorted
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
	// "country:RUS"); "" when it says nothing.
	Role        string
	Affiliation string
}
