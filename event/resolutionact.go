package event

import "slices"

// A resolution that carries its act. A body adopting a resolution is its
// statement (data/triggers.yaml: "adopted a resolution on Monday"), but a
// resolution told by what it does ("passed a resolution imposing
// sanctions on the regime", "adopted a resolution condemning the raid")
// is that act, which the sentence tells as an event of its own: the
// sanction, the condemnation. The adoption is then no second event
// beside it (it would be the same happening told twice), and its
// trigger gives way (carriedAct).

// carriedAct reports whether the verb trigger v, a statement adopting a
// document (its entry needs the document noun as its patient), has that
// document carry another trigger of the sentence, not itself a
// statement: an -ing participle
// with no subject of its own hung on the document noun or on v (the
// parse does both) is a trigger, or the light verb of a noun trigger
// ("imposing sanctions"; not "condemning the raid", whose raid is the
// condemnation's object, not the act carried). It is
// false without a parse.
func (s *sent) carriedAct(v *trigger) bool {
	if v.noun || v.e.Type != Statement || !v.e.PatientNeeds || s.tree() == nil {
		return false
	}
	tr := s.tr
	vn, ok := s.triggerNode(v)
	if !ok {
		return false
	}
	var docs []node // the adopted document: v's object
	for _, o := range tr.kids(vn, is("obj")) {
		docs = append(docs, o)
	}
	if len(docs) == 0 {
		return false
	}
	var parts []node
	for _, h := range append([]node{vn}, docs...) {
		for _, k := range tr.kids(h, is("acl", "advcl", "xcomp")) {
			if bareParticiple(tr, k) && k > docs[0] {
				parts = append(parts, k)
			}
		}
	}
	for _, o := range s.triggers {
		if o == v || o.e.Type == Statement {
			continue // a statement carried ("a declaration pledging action") says no more than the adoption
		}
		on, ok := s.triggerNode(o)
		if !ok {
			continue
		}
		if slices.Contains(parts, on) {
			return true // "adopted a resolution condemning the raid"
		}
		if a, ok := s.treeNode(o.anchor); ok && o.noun && o.anchor >= 0 && slices.Contains(parts, a) {
			return true // "passed a resolution imposing sanctions": the light verb's noun
		}
	}
	return false
}
