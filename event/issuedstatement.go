package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// issuedstatement.go: a lead's frame whose subject is a document an actor
// issued ("a statement put out by the railway said on Thursday", "a
// report issued Tuesday by the institute said") is the issuer's statement,
// of the day the document was issued.

// issuedStatements are the nouns of a document a body issues that a
// lead's verb of speech can take as its subject (issuedBy, issuedDay;
// data/words.yaml).
var issuedStatements = wordList("issued_statements")

// issuedNoun reports whether the subject n of a lead's verb of speech is a
// noun of issuedStatements.
func (s *sent) issuedNoun(n node) bool {
	w := s.tr.w(n)
	return w.UPOS == "NOUN" && (issuedStatements[strings.ToLower(w.Lemma)] || issuedStatements[strings.ToLower(w.Form)])
}

// issuedBy returns the issuer of the document n, a subject of
// issuedNoun: the agent of a past participle of it ("released by the
// airline"), or a "by" phrase the parse hangs on that participle's time
// ("issued on Monday by the bureau"), else noNode. Its possessor or compound ("the ministry's
// statement", "a UN report") is no clause and leadSpeaker finds it
// itself.
func (s *sent) issuedBy(n node) node {
	tr := s.tr
	if !s.issuedNoun(n) {
		return noNode
	}
	for _, p := range tr.kids(n, is("acl")) {
		if tr.w(p).XPOS != "VBN" || len(tr.kids(p, is("mark"))) > 0 {
			continue
		}
		if a := tr.kids(p, is("obl:agent")); len(a) > 0 {
			return a[0]
		}
		for _, o := range tr.kids(p, is("obl")) {
			for _, a := range tr.kids(o, is("nmod")) {
				if hasCase(tr, a, "by") {
					return a // "issued on Monday by the bureau", the agent hung on the day
				}
			}
		}
	}
	return noNode
}

// issuedDay returns the day the subject of the lead's verb of speech at
// node v was issued on, when that subject is a noun of issuedStatements
// dated itself or through a past participle of it ("a report published
// on Tuesday said"; participleDay). nil for none.
func (s *sent) issuedDay(v node) *timex.Timex {
	for _, c := range s.tr.kids(v, is("nsubj")) {
		if s.issuedNoun(c) {
			return s.participleDay(c)
		}
	}
	return nil
}
