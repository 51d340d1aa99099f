package event

// tornReport returns the first word of what the verb of saying at n
// reports when the parse reads the reported clause's subject as the
// verb's object and its verb as a clause of its own with no subject
// ("said the verdict of the jury might spark a new inquiry", "said
// measles so far has caused 12 deaths", read as "said the verdict" and
// "might spark"): the one common-noun object after the verb, no person
// (whom one tells: "told reporters") and no clause of its own in its
// phrase, followed right after that phrase
// (past adverbs, and past a modifier of it the parse hangs on the verb of
// saying: "said the rules on trade with Velda would come into force") by a finite verb or auxiliary whose verb has no subject
// and hangs on the verb of saying; else noNode.
func (h *head) tornReport(n node) node {
	d := h.s.tr
	objs := d.kids(n, is("obj"))
	if len(objs) != 1 {
		return noNode
	}
	c := objs[0]
	if c < n || d.w(c).UPOS != "NOUN" || h.s.personNode(c) || h.isTime(c) || len(d.kids(c, is("acl", "acl:relcl", "ccomp"))) > 0 {
		return noNode // (a clause of its own: "said the fact that ... was welcome")
	}
	k := d.runEnd(c) + 1
	for int(k) < len(d.words) && (d.w(k).UPOS == "ADV" || h.withinOblique(n, k) && d.w(k).UPOS != "PUNCT") {
		k++ // (the subject's own modifier the parse hangs on the verb of saying: "said the rules on trade with X would ...")
	}
	if int(k) >= len(d.words) || !reportVerbTags[d.w(k).XPOS] {
		return noNode
	}
	v := k
	if d.w(k).UPOS == "AUX" {
		hv, ok := d.head(k)
		if !ok || hv < k {
			return noNode
		}
		v = hv
	}
	if up, ok := d.head(v); !ok || up != n || len(d.kids(v, is("nsubj", "nsubj:pass", "expl"))) > 0 {
		return noNode
	}
	first := c
	for first > n+1 && d.within(first-1, c) {
		first--
	}
	return first
}

// reportVerbTags are the tags of a finite verb or auxiliary (tornReport).
var reportVerbTags = set("MD", "VBZ", "VBD", "VBP")
