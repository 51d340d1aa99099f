package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// incident.go: a sentence that tells its happening as another one than
// those told before it ("In a separate incident, ...", "In an earlier
// attack, ...", "Separately, ...", "another drone missile was fired at
// another group"). News reports of violence, arrests and disasters often
// sum up several incidents of one day and kind, with no actor to tell
// them apart; the cue is the writer's own word that they are apart. Its
// mentions (all of a sentence that opens on the cue, or of the next one
// when the cue's own sentence told no event: discourse.apartNext; the one
// whose phrase holds "another" otherwise) are marked Mention.Apart, and
// the merge keeps them out of the events of the sentences before (package
// merge).

// apartOpeners open a sentence that tells another happening
// ("Separately, police arrested ..."), and apartAdjectives, after "in a"
// or "in an" at a sentence's start, the phrase that sets it apart ("In a
// separate incident", "In an earlier attack"); "In another ..." needs
// none.
var (
	apartOpeners    = wordList("apart_openers")
	apartAdjectives = wordList("apart_adjectives")
)

// answerNouns tell, after "in" on a trigger's verb, an act done in answer
// to another one (data/words.yaml).
var answerNouns = wordList("answer_nouns")

// answersAnother reports whether the parse gives the verb trigger t a
// phrase "in retaliation", "in revenge", "in response", on the verb or on
// a noun of its phrase (the parse often hangs it on the object): t is done
// in answer to another happening, told before it, and is not that one
// ("Shortly after the bloodbath, mortar rounds shelled a Sunni district
// in retaliation").
func (s *sent) answersAnother(t *trigger) bool {
	if t.noun {
		return false
	}
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return false
	}
	for k := range tr.words {
		c := node(k)
		if !answerNouns[strings.ToLower(tr.w(c).Form)] || tr.caseWord(c) != "in" {
			continue
		}
		for depth := 0; depth < maxTreeWalk; depth++ {
			h, up := tr.head(c)
			if !up {
				break
			}
			if h == n {
				return true
			}
			if tr.verbal(h) {
				break
			}
			c = h
		}
	}
	return false
}

// openedApart reports whether the sentence opens on an apartOpeners word
// and a comma, on "in a(n) <apartAdjectives>", on "in another" or on
// "also" and a time ("Also on Thursday, ..."): all its happenings are
// other ones than those told before.
func (s *sent) openedApart() bool {
	i := s.first
	for i < s.last && s.tok(i).Kind != token.Word {
		i++ // an opening quote or dash
	}
	w0, w1, w2 := s.word(i), s.word(i+1), s.word(i+2)
	switch {
	case apartOpeners[w0] && w1 == ",":
		return true
	case w0 == "in" && w1 == "another":
		return true
	case w0 == "in" && (w1 == "a" || w1 == "an") && apartAdjectives[w2]:
		return true
	case w0 == "also" && (s.timeAt(i+1) || timePreps[w1] && s.timeAt(i+2)):
		return true // "Also on Thursday, two freight trains derailed"; not "Also killed was a policeman"
	}
	return false
}

// timePreps open a time phrase after "also" (openedApart).
var timePreps = wordList("time_preps")

// timeAt reports whether a time expression covers token i of the
// sentence.
func (s *sent) timeAt(i int) bool {
	return i >= s.first && i < s.last && s.d.timexAt[i] >= 0
}

// anotherAt reports whether the trigger t tells another happening of its
// kind: its noun, or the head of its subject or object, or of those of
// the verb its clause hangs on, when that head names no person ("another
// attack", "another drone missile was fired ..., killing three"), has
// "another" as its determiner, not before a number or "of" (not "wounded
// another five", "another of the victims"; nor "another soldier was
// wounded", one more victim, maybe of the attack told before).
func (s *sent) anotherAt(t *trigger) bool {
	tr, n, ok := s.treeAt(t.start)
	if !ok {
		return false
	}
	verbs := []node{n}
	if h, ok := tr.head(n); ok && !t.noun && is("advcl", "xcomp")(tr.rel(n)) && tr.w(h).UPOS == "VERB" {
		verbs = append(verbs, h)
	}
	var heads []node
	for _, v := range verbs {
		heads = append(heads, v)
		if v != n || !t.noun {
			heads = append(heads, tr.kids(v, is("nsubj", "nsubj:pass", "obj"))...)
		}
	}
	for _, h := range heads {
		if h != n && s.peopleHead(h) {
			if personnelActs[t.e.Type] && s.otherPeople(h) {
				return true // "Twelve other cabinet ministers were appointed earlier this week"
			}
			continue // "another soldier was wounded": one more victim, maybe of the same attack
		}
		for _, d := range tr.kids(h, is("det")) {
			if strings.ToLower(tr.w(d).Form) != "another" {
				continue
			}
			next := d + 1
			if int(next) < len(tr.words) && (tr.w(next).UPOS == "NUM" || numberWords[strings.ToLower(tr.w(next).Form)] > 0 ||
				strings.EqualFold(tr.w(next).Form, "of")) {
				continue // "another five", "another of the victims": more of the same
			}
			return true
		}
	}
	return false
}

// personnelActs are the types of acts done to one person at a time: an
// appointment or a dismissal of others is another act, not more victims
// of one (otherPeople).
var personnelActs = map[Type]bool{Appointment: true, Dismissal: true}

// otherPeople reports whether the people word h is modified by "other"
// ("twelve other cabinet ministers were appointed"): others than those
// told before.
func (s *sent) otherPeople(h node) bool {
	for _, a := range s.tr.kids(h, is("amod")) {
		if strings.EqualFold(s.tr.w(a).Form, "other") {
			return true
		}
	}
	return false
}

// peopleHead reports whether the word h names people: a name, a personal
// pronoun, or a noun of people, troops, parties or offices ("soldier",
// "activist", "minister").
func (s *sent) peopleHead(h node) bool {
	w := s.tr.w(h)
	lw := strings.ToLower(w.Form)
	switch w.UPOS {
	case "PROPN":
		return true
	case "PRON":
		return pronouns[lw]
	case "NOUN":
		return s.d.lemmaIn(lw, personNouns) || s.d.lemmaIn(lw, troopUnits) || s.d.lemmaIn(lw, partyNouns) ||
			s.d.lemmaIn(lw, s.d.lx.offices) || titles[lw] || groupNouns[lw] || agentNouns[lw] || theHeadWords.personEnding(lw)
	}
	return false
}
