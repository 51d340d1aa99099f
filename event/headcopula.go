package event

import "strings"

// copularMove returns the headline of a market movement told with "be"
// and a direction (the entries of data/triggers.yaml whose lemma begins
// with "be" and that give a title_verb): the subject's phrase, the title
// verb and the figure the predicate states ("the composite index was down
// 0.29 percent" → "Composite index falls 0.29 percent"; "Acme was
// limit-down" → "Acme hits limit-down"). The parse hangs the copula on the
// predicate, which holds the subject and the figure; "" when the trigger
// is no such copula or its subject gives no phrase.
func (h *head) copularMove(t *trigger, n node) string {
	d := h.s.tr
	if t.noun || len(t.e.words) < 2 || t.e.words[0] != "be" || t.e.TitleVerb == "" || d.rel(n) != "cop" {
		return ""
	}
	p, ok := d.head(n)
	if !ok {
		return ""
	}
	subj := d.kids(p, is("nsubj"))
	if len(subj) == 0 {
		return ""
	}
	text, plural := h.phrase(subj[0], true)
	if text == "" && len(h.agents) > 0 {
		text, plural = joinNames(h.agents), len(h.agents) > 1 // the subject names the agent the headline names
	}
	if text == "" {
		return ""
	}
	// a company's name is one ("Acme Motors rises"), a plural noun many
	// ("Bank shares rise")
	verb := theHeadWords.present(t.e.TitleVerb, plural && (d.w(subj[0]).UPOS == "NOUN" && !d.capitalizedNoun(subj[0]) || len(h.agents) > 1))
	if len(t.e.Needs) == 0 {
		// the day's limit reached: the direction is the figure ("limit-down")
		return capitalize(text + " " + verb + " " + strings.Join(t.e.words[1:], "-"))
	}
	if d.w(p).UPOS == "NOUN" && len(d.kids(p, is("nummod"))) > 0 {
		return capitalize(text + " " + verb + " " + h.nounPhrase(p, 0))
	}
	return capitalize(text + " " + verb)
}
