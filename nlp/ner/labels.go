package ner

// The model labels tokens with BILOU classes: class 0 is "O", and type t
// (index in Types) has classes 1+4t+part, part one of these.
const (
	partB = iota // first word of a name of several
	partI        // inner word
	partL        // last word
	partU        // the single word of a one-word name
	nParts
)

// numClasses is the number of BILOU classes.
var numClasses = 1 + nParts*len(Types)

// classNames returns the names of the BILOU classes ("O", "B-PER", ...).
func classNames() []string {
	out := []string{"O"}
	for _, t := range Types {
		for _, p := range []string{"B", "I", "L", "U"} {
			out = append(out, p+"-"+t)
		}
	}
	return out
}

// partOf returns the part of class c and its type index (-1 for "O").
func partOf(c int) (part, typ int) {
	if c == 0 {
		return -1, -1
	}
	return (c - 1) % nParts, (c - 1) / nParts
}

// classOf returns the class of part p of type t.
func classOf(p, t int) int { return 1 + nParts*t + p }

// allowed reports whether class c may follow class prev (-1 at the start)
// at position i of n tokens: a name opened by B or I must go on with I or
// L of its type, nothing else may, and the last token closes every name.
func allowed(prev, c, i, n int) bool {
	pp, pt := partOf(max(prev, 0))
	if prev < 0 {
		pp = -1
	}
	cp, ct := partOf(c)
	open := pp == partB || pp == partI
	if open {
		if ct != pt || (cp != partI && cp != partL) {
			return false
		}
	} else if cp == partI || cp == partL {
		return false
	}
	if i == n-1 && (cp == partB || cp == partI) {
		return false
	}
	return true
}

// toBILOU converts IOB2 labels to classes; unknown types become "O".
func toBILOU(labels []string) []int {
	out := make([]int, len(labels))
	for _, sp := range Spans(labels) {
		t := typeIndex(sp.Type)
		if t < 0 {
			continue
		}
		if sp.Last-sp.First == 1 {
			out[sp.First] = classOf(partU, t)
			continue
		}
		out[sp.First] = classOf(partB, t)
		for i := sp.First + 1; i < sp.Last-1; i++ {
			out[i] = classOf(partI, t)
		}
		out[sp.Last-1] = classOf(partL, t)
	}
	return out
}

// toIOB2 converts classes to IOB2 labels.
func toIOB2(classes []int) []string {
	out := make([]string, len(classes))
	for i, c := range classes {
		p, t := partOf(c)
		switch {
		case t < 0:
			out[i] = "O"
		case p == partB || p == partU:
			out[i] = "B-" + Types[t]
		default:
			out[i] = "I-" + Types[t]
		}
	}
	return out
}
