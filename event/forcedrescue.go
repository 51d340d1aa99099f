package event

// rescueAssaults are the nouns and verbs of an assault that make a freeing
// of captives a rescue (data/words.yaml rescue_assaults).
var rescueAssaults = wordList("rescue_assaults")

// rescueCode is the CAMEO code of people rescued: humanitarian aid.
const rescueCode = "073"

// forcedRescue retypes a release that an assault does: captives freed by
// force are rescued (aid, 073), not released by their captors (0841). The
// assault is the freeing verb's subject ("the raid freed 40 hostages",
// "the attack that freed the captives") or the verb of a when-clause of it
// ("were freed when troops stormed the embassy").
func (s *sent) forcedRescue(t *trigger, m *Mention) {
	if m.Type != Release || t.noun {
		return
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return
	}
	d := s.tr
	assault := false
	for _, k := range d.kids(n, is("nsubj", "advcl")) {
		switch {
		case d.rel(k) == "advcl" && d.markWord(k) != "when" && !d.hasDepWord(k, is("advmod"), func(form, _ string) bool { return form == "when" }):
		case d.lemmaIn(k, rescueAssaults):
			assault = true
		case d.rel(k) == "nsubj" && d.w(k).UPOS == "PRON" && baseRel(d.rel(n)) == "acl":
			if h, ok := d.head(n); ok && d.lemmaIn(h, rescueAssaults) {
				assault = true // "the attack that freed them"
			}
		}
	}
	if !assault {
		return
	}
	e := *t.e
	e.Type = Aid
	t.e, t.code = &e, rescueCode
	m.Type, m.CAMEO = Aid, rescueCode
}
