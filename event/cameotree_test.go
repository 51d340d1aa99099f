package event

import "testing"

// TestTreeClause checks that the CAMEO dictionary reads a verb's own
// dependents in the parse (treeClause), not the words of another clause
// after it, and the clause's parts.
func TestTreeClause(t *testing.T) {
	in := parsed(t, "President Putin has ordered all the security services to catch whoever is responsible for this attack.")
	for _, m := range Extract(in) {
		if m.Trigger == "ordered" && m.Type == Attack {
			t.Errorf("ordered: typed %s by a pattern word of another clause", m.Type)
		}
	}
	for _, c := range []struct {
		text, verb       string
		subj, obj, preps string
	}{
		{"Russia called on China to release the prisoners.", "called", "russia", "", "on china"},
		{"The rebels rejected calls for a ceasefire on Monday.", "rejected", "rebel", "call", "for ceasefire"},
		{"The minister called for Damascus to act.", "called", "minister", "", "for damascus"},
	} {
		s := firstSent(t, c.text)
		i := tokenOf(t, s, c.verb)
		cl, ok := s.treeClause(i, s.cameoLemma(i))
		if !ok {
			t.Errorf("%q: no tree clause", c.text)
			continue
		}
		preps := ""
		for _, p := range cl.Preps {
			if preps != "" {
				preps += " "
			}
			preps += p.Case.Lemma + " " + p.Object.Head.Lemma
		}
		if cl.Subject.Head.Lemma != c.subj || cl.Object.Head.Lemma != c.obj || preps != c.preps {
			t.Errorf("%q: subject %q object %q preps %q; want %q %q %q", c.text, cl.Subject.Head.Lemma, cl.Object.Head.Lemma, preps, c.subj, c.obj, c.preps)
		}
		if _, ok := cameoDict().Match(cl); !ok {
			t.Errorf("%q: %+v matches nothing", c.text, cl)
		}
	}
}
