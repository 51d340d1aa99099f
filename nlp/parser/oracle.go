package parser

// costs fills cost (one entry per class) with the number of gold arcs
// each valid transition makes unreachable: the dynamic oracle of Goldberg
// & Nivre (2012) for the arc-eager system, with one more for an arc whose
// relation group is wrong (the relation itself is learned apart, on the
// arcs that are right). goldHead and goldGroup are indexed by word (entry
// 0 unused); the tree must be projective. Invalid classes get -1.
func (st *state) costs(goldHead []int32, goldGroup []int8, cost *[numClasses]int) {
	s, b := st.s0(), st.b
	var base [4]int
	// Shift: b can no longer take a head from the stack, nor give one to
	// a headless word on it.
	for _, k := range st.stack {
		if goldHead[b] == k && (k != 0 || !st.rootTaken) {
			base[shift]++
		}
		if k != 0 && st.head[k] == none && goldHead[k] == b {
			base[shift]++
		}
	}
	// Reduce: s can no longer give a head to any buffer word.
	for k := b; int(k) <= st.n; k++ {
		if goldHead[k] == s {
			base[reduce]++
		}
	}
	// Left arc: s loses a head further in the buffer and its dependents
	// in the buffer.
	if s != 0 {
		if gh := goldHead[s]; gh > b {
			base[leftArc]++
		}
		base[leftArc] += base[reduce]
	}
	// Right arc: b loses a head elsewhere in the stack or later in the
	// buffer, and its headless dependents in the stack.
	if gh := goldHead[b]; gh != s && (gh > b || gh != 0 && st.onStack(gh) || gh == 0 && !st.rootTaken) {
		base[rightArc]++
	}
	// A wrong root dependent takes the root from the gold one, if that
	// one could still have it (it is later in the buffer).
	if s == 0 && goldHead[b] != 0 {
		for k := b + 1; int(k) <= st.n; k++ {
			if goldHead[k] == 0 {
				base[rightArc]++
			}
		}
	}
	for _, k := range st.stack {
		if k != 0 && st.head[k] == none && goldHead[k] == b {
			base[rightArc]++
		}
	}
	for c := range cost {
		kind, g := kindOf(c)
		if !st.validClass(kind, g) {
			cost[c] = -1
			continue
		}
		cost[c] = base[kind]
		switch {
		case kind == leftArc && goldHead[s] == b && int(goldGroup[s]) != g:
			cost[c]++
		case kind == rightArc && goldHead[b] == s && int(goldGroup[b]) != g:
			cost[c]++
		}
	}
}

// onStack reports whether word k is on the stack.
func (st *state) onStack(k int32) bool {
	for _, x := range st.stack {
		if x == k {
			return true
		}
	}
	return false
}
