package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// lifelessdoer.go: some verbs are events only when someone acts. The
// lexicon's "threaten" is a threat (CAMEO 13) only when someone threatens:
// a storm, a fire, a danger or an attack that "threatens" homes,
// development or the region endangers them ("a wildfire burned 300 acres,
// threatening homes", "the typhoon is threatening to bring rains", "an
// attack which threatened to deepen the crisis"). And "arrive" is a visit
// only when someone arrives: a medal, an order of goods or a goal that
// "arrived" is none. Such a verb is no event (the storm or the fire is one
// of its own). A force ("reinforcements", "the warships": arriving_forces)
// acts: its arrival is a deployment (traveller).

// doerTypes are the types of verb whose event needs someone doing it:
// a threat, and a visit ("the bronze medal arrived in Bogota", "an order
// of bottled water arrived": a thing sent is no visit).
var doerTypes = map[Type]bool{Threaten: true, Visit: true}

// lifelessDoer reports whether the verb trigger t of a threat or a
// visit (doerTypes) has a thing for its doer (eventDoer): a common noun naming no actor, party,
// person, office, group or body (thingNode, bodyNoun, personNode), nor
// one a name qualifies ("the EU's presidency": phraseActors), that
// WordNet knows and whose first sense is no person, group or animal
// (lifelessWord: not a misspelt "goverment"), nor an arriving force, by
// itself or as the "of" noun of a quantity (arrivingForce), or a name after an event
// noun ("tropical storm Durian").
func (s *sent) lifelessDoer(t *trigger) bool {
	if t.noun || !doerTypes[t.e.Type] || s.tree() == nil {
		return false
	}
	n, ok := s.triggerNode(t)
	if !ok {
		return false
	}
	tr := s.tr
	d, ok := s.eventDoer(n)
	if !ok {
		return false
	}
	if tr.w(d).UPOS == "PROPN" {
		return s.eventCompound(d) // "tropical storm Durian"
	}
	if s.arrivingForce(s.quantified(d)) {
		return false // "reinforcements arrived", "dozens of warships": a deployment (traveller)
	}
	lw := strings.ToLower(tr.w(d).Form)
	return s.thingNode(d) && !bodyNoun(lw) && lifelessWord(lw) && !s.personNode(d) && len(s.phraseActors(d, true)) == 0
}

// lifelessWord reports whether WordNet knows the lower-case noun w and
// its first sense is no person, group, animal or quantity ("storm",
// "danger", "attack"; not "union", "company", "rebel", nor "hundreds" of
// troops).
func lifelessWord(w string) bool {
	c, ok := wordnet.NounOfForm(w)
	return ok && c != wordnet.None && c != wordnet.Person && c != wordnet.Group && c != wordnet.Animal && c != wordnet.Quantity
}

// eventDoer returns who or what threatens (or arrives) at the verb n: its subject;
// for a relative pronoun subject, the noun the relative clause describes
// ("an attack which threatened"); for a present participle with no
// subject of its own, the noun right before it that it describes ("a fire
// threatening homes")
// or the subject of the clause it hangs on ("the fire burned on,
// threatening homes"). None for a passive ("creches threatened with
// banishment": the threatened).
func (s *sent) eventDoer(n node) (node, bool) {
	tr := s.tr
	if len(tr.kids(n, is("nsubj:pass", "aux:pass"))) > 0 {
		return noNode, false
	}
	if k := tr.kids(n, is("nsubj")); len(k) > 0 {
		if tr.rel(n) == "acl:relcl" && tr.w(k[0]).UPOS == "PRON" {
			if w := strings.ToLower(tr.w(k[0]).Form); w == "who" || w == "whom" {
				return noNode, false // "the majority who threatened": people
			}
			return tr.head(n) // "an attack which threatened"
		}
		return k[0], true
	}
	if tr.w(n).XPOS != "VBG" {
		return noNode, false
	}
	h, ok := tr.head(n)
	if !ok {
		return noNode, false
	}
	switch tr.rel(n) {
	case "acl":
		if h == n-1 || h == n-2 && tr.w(n-1).Form == "," {
			return h, true // "a fire threatening homes"
		}
		// a noun further back may be the parse's misreading of the one
		// right before ("restrictions for Russians visiting Finland")
	case "advcl", "conj":
		if k := tr.kids(h, is("nsubj")); len(k) > 0 {
			return k[0], true // "the fire burned on, threatening homes"
		}
	}
	return noNode, false
}
