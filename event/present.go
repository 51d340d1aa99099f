package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/token"
)

// present.go: a verb in the third person singular present ("Iran warns
// Israel", "Putin signs a treaty", "the minister arrives in Paris") is the
// form of digest items and headlines. In a one-sentence news item
// (Input.Item) its -s ending is no plural noun's ("artillery shells",
// "Israeli strikes") when the parse reads it as a verb, or when a name is
// its subject and an object or a phrase follows it: the tagger, trained on
// past-tense prose, often reads "Putin arrives in" as a compound noun. In
// an article the present tells plans and habits more than news ("by the
// time Hashimoto meets Clinton"), and the tagger's VBZ is less sure there
// ("launched to stamp out Hezbollah rocket attacks"): articles keep the
// plural reading.

// presentVerb reports whether the -s word at token i of an item is a verb
// in the third person singular present: it does not end a prepositional phrase,
// and the parse tags it VBZ or it follows a name (presentAfterName).
func (s *syntax) presentVerb(i int) bool {
	if !s.d.in.Item || s.inPrepositionalPhrase(i) {
		return false // "over the Yasukuni Shrine visits": a noun, whatever the tagger says
	}
	if tr, n, ok := s.treeAt(i); ok && tr.w(n).XPOS == "VBZ" {
		return true
	}
	return s.presentAfterName(i)
}

// inPrepositionalPhrase reports whether the words before token i, back
// over capitalized words and determiners, open on a preposition: the -s
// word then ends a prepositional phrase's noun phrase and is no verb.
func (s *syntax) inPrepositionalPhrase(i int) bool {
	j := i - 1
	for j >= s.first && (capitalized(s.tok(j).Text) || determiners[s.word(j)]) {
		j--
	}
	return j >= s.first && j < i-1 && prepositions[s.word(j)]
}

// presentAfterName reports whether the -s word at token i of an item follows, as its verb, the name
// of an actor: the token before ends an actor mention written with a
// capital that is a person's or an organization's name or that the parse
// does not read as an adjective (a country's "Iran", not "Israeli"), and
// the word after (past adverbs: "calls again for") opens an object or a
// phrase (a determiner, a preposition, "that", a number, a capitalized
// word or a word the parse reads as a noun or an adjective), not a verb
// of its own
// ("Hamas attacks killed two").
func (s *syntax) presentAfterName(i int) bool {
	p := i - 1
	if w := s.word(i); !s.d.in.Item || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if p < s.first || i+1 >= s.last || s.d.actorAt[p] < 0 || !capitalized(s.tok(p).Text) {
		return false
	}
	m := s.d.in.Actors[s.d.actorAt[p]]
	if m.Kind != actor.Person && m.Kind != actor.Organization {
		if tr, n, ok := s.treeAt(p); !ok || tr.w(n).UPOS == "ADJ" {
			return false
		}
	}
	j := i + 1
	for j+1 < s.last && s.isAdverb(j) {
		j++ // "calls again for"
	}
	next := s.word(j)
	if determiners[next] || prepositions[next] || next == "that" || s.tok(j).Kind == token.Number || capitalized(s.tok(j).Text) {
		return true
	}
	tr, n, ok := s.treeAt(j)
	return ok && (tr.w(n).UPOS == "NOUN" || tr.w(n).UPOS == "ADJ") // "confirms bird flu outbreaks", not "attacks killed"
}
