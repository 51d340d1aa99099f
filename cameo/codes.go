package cameo

import "strings"

// Code is a CAMEO event code as the dictionary writes it: two to four
// digits whose first two are the root category ("010", "0311", "1721").
// The empty Code is the null code (PETRARCH's "---"): no event.
type Code string

// Null is the code PETRARCH writes for "no event"; Code("") is its value
// here.
const Null = "---"

// Quad is the quad class of a root category, the coarse grouping that
// CAMEO-based data sets (Phoenix, GDELT) publish besides the codes.
type Quad int

// The four quad classes.
const (
	VerbalCooperation   Quad = 1 // roots 01–05
	MaterialCooperation Quad = 2 // roots 06–08
	VerbalConflict      Quad = 3 // roots 09–13
	MaterialConflict    Quad = 4 // roots 14–20
)

// Root is one of the twenty root categories of the CAMEO codebook.
type Root struct {
	Code string // two digits, "01" … "20"
	Name string // the codebook's name, in sentence case
	Quad Quad
}

// roots are the CAMEO root categories (CAMEO codebook, Gerner, Schrodt,
// Yilmaz; version 1.1b3), in code order.
var roots = [...]Root{
	{"01", "Make public statement", VerbalCooperation},
	{"02", "Appeal", VerbalCooperation},
	{"03", "Express intent to cooperate", VerbalCooperation},
	{"04", "Consult", VerbalCooperation},
	{"05", "Engage in diplomatic cooperation", VerbalCooperation},
	{"06", "Engage in material cooperation", MaterialCooperation},
	{"07", "Provide aid", MaterialCooperation},
	{"08", "Yield", MaterialCooperation},
	{"09", "Investigate", VerbalConflict},
	{"10", "Demand", VerbalConflict},
	{"11", "Disapprove", VerbalConflict},
	{"12", "Reject", VerbalConflict},
	{"13", "Threaten", VerbalConflict},
	{"14", "Protest", MaterialConflict},
	{"15", "Exhibit force posture", MaterialConflict},
	{"16", "Reduce relations", MaterialConflict},
	{"17", "Coerce", MaterialConflict},
	{"18", "Assault", MaterialConflict},
	{"19", "Fight", MaterialConflict},
	{"20", "Use unconventional mass violence", MaterialConflict},
}

// Roots returns the twenty root categories in code order.
func Roots() []Root { return append([]Root(nil), roots[:]...) }

// Root returns the root category of c: its first two digits. It is false
// for the null code and for anything that is not two to four digits with
// a root from 01 to 20.
func (c Code) Root() (Root, bool) { return RootOf(string(c)) }

// RootOf returns the root category of a code written as text ("0311",
// "173"); see Code.Root.
func RootOf(code string) (Root, bool) {
	if !validDigits(code) {
		return Root{}, false
	}
	n := int(code[0]-'0')*10 + int(code[1]-'0')
	if n < 1 || n > len(roots) {
		return Root{}, false
	}
	return roots[n-1], true
}

// Valid reports whether c is the null code or a code with a known root.
func (c Code) Valid() bool {
	_, ok := c.Root()
	return c == "" || ok
}

// String returns the code, or "---" for the null code.
func (c Code) String() string {
	if c == "" {
		return Null
	}
	return string(c)
}

// parseCode reads a code as the data files write it ("---" or digits).
func parseCode(s string) (Code, bool) {
	if s == Null {
		return "", true
	}
	c := Code(s)
	_, ok := c.Root()
	return c, ok
}

// validDigits reports whether s is two to four ASCII digits.
func validDigits(s string) bool {
	return len(s) >= 2 && len(s) <= 4 && strings.Trim(s, "0123456789") == ""
}
