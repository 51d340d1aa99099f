package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// thingClasses are the WordNet classes of a noun that names a thing, a
// person or a place first, no happening: a type's happen phrase never
// follows it ("Bomb in Riyadh" is no "Bomb takes place", "troop
// casualties" none that are carried out).
var thingClasses = []wordnet.Class{wordnet.Artifact, wordnet.Person, wordnet.Animal, wordnet.Plant, wordnet.Body,
	wordnet.Food, wordnet.Object, wordnet.Substance, wordnet.Location, wordnet.Quantity, wordnet.Possession}

// happened returns the verb that says an agentless event told by its noun
// alone happened, inflected for the noun's number, with its leading
// space: " held" for a gathering's noun (data/headlines.yaml held_nouns),
// else the type's happen phrase, a passive by its participle alone ("be
// staged" → " staged"), an active one in the present ("take place" →
// " takes place", " take place" after a plural noun); "" when the type has
// none or the noun names a thing first (thingClasses).
func happened(typ Type, noun string, plural bool) string {
	hw := theHeadWords
	lw := strings.ToLower(noun)
	if hw.heldNouns[lw] {
		return " held"
	}
	phrase := hw.Types[typ].Happen
	if c, ok := wordnet.NounOfForm(lw); phrase == "" || ok && slices.Contains(thingClasses, c) || irregularParticiple(lw) {
		// (a noun spelt as a verb's irregular participle reads as one:
		// "officer shot" is no "shot takes place")
		return ""
	}
	if rest, ok := strings.CutPrefix(phrase, "be "); ok {
		return " " + rest
	}
	return " " + hw.present(phrase, plural)
}

// happenedAt is happened with the place where: a type whose event strikes
// its place (data/headlines.yaml strikes) takes it as its object
// ("Typhoon hits Mindanao", never "hits in Mindanao").
func happenedAt(typ Type, happen, where string) string {
	if name, ok := strings.CutPrefix(where, " in "); ok && theHeadWords.Types[typ].Strikes {
		return happen + " " + name
	}
	return happen + where
}

// irregularParticiple reports whether a lower-cased word is the past
// participle of a verb data/headlines.yaml participles spells ("shot",
// "held").
func irregularParticiple(w string) bool {
	for _, p := range theHeadWords.Participles {
		if p == w {
			return true
		}
	}
	return false
}

// strikesPlace reports whether title ends with the happen phrase of a
// type whose event strikes its place (data/headlines.yaml strikes): the
// place is its object ("Typhoon hits" + "Mindanao").
func strikesPlace(typ Type, title string) bool {
	tw := theHeadWords.Types[typ]
	if !tw.Strikes || tw.Happen == "" {
		return false
	}
	return strings.HasSuffix(title, " "+theHeadWords.present(tw.Happen, false)) || strings.HasSuffix(title, " "+theHeadWords.present(tw.Happen, true))
}

// struckBy returns how a headline names what the noun at n, an event that
// strikes its place (data/headlines.yaml strikes), struck when the text
// tells it in the passive with the noun as its "by" phrase ("northern
// Chile was hit by a moderate earthquake" → "northern Chile"; "a centre
// hit by an outbreak" → "centre"): the passive's subject, or the noun a
// participle so told describes; "" for a pronoun, a vague noun ("the
// province"), a count the phrase cuts ("million people"), a verb that is no verb of striking (strike_verbs: "people
// affected by floods") or any other construction. Its caller asks it
// only with no place of the sentence's own, which the disaster hits
// instead ("floods in Sumatra").
func (h *head) struckBy(n node) string {
	d := h.s.tr
	if !strings.HasPrefix(d.rel(n), "obl") || d.caseWord(n) != "by" {
		return ""
	}
	v, ok := d.head(n)
	if !ok || d.w(v).UPOS != "VERB" || d.w(v).XPOS != "VBN" || !theHeadWords.strikeVerbs[h.verbBase(v)] {
		return "" // a verb of striking (strike_verbs) only
	}
	target := noNode
	for _, c := range d.kids(v, is("nsubj:pass")) {
		target = c
	}
	if hd, ok := d.head(v); target == noNode && ok && d.rel(v) == "acl" && d.nominal(hd) {
		target = hd // "a quarantine centre hit by an outbreak"
	}
	if target == noNode || h.isTime(target) {
		return ""
	}
	text, _ := h.phrase(target, false)
	if first, _, _ := strings.Cut(text, " "); multipliers[first] > 0 {
		return "" // "nearly a million people" said "million people": a count without its number misstates it
	}
	return text
}

// nounPlace returns the place the trigger noun's own phrase names with
// one of place_preps (data/words.yaml) before a proper name ("a quake off
// Taiwan", "the referendum in Gibraltar"; never a time: "in October") as a title's place phrase with
// its preposition (" off Taiwan"), else "": a bare noun's headline says
// where it happened ("Quake hits off Taiwan", never "Quake hits") when
// the mention holds no place.
func (s *sent) nounPlace(t *trigger, m *Mention) string {
	if !t.noun || s.tree() == nil {
		return ""
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return ""
	}
	d := s.tr
	for _, k := range d.kids(n, is("nmod")) {
		cw := d.caseWord(k)
		if !placePreps[cw] || d.w(k).UPOS != "PROPN" || s.timeNode(k) {
			continue
		}
		h := &head{s: s, m: m, used: map[string]bool{}, event: n}
		if p := h.nounPhrase(k, 0); p != "" {
			return " " + cw + " " + p
		}
	}
	return ""
}
