package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// gumTypes maps the entity types of GUM's coreference annotation to name
// types; GUM's other types (abstract, event, object, time, ...) have no
// counterpart among [Types].
var gumTypes = map[string]string{
	"person":       "PER",
	"organization": "ORG",
	"place":        "LOC",
}

// nameConnectors are lowercase words and signs that may stand inside a
// name between two proper nouns ("Bank of America", "Procter & Gamble"),
// but never at its edge. "and" is not one: it joins two names more often
// than it stands in one.
var nameConnectors = wordList("name_connectors")

// personConnectors are those that may stand inside a person's name
// ("Charles de Gaulle"); "of" rather ends it ("Isabel Ruiz of Heaven Sent
// Gaming").
var personConnectors = wordList("person_connectors")

// mention is one entity mention of GUM: tokens first..last-1 of its
// sentence and its GUM entity type.
type mention struct {
	first, last int
	etype       string
}

// FromGUM sets the gold labels (MISC "NER=") of sentences of UD
// English-GUM from their coreference annotation (MISC "Entity=").
// GUM annotates every mention of an entity ("the man", "his"); a mention
// is kept as a name when its syntactic head is a proper noun, and the name
// is the run of proper nouns around that head (with connectors such as
// "of" inside it), which drops determiners and modifiers as Universal NER
// does. Mentions of persons, organizations and places become PER, ORG and
// LOC. Where names nest, the outermost is kept. Existing NER keys are
// replaced.
func FromGUM(sents []conllu.Sentence) {
	// Countries and cities acting as governments or teams are
	// organizations in GUM ("Belgium" voted) but locations in Universal
	// NER: names GUM ever calls a place become LOC everywhere.
	places := map[string]bool{}
	for i := range sents {
		for _, sp := range gumNames(&sents[i]) {
			if sp.Type == "LOC" {
				places[spanText(&sents[i], sp)] = true
			}
		}
	}
	for i := range sents {
		s := &sents[i]
		spans := gumNames(s)
		for j, sp := range spans {
			if sp.Type == "ORG" && places[spanText(s, sp)] {
				spans[j].Type = "LOC"
			}
		}
		// Outermost first: longer spans win over the names nested in them.
		slices.SortStableFunc(spans, func(a, b Span) int {
			if d := (b.Last - b.First) - (a.Last - a.First); d != 0 {
				return d
			}
			return a.First - b.First
		})
		SetLabels(s, Labels(spans, len(s.Tokens)))
	}
}

// gumMentions parses the Entity= values of s: "(3-place-...-sgl" opens
// mention 3 of type place, "3)" closes it, "(3-place-...)" is a mention of
// one token. Mentions left open at the end of the sentence are dropped.
func gumMentions(s *conllu.Sentence) []mention {
	type opened struct {
		id    string
		first int
		etype string
	}
	var (
		stack []opened
		out   []mention
	)
	closeID := func(id string, last int) {
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].id == id {
				out = append(out, mention{stack[k].first, last, stack[k].etype})
				stack = append(stack[:k], stack[k+1:]...)
				return
			}
		}
	}
	for i, t := range s.Tokens {
		v, ok := conllu.MiscValue(t.Misc, "Entity")
		if !ok {
			continue
		}
		for v != "" {
			if v[0] == '(' {
				end := strings.IndexAny(v[1:], "()")
				if end < 0 {
					end = len(v) - 1
				}
				spec := v[1 : 1+end]
				v = v[1+end:]
				fields := strings.Split(spec, "-")
				if len(fields) < 2 {
					continue
				}
				stack = append(stack, opened{fields[0], i, fields[1]})
				if v != "" && v[0] == ')' {
					closeID(fields[0], i+1)
					v = v[1:]
				}
				continue
			}
			end := strings.IndexAny(v, "()")
			if end < 0 {
				break
			}
			id := v[:end]
			v = v[end:]
			if v[0] == ')' {
				closeID(id, i+1)
				v = v[1:]
			}
		}
	}
	slices.SortStableFunc(out, func(a, b mention) int { return a.first - b.first })
	return out
}

// nameOf returns the name inside mention m of s: the run of proper nouns
// (and connectors between them) around the mention's syntactic head, when
// that head is a proper noun.
func nameOf(s *conllu.Sentence, m mention) (first, last int, ok bool) {
	head := -1
	for i := m.first; i < m.last; i++ {
		h := s.Tokens[i].Head - 1 // 0-based; -1 root, -2 unknown
		if h < m.first || h >= m.last {
			head = i
			break
		}
	}
	if head < 0 || s.Tokens[head].UPOS != "PROPN" {
		return 0, 0, false
	}
	if m.etype == "person" && s.Tokens[head].XPOS == "NNPS" {
		return 0, 0, false // a group ("Americans", "Democrats"), not a name
	}
	isName := func(i int) bool { return nameWord(&s.Tokens[i]) }
	links := nameConnectors
	if m.etype == "person" {
		links = personConnectors
	}
	isLink := func(i int) bool { return links[strings.ToLower(s.Tokens[i].Form)] }
	first, last = head, head+1
	for {
		switch {
		case first-1 >= m.first && isName(first-1):
			first--
			continue
		case first-2 >= m.first && isLink(first-1) && isName(first-2):
			first -= 2
			continue
		}
		break
	}
	for {
		switch {
		case last < m.last && isName(last):
			last++
			continue
		case last+1 < m.last && isLink(last) && isName(last+1):
			last += 2
			continue
		}
		break
	}
	if m.etype == "person" {
		for first < last && personTitles[strings.ToLower(s.Tokens[first].Form)] {
			first++
		}
	}
	return first, last, first < last
}

// nameWord reports whether t may be part of a name: a proper noun, or a
// capitalized adjective, noun, verb or number ("United" States, Red "Sox").
func nameWord(t *conllu.Token) bool {
	switch t.UPOS {
	case "PROPN":
		return true
	case "ADJ", "NOUN", "VERB", "NUM", "X":
		r, _ := utf8.DecodeRuneInString(t.Form)
		return unicode.IsUpper(r)
	}
	return false
}

// personTitles are words that precede a person's name without being part
// of it in Universal NER ("President" Mahmoud Abbas, "Dr." Dorn).
var personTitles = wordList("person_titles")

// gumNames returns the names among the mentions of s, as spans, nested
// ones included.
func gumNames(s *conllu.Sentence) []Span {
	var spans []Span
	for _, m := range gumMentions(s) {
		typ, ok := gumTypes[m.etype]
		if !ok {
			continue
		}
		if f, l, ok := nameOf(s, m); ok {
			spans = append(spans, Span{First: f, Last: l, Type: typ})
		}
	}
	return spans
}

// spanText returns the words of sp joined by spaces.
func spanText(s *conllu.Sentence, sp Span) string {
	w := make([]string, 0, sp.Last-sp.First)
	for i := sp.First; i < sp.Last; i++ {
		w = append(w, s.Tokens[i].Form)
	}
	return strings.Join(w, " ")
}
