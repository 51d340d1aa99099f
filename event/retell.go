package event

import "strings"

// Retellings. A story may tell an act with its date early ("The
// constitution was signed November 9") and tell it again later, undated,
// with more of its parties ("the president at last relented, signing the
// new charter"). The later telling is no news of the publication day: it
// takes the date of the first when both are the same act, which the
// parse shows by
//
//   - the same type, one of retellTypes, and the same verb (its lemma in
//     the parse);
//   - what the act is done to (its object, or its passive subject) headed
//     by the same noun, which the retelling makes definite ("the new
//     constitution", "this treaty", "its budget": definiteDeterminers),
//     referring back.
//
// Only a verb told in the simple past retells, or a participle clause set
// off after one ("relented, signing the new charter"); a perfect or a
// present tells something else ("has signed a new constitution" reaches
// to now).

// retellTypes are the types of acts done once to what they are done to,
// whose retelling the object's noun alone shows: a constitution, a law or
// an accord is signed or adopted once. Another village stormed, another
// government accused or another record set is as often another act.
var retellTypes = wordList("retell_types")

// actKey returns the key of the act t tells (type, the parse's lemma of
// its verb, head lemma of its patient) and whether that patient is definite; "" when t is no
// verb or the parse gives it no noun patient.
func (s *sent) actKey(t *trigger, m *Mention) (key string, definite bool) {
	if t.noun || s.tree() == nil {
		return "", false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return "", false
	}
	for _, o := range s.patients(n) {
		w := s.tr.w(o)
		if w.UPOS != "NOUN" {
			continue
		}
		for _, k := range s.tr.kids(o, is("det", "nmod:poss")) {
			definite = definite || definiteDeterminers[strings.ToLower(s.tr.w(k).Form)]
		}
		return string(m.Type) + "/" + strings.ToLower(s.tr.w(n).Lemma) + "/" + strings.ToLower(w.Lemma), definite
	}
	return "", false
}

// retell dates each undated simple-past verb mention of the sentence that
// retells an act told before with a date (see above), and records the
// acts its dated mentions tell for the sentences after. ts and ms are the
// kept triggers and their mentions, in one order.
func (s *sent) retell(ts []*trigger, ms []Mention) {
	for k, t := range ts {
		m := &ms[k]
		if t.noun || m.Background || !retellTypes[string(m.Type)] || (m.Factuality != Asserted && m.Factuality != Reported) {
			continue
		}
		key, definite := s.actKey(t, m)
		if key == "" {
			continue
		}
		if m.Time != nil {
			s.d.mem.noteAct(key, m.Time)
			continue
		}
		if x := s.d.mem.actTime(key); x != nil && definite && (s.simplePast(t) || s.pastParticiple(t)) {
			y := *x
			y.Relative = true
			m.Time, m.Basis = &y, Relative
		}
	}
}

// pastParticiple reports whether the verb trigger t heads, in the parse, a
// participle clause set off after a verb in the simple past (VBD): "gave
// in, signing the new constitution". It is false without a parse.
func (s *sent) pastParticiple(t *trigger) bool {
	if t.end-t.start != 1 || !s.gerundClause(t.start) {
		return false
	}
	n, ok := s.treeNode(t.start)
	if !ok {
		return false
	}
	h, ok := s.tr.head(n)
	return ok && s.tr.w(h).XPOS == "VBD"
}
