package event

import "strings"

// meetintent.go: a statement that its speaker, or anyone, will meet,
// visit or hold talks ("the envoy said he will meet his counterpart in
// Beijing", "the ministry said the minister would visit Kabul for talks")
// announces a meeting: CAMEO's express intent to meet or negotiate (036),
// no plain statement (010). The meeting itself is planned (factuality.go).

// meetingIntended reports whether the reporting verb at token r reports,
// in the parse, a clause (its ccomp) whose verb is one of meeting or
// negotiation (meetingIntents: "meet", "visit", "hold" talks) with a
// modal of the future (modality.yaml: "will", "would", "shall") and no
// negation ("said he will not meet" announces none).
func (s *sent) meetingIntended(r int) bool {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	for _, c := range tr.kids(n, is("ccomp")) {
		if !tr.lemmaIn(c, meetingIntents) {
			continue
		}
		future := false
		for _, a := range tr.kids(c, is("aux", "advmod")) {
			l := strings.ToLower(tr.w(a).Form)
			switch {
			case negations[l]:
				return false
			case theModality.modals[l] == Planned:
				future = true
			}
		}
		if future {
			return true
		}
	}
	return false
}
