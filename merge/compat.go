package merge

import "github.com/chronograph-news/chronograph/event"

// symmetric lists the types whose agent and counterpart may swap: "A met
// B" and "B met A" are the same meeting.
var symmetric = map[event.Type]bool{
	event.Meeting:     true,
	event.PhoneCall:   true,
	event.Negotiation: true,
	event.Agreement:   true,
}

// crossed lists the asymmetric types whose agent in one mention may be
// the counterpart in another for rule 3's overlap, though their instances
// are told apart as an asymmetric type's (rule 6): "X was elected" (the
// winner is the agent) and "the committee elected X" (the body acts, the
// one elected is its counterpart) are the same election.
var crossed = map[event.Type]bool{
	event.Election: true,
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
