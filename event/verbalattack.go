package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/wordnet"
)

// verbalattack.go: a verb of force used of words ("attacked the minister
// for his remarks", "attacked the report, saying it was biased") tells
// criticism (CAMEO 111), never a use of force; the parse tells the sense
// by the grounds of the reproach it gives the verb.

// reproachSpeech are the verbs whose participle after a verb of force
// tells the words the attack was made of (data/words.yaml:
// reproach_speech; the lexicon's reporting verbs count too).
var reproachSpeech = wordList("reproach_speech")

// groundClasses are the WordNet classes of a noun that names the grounds
// of a reproach in a "for" or "over" phrase: an act, a word, a stance or
// a state, or a deal or a sum ("for its arms sales", "over his remarks",
// "for its stance");
// not a time, a place or a thing ("for three hours", "over the
// weekend", "over the border").
var groundClasses = []wordnet.Class{wordnet.Act, wordnet.Communication, wordnet.Cognition, wordnet.Attribute,
	wordnet.State, wordnet.Feeling, wordnet.Motive, wordnet.Event, wordnet.Relation, wordnet.Possession}

// uncritical reports whether the verb trigger t, whose entry tells
// criticism (criticism in data/triggers.yaml), is not used of words: its
// subject is an armed force ("troops attacked the town for ..."), or the
// parse gives it no grounds of a reproach — no "for" or "over" phrase,
// on the verb or its object, naming an act, a word or a stance
// (groundClasses), no gerund after "for" ("for failing to act"), and no
// participle of speech after it ("saying it was biased"). Without a
// parse the entry does not fit.
func (s *sent) uncritical(t *trigger) bool {
	if t.noun || !t.e.Criticism {
		return false
	}
	n, ok := s.parsedTrigger(t)
	if !ok {
		return true
	}
	d := s.tr
	for _, c := range s.triggerSubjects(t) {
		if d.lemmaIn(c, armedCues) {
			return true // "rebels attacked the post for the second day"
		}
	}
	for _, k := range d.kids(n, is("advcl", "xcomp", "conj")) {
		f := strings.ToLower(d.w(k).Form)
		if !strings.HasSuffix(f, "ing") || d.w(k).UPOS != "VERB" {
			continue
		}
		if m := d.markWord(k); m == "for" || m == "over" {
			return false // "for failing to stop the violence"
		}
		if (d.lemmaIn(k, s.d.lx.reporting) || d.lemmaIn(k, reproachSpeech)) && !s.otherSpeaker(n, k) {
			return false // "..., saying it was biased", "accusing it of bias"
		}
	}
	phrases := d.kids(n, is("obl"))
	for _, o := range d.kids(n, is("obj")) {
		phrases = append(phrases, d.kids(o, is("nmod"))...)
	}
	for _, p := range phrases {
		if c := d.caseWord(p); c == "for" || c == "over" {
			if groundNoun(d, p) {
				return false
			}
		}
	}
	return true
}

// groundNoun reports whether the noun p names the grounds of a reproach:
// a common noun, no number on it, whose first WordNet sense is of
// groundClasses ("its arms sales", "his remarks"; not "three hours").
func groundNoun(d *tree, p node) bool {
	if d.w(p).UPOS != "NOUN" || len(d.kids(p, is("nummod"))) > 0 {
		return false
	}
	cs := wordnet.SensesOfForm(strings.ToLower(d.w(p).Form))
	return len(cs) > 0 && slices.Contains(groundClasses, cs[0])
}

// otherSpeaker reports whether the participle of speech k the parse hangs
// on the verb n may be another speaker's: n is told in the clause of a
// reporting verb ("Grandi said residents attacked the vehicles, saying
// the situation was tense"), or a reporting verb stands between them
// ("villagers attacked them, Xinhua said, quoting a report").
func (s *sent) otherSpeaker(n, k node) bool {
	d := s.tr
	h, ok := d.head(n)
	for i := 0; ok && i < len(d.words); i++ { // bounded: a malformed parse may hold a cycle
		if d.lemmaIn(h, s.d.lx.reporting) {
			return true
		}
		h, ok = d.head(h)
	}
	for j := n + 1; j < k; j++ {
		if d.w(j).UPOS == "VERB" && d.lemmaIn(j, s.d.lx.reporting) {
			return true
		}
	}
	return false
}
