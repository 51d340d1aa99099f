package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// Name is a name the language core's name finder found in a document's
// text (package nlp): the bytes [Start, End) and the kind of what it
// names (Person, Organization or Place). The recognizer reads names only
// where its own rules leave a run of two or more capitalized words
// undecided: a run the gazetteer does not know that the finder calls a
// name, with exactly the run's bounds, becomes a new actor of the finder's
// kind — a person or a place when its words may be a person's name
// ("Janez Drnovsek", "Rivers State"), an organization when they hold a word
// in capitals ("APEC SOM"). A name the
// gazetteer or the rules already read keeps their reading, and one word
// alone is left to the rules (the finder's one-word names are too often
// products, teams or capitalized common words: "Nike", "Hornet", "all
// Energy"), as is an organization of ordinary words (most often an
// exercise, a law or a product: "Freedom Shield training") unless its last
// word is a plural naming its members, as a team's name does ("Boston Red
// Sox", "St. Louis Cardinals": see pluralNameHead).
type Name struct {
	Start, End int
	Kind       Kind
}

// NameKind returns the kind of a name the language core's name finder
// types t ("PER", "ORG", "LOC"; package nlp/ner), and false for any
// other type.
func NameKind(t string) (Kind, bool) {
	switch t {
	case "PER":
		return Person, true
	case "ORG":
		return Organization, true
	case "LOC":
		return Place, true
	}
	return "", false
}

// NameFinder returns the names of the sentence text[start:end] (byte
// offsets in the document's text), in text order. The recognizer asks
// for a sentence's names only when it meets an undecided run in it, so
// most sentences are never given to the finder.
type NameFinder func(text string, start, end int) []Name

// nameIndex holds the finder's names of the sentences asked so far, laid
// over the document's tokens.
type nameIndex struct {
	find NameFinder
	// kindAt[i] is the kind of the name that starts at token i, and
	// endAt[i] the token after its last; "" where none starts.
	kindAt []Kind
	endAt  []int
}

// indexNames asks the finder for the names of the sentence of tokens
// [first, last) and lays them over its tokens. A name whose bounds fall
// inside a token is dropped: it cannot be a run of whole tokens.
func (l *lexer) indexNames(first, last int) {
	ix := &l.names
	if ix.kindAt == nil {
		ix.kindAt, ix.endAt = make([]Kind, len(l.toks)), make([]int, len(l.toks))
	}
	t := first // names come in text order; t only moves forward
	for _, n := range ix.find(l.text, l.toks[first].Start, l.toks[last-1].End) {
		if n.Kind != Person && n.Kind != Organization && n.Kind != Place {
			continue
		}
		for t < last && l.toks[t].Start < n.Start {
			t++
		}
		if t == last {
			break
		}
		if l.toks[t].Start != n.Start {
			continue
		}
		e := t
		for e < last && l.toks[e].End < n.End {
			e++
		}
		if e < last && l.toks[e].End == n.End {
			ix.kindAt[t], ix.endAt[t] = n.Kind, e+1
		}
	}
}

// nameKind returns the finder's kind for a name of exactly the tokens
// [first, last) of the sentence, or "" when it found none there (or there
// is no finder), asking the finder for the sentence's names on first use.
func (r *recognizer) nameKind(first, last int) Kind {
	if first < r.start || last > r.last || first >= last || !r.namesIndexed() {
		return ""
	}
	if r.names.endAt[first] != last {
		return ""
	}
	return r.names.kindAt[first]
}

// namesIndexed asks the finder for the sentence's names on first use and
// reports whether there is a finder.
func (r *recognizer) namesIndexed() bool {
	if r.names.find == nil {
		return false
	}
	if !r.named {
		r.named = true
		r.indexNames(r.start, r.last)
	}
	return true
}

// pluralNameHead reports whether the token before last is a capitalized
// plural that may end a team's or a group's name: it ends in "s" (not
// "ss"), is not written in capitals, and WordNet does not know it as a
// common noun ("Sox", "Celtics"), knows a sense of it as an animal or a
// person ("Rays", "Cardinals", "Pirates") or knows it first as an
// artifact ("Blue Jackets", "Jets"). A plural that names only a thing, an
// act or an idea ("Goals", "Tours", "Conferences", "Nations", "Affairs")
// most often ends no body's name ("Bogor Goals"). The name finder must
// still call the run an organization.
func (r *recognizer) pluralNameHead(last int) bool {
	w := r.toks[last-1].Text
	if len(w) < 3 || !isCapitalized(w) || isAllCaps(w) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	cs := wordnet.SensesOfForm(strings.ToLower(w))
	if len(cs) == 0 || cs[0] == wordnet.Artifact {
		return true
	}
	for _, c := range cs {
		if c == wordnet.Animal || c == wordnet.Person {
			return true
		}
	}
	return false
}
