package event

import (
	"slices"
	"strings"
)

// meetintent.go: a statement that its speaker, or anyone, will meet,
// visit or hold talks ("the envoy said he will meet his counterpart in
// Beijing", "the ministry said the minister would visit Kabul for talks")
// announces a meeting: CAMEO's express intent to meet or negotiate (036),
// no plain statement (010). The meeting itself is planned (factuality.go).

var (
	// heldMeetings are the meeting intents that tell one only with a
	// meeting for their object, a word of meetingNouns ("will hold talks",
	// "will resume negotiations"; data/words.yaml).
	heldMeetings = wordList("held_meetings")
	// meetingNouns are the nouns of meetings and negotiations
	// (data/words.yaml).
	meetingNouns = wordList("meeting_nouns")
)

// meetingIntended reports whether the reporting verb at token r reports,
// in the parse, a clause (its ccomp) whose verb is one of meeting or
// negotiation (meetingIntents: "meet", "visit", "hold" talks, with a
// meeting for the object of "hold" or "resume": heldMeetings) with a
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
		if tr.lemmaIn(c, heldMeetings) && !slices.ContainsFunc(tr.kids(c, is("obj")), tr.meetingObject) {
			continue // "will hold a game", "will resume production": no meeting
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

// meetingObject reports whether the object o is a meeting (meetingNouns),
// or a bridge noun whose "of" phrase is one ("a second round of talks":
// modality.yaml bridge).
func (d *tree) meetingObject(o node) bool {
	if d.lemmaIn(o, meetingNouns) {
		return true
	}
	return d.lemmaIn(o, theModality.bridge) && slices.ContainsFunc(d.kids(o, is("nmod")), func(k node) bool { return d.lemmaIn(k, meetingNouns) })
}
