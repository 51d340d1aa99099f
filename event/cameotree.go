package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/cameo"
)

// cameotree.go: the clause of a verb as the CAMEO dictionary reads it
// (cameo.Clause), taken from the dependency tree: only the verb's own
// dependents, so a pattern word in another clause of the sentence ("ordered
// the police to catch whoever is responsible for this attack": "for
// attack" belongs to "responsible") does not fit the verb.

// treeClause returns the clause of the verb at token i with lemma, read
// from the parse, and false when the sentence has no parse, the word is no
// verb there or the parse gives it neither subject, object, oblique nor
// particle (a misread sentence, where the words tell more):
//   - Subject: the nsubj phrase;
//   - Particle: the compound:prt word;
//   - Object: the obj phrase (with its nmod phrases);
//   - Preps: each obl phrase with its case word (an obl with no case, such
//     as a bare time noun, is left out), the object's nmod phrases too (the
//     patterns are word sequences), and the subject of a clause marked
//     "for" ("called for Damascus to act");
//   - Other: the aux and advmod words and the head of an xcomp.
func (s *syntax) treeClause(i int, lemma string) (cameo.Clause, bool) {
	if s.tree() == nil {
		return cameo.Clause{}, false
	}
	n, ok := s.treeNode(i)
	if !ok || !s.tr.verbal(n) {
		return cameo.Clause{}, false
	}
	d := s.tr
	c := cameo.Clause{Verb: cameo.Word{Lemma: lemma, Form: d.w(n).Form}}
	for _, k := range d.children[n] {
		switch d.rel(k) {
		case "nsubj":
			c.Subject = s.treePhrase(k, false)
		case "compound:prt":
			c.Particle = s.treeWord(k)
		case "obj":
			c.Object = s.treePhrase(k, true)
			// the patterns are word sequences: "rejected calls for her
			// resignation" fits "* for:" as the token reading gave it
			c.Preps = append(c.Preps, c.Object.Preps...)
		case "obl", "obl:tmod", "obl:npmod":
			if cw := d.caseWord(k); cw != "" {
				c.Preps = append(c.Preps, cameo.Prep{Case: cameo.Word{Lemma: cw, Form: cw}, Object: s.treePhrase(k, false)})
			}
		case "aux", "advmod":
			c.Other = append(c.Other, s.treeWord(k))
		case "xcomp", "advcl", "ccomp":
			if hasMark(d, k, "for") {
				// "called for Damascus to do everything": the clause's
				// subject is the object of "for"; "called for developing
				// ties": the gerund is
				obj := s.treePhrase(k, false)
				for _, sj := range d.kids(k, is("nsubj")) {
					obj = s.treePhrase(sj, false)
				}
				c.Preps = append(c.Preps, cameo.Prep{Case: cameo.Word{Lemma: "for", Form: "for"}, Object: obj})
			}
			if d.rel(k) == "xcomp" {
				c.Other = append(c.Other, s.treeWord(k))
			}
		}
	}
	if c.Subject.Head == (cameo.Word{}) && c.Object.Head == (cameo.Word{}) && len(c.Preps) == 0 && c.Particle == (cameo.Word{}) {
		return c, false // a verb the parse gives no dependents ("cousins sought support" with "cousins" read as the verb)
	}
	return c, true
}

// treePhrase returns the phrase the tree heads at n: its head, its
// compound, amod and nummod words, and, with preps, its nmod phrases with
// their case words (one level).
func (s *syntax) treePhrase(n node, preps bool) cameo.Phrase {
	d := s.tr
	p := cameo.Phrase{Head: s.treeWord(n)}
	for _, k := range d.children[n] {
		switch d.rel(k) {
		case "compound", "amod", "nummod", "flat":
			p.Mods = append(p.Mods, s.treeWord(k))
		case "nmod":
			if cw := d.caseWord(k); preps && cw != "" {
				p.Preps = append(p.Preps, cameo.Prep{Case: cameo.Word{Lemma: cw, Form: cw}, Object: s.treePhrase(k, false)})
			}
		}
	}
	return p
}

// treeWord is the word n as a dictionary word: its form and its lemma,
// lower-cased; the parse's lemma, else (the pipeline's parser gives no
// lemmas) a noun's singular, as the word reading takes it (cword), or the
// form.
func (s *syntax) treeWord(n node) cameo.Word {
	w := s.tr.w(n)
	lemma := strings.ToLower(w.Lemma)
	if lemma == "" || lemma == "_" {
		lemma = strings.ToLower(w.Form)
		if w.UPOS == "NOUN" || w.UPOS == "PROPN" {
			lemma = singular(lemma)
		}
	}
	return cameo.Word{Lemma: lemma, Form: w.Form}
}
