package event

import "testing"

// TestTitleParticipleSubject checks that a present participle with no
// subject of its own takes the subject a headline needs from its tree:
// the noun it modifies ("with exports to Asia jumping 30 percent" →
// "Exports jump 30 percent"), the people right before it ("rules for
// Russians visiting Finland" → "Russians visit Finland"), and, for a gerund
// clause "by", "after" or "while" opens, its main clause's subject
// ("Portugal won the cup by defeating Greece" → "Portugal defeats
// Greece"), never the type's noun ("Sport result with Greece"). An event
// noun the parse reads as a participle ("the Amar killing") is no clause.
func TestTitleParticipleSubject(t *testing.T) {
	checkHeadlines(t, []headlineCase{
		{"The carmaker sold 500,000 cars in 1998, with exports to Asia jumping 30 percent.", "jumping", "Exports jump 30 percent"},
		{"Portugal lived up to their billing by defeating Greece 3-1 in the final on Sunday.", "defeating", "Portugal defeats Greece"},
		{"The minister eased travel restrictions for Russians visiting Finland before holding talks in April.", "visiting", "Russians visit Finland"},
	})
}
