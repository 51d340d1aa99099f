package event

import (
	"slices"
	"strings"
)

// resolutionact.go: a resolution or declaration a body passes or adopts is
// its statement (data/triggers.yaml), unless the resolution's own clause
// tells what it does: "the Security Council passed a resolution slapping
// new sanctions on the North" is the sanctions, one event, told by their
// trigger, not a statement beside it.

// resolutionActs drops from the sentence's triggers a statement verb whose
// entry needs its patient (the resolution adopted or passed: needs and
// patient_needs in data/triggers.yaml) when a participle or relative
// clause of that patient in the parse, or an object or a bare participle
// clause the parse hangs on the verb after it (the participle misread as
// an adjective of the next noun, or as the verb's adverbial), is another
// trigger or a light verb with one for its object, of an act, not words
// (modality.yaml verbal_roots): the act the resolution does is the
// event. A resolution calling for a deployment or endorsing a call is the
// body's statement still.
func (s *sent) resolutionActs() {
	if len(s.triggers) < 2 || !slices.ContainsFunc(s.triggers, passesPatient) || s.tree() == nil {
		return // a sentence is parsed only when a rule needs it
	}
	tr := s.tr
	kept := s.triggers[:0:0]
	for _, t := range s.triggers {
		if !s.actingResolution(tr, t) {
			kept = append(kept, t)
		}
	}
	s.triggers = kept
}

// passesPatient reports whether t is a statement verb whose entry needs
// its patient: a resolution adopted or passed.
func passesPatient(t *trigger) bool {
	return !t.noun && t.e.Type == Statement && t.e.PatientNeeds && len(t.e.Needs) > 0
}

// actingResolution reports whether the statement trigger t passes or
// adopts a patient of its entry's needs whose participle or relative
// clause is another act's trigger (resolutionActs).
func (s *sent) actingResolution(tr *tree, t *trigger) bool {
	if !passesPatient(t) {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	patients := tr.kids(n, is("obj", "nsubj:pass"))
	for _, p := range patients {
		if !slices.ContainsFunc(tr.lemmas(p), func(l string) bool { return slices.Contains(t.e.Needs, l) }) {
			continue
		}
		clauses := tr.kids(p, is("acl", "acl:relcl"))
		for _, q := range patients {
			if q > p {
				clauses = append(clauses, q) // "a resolution imposing sanctions" misread as two objects
			}
		}
		for _, q := range tr.kids(n, is("advcl")) {
			if q > p && tr.markWord(q) == "" && strings.HasSuffix(strings.ToLower(tr.w(q).Form), "ing") {
				clauses = append(clauses, q) // "a resolution slapping sanctions" hung on the verb
			}
		}
		for _, c := range clauses {
			for _, o := range s.triggers {
				if o == t || theModality.verbalRoots[o.e.Type.CAMEO()[:min(2, len(o.e.Type.CAMEO()))]] {
					continue // "a resolution endorsing the envoy's call": words, the resolution's statement
				}
				on, ok := s.triggerNode(o)
				if !ok {
					continue
				}
				h, _ := tr.head(on)
				if on == c || h == c && tr.rel(on) == "obj" && tr.lemmaIn(c, s.d.lx.light) {
					return true // "passed a resolution slapping new sanctions on the North"
				}
			}
		}
	}
	return false
}
