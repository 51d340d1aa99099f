package parser

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// The transitions can leave a tree Universal Dependencies does not allow:
// a word hung on punctuation, a verb with two subjects, a passive subject
// with no passive auxiliary. repair mends what
// the tree itself shows to be wrong, keeping the rest as decoded; the
// gold trees of the training data have almost none of these, news read
// by the parser some (6% of TE3-Silver sentences had an arc from
// punctuation, 4% a second subject).

// repair mends the decoded tree s (see above).
func repair(s *conllu.Sentence) {
	liftFromPunct(s)
	oneSubject(s)
	activeSubjects(s)
}

// liftFromPunct gives each word the parse hung on punctuation the
// punctuation's own head: punctuation heads nothing in Universal
// Dependencies ("denied that it had sent troops." with "sent" on the
// period is "sent" on "denied"); punctuation that is the root keeps its
// dependents (a sentence of punctuation alone). A clause keeps its
// relation (liftedClauses); any other word takes the unspecified
// relation fallbackLabel: a relation chosen for a punctuation head says
// nothing of the new one ("Shoigu arrived in Pyongyang since Putin held
// talks with Trump." with "Trump" a subject of the period is no subject
// of "arrived").
func liftFromPunct(s *conllu.Sentence) {
	lifted := make([]bool, len(s.Tokens))
	for i := range s.Tokens {
		t := &s.Tokens[i]
		for hops := 0; hops < len(s.Tokens) && t.Head > 0 && s.Tokens[t.Head-1].UPOS == "PUNCT" && s.Tokens[t.Head-1].Head > 0; hops++ {
			t.Head, lifted[i] = s.Tokens[t.Head-1].Head, true
		}
		if lifted[i] && t.UPOS != "PUNCT" && !liftedClauses[baseRelation(t.DepRel)] {
			t.DepRel = fallbackLabel
		}
	}
	markLiftedClauses(s, lifted)
}

// markLiftedClauses mends a subordinator lifted from punctuation with the
// clause after it: it marks the first lifted verb that follows it, and a
// clause "that" opens under a verb is that verb's complement ("denied
// that it had sent troops." hung on the period: "that" marks "sent",
// "sent" the complement of "denied").
func markLiftedClauses(s *conllu.Sentence, lifted []bool) {
	for i := range s.Tokens {
		if !lifted[i] || s.Tokens[i].UPOS != "SCONJ" {
			continue
		}
		for j := i + 1; j < len(s.Tokens); j++ {
			v := &s.Tokens[j]
			if !lifted[j] || v.UPOS != "VERB" && v.UPOS != "AUX" {
				continue
			}
			s.Tokens[i].Head, s.Tokens[i].DepRel = j+1, "mark"
			if strings.EqualFold(s.Tokens[i].Form, "that") && v.Head > 0 && s.Tokens[v.Head-1].UPOS == "VERB" && (v.DepRel == "advcl" || v.DepRel == fallbackLabel) {
				v.DepRel = "ccomp"
			}
			break
		}
	}
}

// liftedClauses are the relations a word lifted from punctuation keeps: a
// clause's relation to the clause it joins tells what it is, whatever
// word it hangs on ("after arriving" stays an adverbial clause).
var liftedClauses = map[string]bool{"advcl": true, "ccomp": true, "xcomp": true, "parataxis": true}

// baseRelation is a relation without its subtype ("advcl:relcl" → "advcl").
func baseRelation(rel string) string {
	base, _, _ := strings.Cut(rel, ":")
	return base
}

// oneSubject leaves each word one subject: of several nominal subjects, one
// with a preposition is an oblique ("The left on Tuesday reached" with
// "Tuesday" a subject), and one after a coordinating conjunction is a
// conjunct of the subject before it when both come before the verb
// ("Jiang Zemin and Li Peng thanked Chirac" with both subjects of
// "thanked"). Others are left as they are.
func oneSubject(s *conllu.Sentence) {
	for h := 1; h <= len(s.Tokens); h++ {
		var subj []int
		for i := range s.Tokens {
			if s.Tokens[i].Head == h && (s.Tokens[i].DepRel == "nsubj" || s.Tokens[i].DepRel == "nsubj:pass") {
				subj = append(subj, i)
			}
		}
		if len(subj) < 2 {
			continue
		}
		kept := subj[:0:0]
		for _, i := range subj {
			if hasChild(s, i, "case") {
				s.Tokens[i].DepRel = "obl"
				continue
			}
			kept = append(kept, i)
		}
		for k := 1; k < len(kept); k++ {
			first, i := kept[0], kept[k]
			if i < h-1 && coordinated(s, first, i) {
				s.Tokens[i].Head, s.Tokens[i].DepRel = first+1, "conj"
			}
		}
	}
}

// hasChild reports whether token i (0-based) has a dependent of relation rel.
func hasChild(s *conllu.Sentence, i int, rel string) bool {
	for j := range s.Tokens {
		if s.Tokens[j].Head == i+1 && s.Tokens[j].DepRel == rel {
			return true
		}
	}
	return false
}

// coordinated reports whether tokens a < b (0-based) are joined by a
// coordinating conjunction between them, with no verb between them.
func coordinated(s *conllu.Sentence, a, b int) bool {
	cc := false
	for j := a + 1; j < b; j++ {
		switch s.Tokens[j].UPOS {
		case "VERB", "AUX":
			return false
		case "CCONJ":
			cc = true
		}
	}
	return cc
}

// activeSubjects makes a passive subject whose verb has no passive
// auxiliary an active one: "The United Nations has urged the world" with
// "Nations" a passive subject of "urged" is its agent.
func activeSubjects(s *conllu.Sentence) {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.DepRel == "nsubj:pass" && t.Head > 0 && !hasChild(s, t.Head-1, "aux:pass") {
			t.DepRel = "nsubj"
		}
	}
}
