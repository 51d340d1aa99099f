package nlp

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// The tagger, trained on treebanks with few news openings, reads two
// plural nouns of news as verbs, which the parser then builds on:
//
//   - a plural noun after a noun, a name or an adjective and right before
//     a past-tense verb ("Hong Kong stocks plunged 228 points", "South
//     Korean envoys left"): tagged VBZ or VBP, two finite verbs in a row,
//     where English puts a subject and its verb (pastAfter);
//   - a sentence opening with a noun modifier before a plural noun
//     ("Share prices closed higher"): tagged an imperative VB, though a
//     past-tense verb follows the noun with no comma between (an order
//     tells no past).
//
// repairTags retags such words NOUN (NNS for the first, NN for the
// second) before the parser reads them.
//
// It also retags a participle that describes a person named after it
// ("the envoy, retired General Keith Kellogg, arrived", "ousted President
// Mohamed Morsi") as an adjective (JJ): read as a verb, it takes the name
// for its object and the sentence's true verb for its conjunct. The cue
// is a past form after a comma, a determiner or a possessive, right
// before a title and a name (describedTitles), with a past-tense verb
// later in the sentence (describedName).
//
// And it retags a past participle that stands between a subject and its
// object in a sentence with no finite verb ("Myanmar's military detained
// Aung San Suu Kyi", "The prime minister dissolved parliament") as the
// past-tense verb it is (VBD): read as a participle before a name or a
// noun, it made the sentence one noun phrase with no event
// (verblessPast).

// openingReach is how many words after a sentence-opening noun modifier
// and its plural noun the past-tense verb may stand ("Share prices on the
// Jakarta Stock Exchange ended").
const openingReach = 8

// repairTags retags in place the verbs of s that the rules above read as
// nouns.
func repairTags(s *conllu.Sentence) {
	ws := s.Tokens
	for i := 0; i+1 < len(ws); i++ {
		w := &ws[i]
		if w.UPOS == "VERB" && (w.XPOS == "VBZ" || w.XPOS == "VBP") && strings.HasSuffix(strings.ToLower(w.Form), "s") &&
			i > 0 && nominalTag(ws[i-1]) && pastAfter(ws, i+1) {
			w.UPOS, w.XPOS = "NOUN", "NNS"
		}
	}
	if len(ws) > 2 && ws[0].UPOS == "VERB" && ws[0].XPOS == "VB" && ws[1].XPOS == "NNS" && pastFollows(ws, 2) {
		ws[0].UPOS, ws[0].XPOS = "NOUN", "NN"
	}
	for i := 1; i+2 < len(ws); i++ {
		if describedName(ws, i) {
			ws[i].UPOS, ws[i].XPOS = "ADJ", "JJ"
		}
	}
	if i := verblessPast(ws); i >= 0 {
		ws[i].XPOS = "VBD"
	}
}

// verblessPast returns the index of the first past participle of ws that
// stands right after a noun, a name, an adjective or a pronoun and right
// before the start of a noun phrase (a determiner, a noun, a name, an
// adjective, a pronoun or a figure), when ws has no finite verb at all
// (see repairTags); -1 when there is none. A participle before "by", a
// preposition or a comma ("Protesters detained by police", "troops
// stationed in the north") stays one.
func verblessPast(ws []conllu.Token) int {
	for _, w := range ws {
		switch w.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return -1
		}
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].UPOS != "VERB" || ws[i].XPOS != "VBN" {
			continue
		}
		if p := ws[i-1]; !nominalTag(p) && p.UPOS != "PRON" {
			continue
		}
		switch ws[i+1].UPOS {
		case "DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM":
			return i
		}
	}
	return -1
}

// describedTitles are the titles a participle describing their holder
// stands before ("retired General", "ousted President"): the list
// described_titles of data/tagrepair.yaml.
var describedTitles = tagWordList("described_titles")

// For the parser alone, a present participle of adjectiveParticiples
// that stands before a noun, a name or an adjective after a preposition,
// or first in the sentence ("in neighbouring Yala province", "Leading
// lawmaker Ann Lee said"), is shown as an adjective (JJ): read as a verb
// after a preposition, it opened a clause whose object was the place
// (describingParticiple). After the parse it is a verb again, a
// participle modifying its noun (amod), as Universal Dependencies tags
// it. After a determiner the parser already reads it as a modifier
// ("the outgoing government"), and it stays.

// holdParticiples shows each describing participle of s to the parser
// as an adjective and returns their indices, for releaseParticiples.
func holdParticiples(s *conllu.Sentence) []int {
	var held []int
	for i := range s.Tokens {
		if describingParticiple(s.Tokens, i) {
			s.Tokens[i].UPOS, s.Tokens[i].XPOS = "ADJ", "JJ"
			held = append(held, i)
		}
	}
	return held
}

// releaseParticiples tags the words of s that holdParticiples showed as
// adjectives present participles again.
func releaseParticiples(s *conllu.Sentence, held []int) {
	for _, i := range held {
		s.Tokens[i].UPOS, s.Tokens[i].XPOS = "VERB", "VBG"
	}
}

// adjectiveParticiples are the present participles news uses as
// adjectives before a noun: the list adjective_participles of
// data/tagrepair.yaml.
var adjectiveParticiples = tagWordList("adjective_participles")

// describingParticiple reports whether ws[i], tagged a present participle
// of adjectiveParticiples, describes the noun after it (see repairTags).
func describingParticiple(ws []conllu.Token, i int) bool {
	w := ws[i]
	if w.UPOS != "VERB" || w.XPOS != "VBG" || !adjectiveParticiples[strings.ToLower(w.Form)] {
		return false
	}
	if i+1 >= len(ws) || !nominalTag(ws[i+1]) {
		return false
	}
	if i == 0 {
		return true
	}
	// The tagger reads a preposition before a participle as a
	// subordinating conjunction (UPOS SCONJ); its XPOS stays IN.
	p := ws[i-1]
	return p.UPOS == "ADP" || p.XPOS == "IN" || p.XPOS == "TO"
}

// describedName reports whether ws[i], tagged a past verb, describes the
// person named after it (see repairTags).
func describedName(ws []conllu.Token, i int) bool {
	w := ws[i]
	if w.UPOS != "VERB" || w.XPOS != "VBN" && w.XPOS != "VBD" || !strings.HasSuffix(strings.ToLower(w.Form), "ed") {
		return false
	}
	if p := ws[i-1]; p.Form != "," && p.UPOS != "DET" && p.XPOS != "POS" {
		return false
	}
	if ws[i+1].UPOS != "PROPN" || ws[i+2].UPOS != "PROPN" || !describedTitles[strings.ToLower(ws[i+1].Form)] {
		return false
	}
	for k := i + 3; k < len(ws); k++ {
		if ws[k].XPOS == "VBD" {
			return true
		}
	}
	return false
}

// pastAfter reports whether ws[k] is a past-tense verb, or a past
// participle the tagger made of one before a figure ("stocks plunged 228
// points" tagged "plunged" VBN after "stocks" read as an auxiliary; not
// "the ban remains suspended", a participle after a linking verb).
func pastAfter(ws []conllu.Token, k int) bool {
	if k >= len(ws) || ws[k].UPOS != "VERB" {
		return false
	}
	return ws[k].XPOS == "VBD" || ws[k].XPOS == "VBN" && k+1 < len(ws) && ws[k+1].UPOS == "NUM"
}

// nominalTag reports whether w is tagged a noun, a name or an adjective:
// what stands before a plural noun in its phrase ("Hong Kong stocks",
// "foreign envoys").
func nominalTag(w conllu.Token) bool {
	return w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "ADJ"
}

// pastFollows reports whether a past-tense verb stands within
// openingReach words from ws[from], with no comma before it.
func pastFollows(ws []conllu.Token, from int) bool {
	for k := from; k < len(ws) && k < from+openingReach; k++ {
		if ws[k].Form == "," {
			return false
		}
		if ws[k].XPOS == "VBD" {
			return true
		}
	}
	return false
}
