package parser

// labelFeatures appends the feature keys the label model reads for the arc
// h → d about to be made from configuration st: the words, tags and
// suffixes of both ends and their pairs, the distance between them, the
// dependents each end already has (their label sets, d's outermost
// children), h's own head and relation, and the tags beside d. Every key
// is conjoined with the direction of the arc, as the joint left-arc and
// right-arc classes of a labelled transition system would be.
func labelFeatures(st *state, w *words, labels []uint64, h, d int32, f []uint64) []uint64 {
	dir := 0
	if d > h {
		dir = 1
	}
	t := func(n int) int { return 2*n + dir }
	get := func(a []int32, i int32) int32 {
		if i == none {
			return none
		}
		return a[i]
	}
	hw, hp, hu := w.form[at(h)], w.tag[at(h)], w.upos[at(h)]
	dw, dp, du, ds := w.form[at(d)], w.tag[at(d)], w.upos[at(d)], w.suffix[at(d)]
	dist := small(min(int(max(h-d, d-h)), maxDistance))
	before, after := noneValue, noneValue
	if d > 1 {
		before = w.tag[at(d-1)]
	}
	if int(d) < st.n {
		after = w.tag[at(d+1)]
	}
	hh := get(st.head, h)
	hl := noLabel
	if hh != none {
		hl = labels[st.label[h]]
	}
	return append(f,
		k1(t(1), hw), k1(t(2), hp), k1(t(3), hu),
		k1(t(4), dw), k1(t(5), dp), k1(t(6), du),
		k2(t(7), hp, dp), k2(t(8), hw, dp), k2(t(9), hp, dw), k2(t(10), hw, dw), k2(t(11), hu, du),
		k1(t(12), ds), k2(t(13), hp, ds),
		k2(t(14), dp, dist), k3(t(15), hp, dp, dist),
		k2(t(16), dp, fmix(st.lset[d]^1)), k2(t(17), dp, fmix(st.rset[d]^2)),
		k2(t(18), hp, fmix(st.lset[h]^1)), k2(t(19), hp, fmix(st.rset[h]^2)),
		k2(t(20), dp, w.tag[at(get(st.lc1, d))]), k2(t(21), dp, w.tag[at(get(st.rc1, d))]),
		k3(t(22), hp, w.tag[at(hh)], hl),
		k2(t(23), dp, before), k2(t(24), dp, after), k3(t(25), hp, dp, after),
		k2(t(27), dw, dp), k2(t(28), hw, hp),
		k2(t(29), dp, w.form[at(get(st.lc1, d))]), k2(t(30), hp, w.form[at(get(st.lc1, d))]),
		k3(t(31), hp, du, w.form[at(get(st.lc1, d))]),
		k2(t(32), du, fmix(st.lset[h]^1)), k2(t(33), du, fmix(st.rset[h]^2)),
		k2(t(34), dw, w.form[at(get(st.rc1, d))]), k3(t(35), hu, du, before),
		k1(t(26), 0),
	)
}
