package event

import (
	"slices"
	"strings"
)

// instrument.go: what a market movement moves, read on its subject's
// phrase (market_instruments in data/triggers.yaml), so that the merge
// keeps apart the movements of different things a roundup tells side by
// side ("the index rose", "the dollar firmed", "Acme fell 40 cents",
// "volume rose").

// Kinds of instrument key besides the classes of market_instruments.
const (
	// namedShare prefixes the key of a movement whose subject is a name
	// that names no class: a company's shares ("Acme Motor closed
	// unchanged").
	namedShare = "share:"
	// measureKey prefixes the key of a movement whose subject's head is an
	// economic measure no class names ("sales rose 4 percent").
	measureKey = "measure:"
)

// instrument returns the key of what the market movement trigger t moves,
// or "" when its subject tells none (no subject, a pronoun, a word no list
// knows): a class of market_instruments ("stocks", "currency", "oil"),
// namedShare and the name's words for a company's shares, measureKey and
// the lemma for another economic measure. The subject's head noun names
// the class, or the measure it is (economic_measures: "market making
// revenues"), else, when it is generic (instrument_generic: "prices", "the
// market", "rates"), the first of its compounds, adjectives, possessor or
// "of" noun or apposition that names one ("share prices", "oil prices",
// "crude futures", "the benchmark DAX index"), else none: a bare generic
// head is the market its story tells ("the market opened at 504 dollars"
// in a report on gold). A name of a country or a place that acts (an agent in
// parts) is the market trading there, not a share.
func (s *sent) instrument(t *trigger, parts []Participant) string {
	if t.noun || t.e.Type != MarketMovement {
		return ""
	}
	subj := s.triggerSubjects(t)
	if len(subj) == 0 {
		return ""
	}
	d, lx := s.tr, s.d.lx
	c := subj[0]
	if d.w(c).UPOS == "PRON" {
		return ""
	}
	class := func(n node) string {
		for _, l := range d.lemmas(n) {
			if k := lx.instruments[l]; k != "" {
				return k
			}
		}
		return ""
	}
	own, generic := class(c), d.lemmaIn(c, lx.instrumentGeneric)
	if own != "" && !generic {
		return own
	}
	if !generic && d.w(c).UPOS == "NOUN" && d.lemmaIn(c, lx.measures) {
		return measureKey + d.lemmas(c)[0]
	}
	for _, k := range d.kids(c, is("compound", "amod", "nmod", "nmod:poss", "flat", "appos")) {
		if k := class(k); k != "" {
			return k
		}
	}
	switch {
	case generic:
		return "" // "the market", "prices": the one the story tells
	case own != "":
		return own
	case d.w(c).UPOS == "PROPN" || d.capitalizedNoun(c):
		if slices.ContainsFunc(parts, func(p Participant) bool {
			return p.Role == Agent && (strings.HasPrefix(p.ActorID, "country:") || strings.HasPrefix(p.ActorID, "place:"))
		}) {
			return ""
		}
		var words []string
		for _, k := range append([]node{c}, d.kids(c, is("compound", "flat"))...) {
			words = append(words, strings.ToLower(d.w(k).Form))
		}
		return namedShare + strings.Join(words, " ")
	}
	return ""
}

// sameInstrument gives the market movements of one sentence whose subject
// tells no instrument the one all the others of the sentence move, when
// they agree: a list of indices or of shares tells one kind of thing
// ("the FTSE added 0.7 percent, the DAX jumped 1.1 percent and the CAC 40
// rose 0.7 percent").
func sameInstrument(out []Mention) {
	one := ""
	for i := range out {
		switch k := out[i].Instrument; {
		case out[i].Type != MarketMovement || k == "":
		case one == "":
			one = k
		case k != one:
			return
		}
	}
	if one == "" {
		return
	}
	for i := range out {
		if out[i].Type == MarketMovement && out[i].Instrument == "" && !out[i].Noun {
			out[i].Instrument = one
		}
	}
}

// SessionMove reports whether m is a market movement of an instrument
// traded in a day's session (session_instruments in data/triggers.yaml, or
// a company's shares) dated by its article's day: news of that day though
// it names no actor ("the banking sector closed lower", "Brent crude
// gained 45 cents"); not one told as done before it ("crude futures have
// fallen 25 percent since July").
func SessionMove(m *Mention) bool {
	if m.Type != MarketMovement || m.Instrument == "" || m.Basis != Publication {
		return false
	}
	return strings.HasPrefix(m.Instrument, namedShare) || theLexicon.sessions[m.Instrument]
}
