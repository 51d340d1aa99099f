package event

// direction.go: which way a market movement goes, read on its trigger
// and the words its clause hangs on it (market_directions in
// data/triggers.yaml), so that the merge keeps apart a rise and a fall
// a roundup tells side by side ("the SET index was up 0.05 point" /
// "the blue-chip index closed 0.1 percent lower").

// Directions of a market movement (Mention.Direction).
const (
	// DirectionDown is a movement told as a fall ("fell", "shed", "closed
	// lower").
	DirectionDown = -1
	// DirectionUp is a movement told as a rise ("rose", "gained", "ended
	// higher").
	DirectionUp = 1
)

// directionRels are the relations of the words a neutral trigger
// ("closed", "ended", "traded") takes its direction from, and of the
// words below them: its adverbs, particles, open complements and
// obliques ("closed 0.1 percent lower", "ended up", "finished 23.8
// points up"); not a subordinate, coordinate or reported clause, which
// tells a movement of its own ("closed lower after rising early").
var directionRels = is("advmod", "compound:prt", "xcomp", "obl", "obl:npmod", "obl:tmod", "obj", "amod", "nmod:npmod")

// direction returns DirectionUp or DirectionDown for a market movement
// trigger t whose lexicon lemma, or the word of a lemma in its clause
// (directionRels, two levels down), is a rising or falling word of
// market_directions, or 0 when none is, or both are ("closed mixed",
// "fell, then rose"), and for a noun trigger.
func (s *sent) direction(t *trigger) int {
	if t.e.Type != MarketMovement {
		return 0
	}
	if t.noun {
		return 0 // a noun ("on falling inventories", "the rise") names a movement another clause may tell
	}
	lx := s.d.lx
	if d := lx.directionOf(t.lemma); d != 0 || s.tree() == nil {
		return d
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return 0
	}
	if s.tr.rel(n) == "cop" {
		if h, ok := s.tr.head(n); ok {
			n = h
		}
	}
	up, down := false, false
	look := func(k node) {
		for _, l := range s.tr.lemmas(k) {
			switch lx.directionOf(l) {
			case DirectionUp:
				up = true
			case DirectionDown:
				down = true
			}
		}
	}
	for _, k := range s.tr.kids(n, directionRels) {
		look(k)
		for _, g := range s.tr.kids(k, is("advmod", "amod", "compound:prt")) {
			look(g)
		}
	}
	switch {
	case up && !down:
		return DirectionUp
	case down && !up:
		return DirectionDown
	}
	return 0
}

// directionOf returns the direction market_directions gives lemma, or 0.
func (lx *lexicon) directionOf(lemma string) int {
	switch {
	case lx.rising[lemma]:
		return DirectionUp
	case lx.falling[lemma]:
		return DirectionDown
	}
	return 0
}
