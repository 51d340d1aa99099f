package merge

import "github.com/chronograph-news/chronograph/event"

// compatRows lists the event types that may describe one happening. A type
// in no row is compatible only with itself. Within a row, earlier types are
// preferred for the merged event when sources are evenly split.
//
// A visit and the meeting or negotiation held during it are one
// happening when their participants and dates agree; so are an attack, the
// killings it caused and the assault the CAMEO dictionary may code it as
// (root 18), and an invasion and the capture of territory.
var compatRows = [][]event.Type{
	{event.Meeting, event.Visit, event.Negotiation},
	{event.Attack, event.Killing, event.Assault},
	{event.Invasion, event.Capture},
}

// symmetric lists the types whose agent and counterpart may swap: "A met
// B" and "B met A" are the same meeting.
var symmetric = map[event.Type]bool{
	event.Meeting:     true,
	event.PhoneCall:   true,
	event.Negotiation: true,
	event.Agreement:   true,
}

// typeRank returns the row of t and its position in it, or (-1, 0) when t
// is in no row.
func typeRank(t event.Type) (row, pos int) {
	for r, types := range compatRows {
		for p, u := range types {
			if u == t {
				return r, p
			}
		}
	}
	return -1, 0
}

// Compatible reports whether mentions of types a and b may describe the
// same happening.
func Compatible(a, b event.Type) bool {
	if a == b {
		return true
	}
	ra, _ := typeRank(a)
	rb, _ := typeRank(b)
	return ra >= 0 && ra == rb
}

// Symmetric reports whether t's agent and counterpart may swap.
func Symmetric(t event.Type) bool { return symmetric[t] }
