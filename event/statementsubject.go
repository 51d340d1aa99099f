package event

import (
	"cmp"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// statementsubject.go: a statement noun as the subject of a verb of words.
// "The council said in a statement … The statement condemned the raid":
// the text speaks for whoever issued it, named where the article told that
// statement first; the verb's act is the issuer's.

// statementIssuer returns the issuer of the statement that the subject "the
// statement" (a noun of mediumTextNouns with the article "the" and no name
// in its phrase) of the verb trigger t at n refers back to, when t is a
// verbal act (verbalRoot: a statement, a condemnation, an appeal ...): the
// nearest earlier sentence, within bodyReach tokens, with the same noun
// names the issuer (issuerOf); false otherwise.
func (s *sent) statementIssuer(t *trigger, n node) (actor.Mention, bool) {
	d := s.tr
	if t.noun || !verbalRoot(cmp.Or(t.code, t.e.Type.CAMEO())) {
		return actor.Mention{}, false
	}
	c, ok := s.climbedSubject(n)
	if !ok || d.rel(c) != "nsubj" || !d.lemmaIn(c, mediumTextNouns) || len(s.phraseActors(c, true)) > 0 {
		return actor.Mention{}, false
	}
	det := d.kids(c, is("det"))
	if len(det) != 1 || !strings.EqualFold(d.w(det[0]).Form, "the") {
		return actor.Mention{}, false
	}
	toks := s.tokensOf(c)
	if len(toks) == 0 {
		return actor.Mention{}, false
	}
	w := strings.ToLower(d.w(c).Form)
	for j := s.first - 1; j >= 0 && toks[0]-j <= bodyReach; j-- {
		if strings.ToLower(s.tok(j).Text) != w {
			continue
		}
		ps, ok := s.sentenceAt(j)
		if !ok {
			return actor.Mention{}, false
		}
		return (&sent{syntax: *ps, d: s.d}).issuerOf(j)
	}
	return actor.Mention{}, false
}

// issuerOf returns who issued the statement the noun at token j names:
// the active subject of the verb it is the "in" oblique of ("the council
// said in a statement") or the object of ("the ministry issued a
// statement"), a body noun subject standing for a body named before
// (resolveBody); else a name in its own phrase ("a statement by the
// ministry", "the army's statement").
func (s *sent) issuerOf(j int) (actor.Mention, bool) {
	n, ok := s.treeNode(j)
	if !ok {
		return actor.Mention{}, false
	}
	d := s.tr
	if h, ok := d.head(n); ok && d.verbal(h) && (d.rel(n) == "obj" || (d.rel(n) == "obl" || d.rel(n) == "dep") && d.caseWord(n) == "in") {
		subj, passive, ok := s.treeSubject(h)
		if ok && !passive {
			for _, p := range subj {
				if m := s.actor(p); m.Kind != actor.Place {
					return m, true
				}
			}
		}
		if !passive {
			if m, ok := s.resolveBody(h); ok {
				return m, true
			}
		}
	}
	for _, p := range s.phraseActors(n, true) {
		if m := s.actor(p); m.Kind != actor.Place {
			return m, true
		}
	}
	return actor.Mention{}, false
}
