package parser

// Projectivize turns heads (1-based, 0 for the root; heads[i] is the head
// of word i+1) into a projective tree by lifting: while some arc crosses
// another, the shortest such arc is moved to its head's head. Labels are
// kept. It returns the number of arcs lifted. Heads must form a tree.
func Projectivize(heads []int) int {
	lifted := 0
	for {
		d := shortestNonProjective(heads)
		if d < 0 {
			return lifted
		}
		heads[d-1] = heads[heads[d-1]-1]
		lifted++
	}
}

// shortestNonProjective returns the dependent (1-based) of the shortest
// non-projective arc, or -1. An arc h→d is non-projective when some word
// strictly between h and d is not dominated by h.
func shortestNonProjective(heads []int) int {
	best, bestLen := -1, 0
	for d := 1; d <= len(heads); d++ {
		h := heads[d-1]
		if h <= 0 {
			continue
		}
		lo, hi := min(h, d), max(h, d)
		if best >= 0 && hi-lo >= bestLen {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !dominates(heads, h, k) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

// dominates reports whether h is an ancestor of k.
func dominates(heads []int, h, k int) bool {
	for steps := 0; k > 0 && steps <= len(heads); steps++ {
		k = heads[k-1]
		if k == h {
			return true
		}
	}
	return false
}

// IsProjective reports whether heads (as in Projectivize) has no crossing arcs.
func IsProjective(heads []int) bool { return shortestNonProjective(heads) < 0 }
