package wordnet

// Class is a lexicographer class of WordNet nouns: the file of the
// database its synset belongs to (noun.person, noun.group, …).
type Class uint8

// The noun classes of WordNet, numbered as its lexicographer files are
// (lexnames: 3 is noun.Tops … 28 is noun.time).
const (
	None Class = iota // not a noun WordNet knows
	Tops
	Act
	Animal
	Artifact
	Attribute
	Body
	Cognition
	Communication
	Event
	Feeling
	Food
	Group
	Location
	Motive
	Object
	Person
	Phenomenon
	Plant
	Possession
	Process
	Quantity
	Relation
	Shape
	State
	Substance
	Time
)

// firstLexFile is WordNet's lexicographer file number of noun.Tops, the
// first noun class; Class(n - firstLexFile + 1) is file n's class.
const firstLexFile = 3

// names are the classes' names without the "noun." of WordNet's lexnames.
var names = [...]string{"", "tops", "act", "animal", "artifact", "attribute", "body", "cognition",
	"communication", "event", "feeling", "food", "group", "location", "motive", "object", "person",
	"phenomenon", "plant", "possession", "process", "quantity", "relation", "shape", "state", "substance", "time"}

// String returns the class's name as the data file writes it ("person").
func (c Class) String() string {
	if int(c) < len(names) {
		return names[c]
	}
	return ""
}

// ClassOf returns the class a data file's name stands for, or None.
func ClassOf(name string) Class {
	for i, n := range names {
		if i > 0 && n == name {
			return Class(i)
		}
	}
	return None
}

// FromLexFile returns the class of WordNet's noun lexicographer file n
// (3 … 28), or None for any other number.
func FromLexFile(n int) Class {
	c := n - firstLexFile + 1
	if c < int(Tops) || c > int(Time) {
		return None
	}
	return Class(c)
}
