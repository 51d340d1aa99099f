package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// strayAim reports whether the armed verb trigger t, whose entry needs
// only prepositions (the aim of a shot: "fired at", "fired on"), has none
// of them on its own phrases in the parse: the preposition heads a
// phrase of another word ("missiles were fired from launchers on the
// shore": the shore's "on" is the launchers', no target), so the entry
// does not fit. The preposition counts when it marks an oblique of the
// verb ("troops fired on the marchers") or stands stranded after it
// ("the convoy was fired upon") or marks a phrase of its object ("used a
// bomb against the rebels"), never when its phrase tells a time
// ("the commander was fired on Monday": timePhrase), and an "on" or
// "upon" phrase only when its head can be shot at (aimHead: "fired on the
// marchers", not "was fired on charges of corruption"). Without a parse
// the words decide.
func (s *sent) strayAim(t *trigger) bool {
	if t.noun || !t.e.Armed || len(t.e.Needs) == 0 {
		return false
	}
	for _, w := range t.e.Needs {
		if !prepositions[w] {
			return false
		}
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return false
	}
	needed := func(word string) bool { return slices.Contains(t.e.Needs, strings.ToLower(word)) }
	for _, c := range tr.children[n] {
		switch baseRel(tr.rel(c)) {
		case "obl", "nmod":
			if cw := tr.caseWord(c); needed(cw) && !s.timePhrase(tr, c) && (!onWords[strings.ToLower(cw)] || aimHead(tr, c)) {
				return false
			}
		case "case", "compound", "advmod", "obl:prt":
			if needed(tr.w(c).Form) {
				return false // "was fired upon"
			}
		}
		if tr.rel(c) == "compound:prt" && needed(tr.w(c).Form) {
			return false
		}
		if tr.rel(c) != "obj" {
			continue
		}
		for _, m := range tr.kids(c, is("nmod")) {
			if needed(tr.caseWord(m)) && !s.timePhrase(tr, m) {
				return false // the parse hangs the aim on the weapon: "used a bomb against the rebels"
			}
		}
	}
	return true
}

// onWords are the prepositions whose phrase after an armed verb may tell
// a ground, not an aim ("fired on charges of", "upon suspicion of").
var onWords = wordList("on_words")

// aimClasses are the WordNet classes of the first sense of a noun that
// can be the aim of a shot: people, groups, places and things.
var aimClasses = map[wordnet.Class]bool{wordnet.Person: true, wordnet.Group: true, wordnet.Location: true, wordnet.Artifact: true}

// aimHead reports whether the head n of a phrase can be shot at: a name,
// a pronoun, or a noun whose first WordNet sense is in aimClasses, or
// that WordNet lacks ("fired on the marchers", "on the convoy"; not "on
// charges", "on grounds", "upon suspicion").
func aimHead(tr *tree, n node) bool {
	w := tr.w(n)
	if w.UPOS != "NOUN" {
		return true
	}
	cs := wordnet.SensesOfForm(strings.ToLower(w.Form))
	return len(cs) == 0 || aimClasses[cs[0]]
}

// timePhrase reports whether the phrase headed by n tells a time: its
// head is a word of time_heads (data/words.yaml, treerepair.go) or a
// token of a time expression.
func (s *sent) timePhrase(tr *tree, n node) bool {
	if timeHeads[strings.ToLower(tr.w(n).Form)] || timeHeads[strings.ToLower(tr.w(n).Lemma)] {
		return true
	}
	for _, k := range s.tokensOf(n) {
		if s.d.timexAt[k] >= 0 {
			return true
		}
	}
	return false
}
