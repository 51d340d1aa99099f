package parser

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// TestRepair checks each repair of a decoded tree: a word the transitions
// hung on punctuation takes the punctuation's head, keeping its relation
// when it is a clause and taking the unspecified one otherwise; a lifted
// subordinator marks the lifted clause after it; punctuation at the root
// keeps its dependents; a verb's second subject is an oblique when it has
// a preposition and a conjunct when a conjunction joins it to the first
// before the verb; a passive subject needs a passive auxiliary; a bare
// weekday is no core argument, and the name or apposition it wrongly
// heads takes its place; a clause "after" opens, split into an oblique and
// a subjectless conjunct, is one adverbial clause; the speaker of a closing
// ", officials said" is its verb's subject; a conjunct across a relative
// clause goes on from the clause's last noun; a comparative count read as
// the root ("More than 50 students demonstrated") modifies the count of the
// verb's subject.
func TestRepair(t *testing.T) {
	// each case: words as FORM/UPOS/HEAD/DEPREL[/XPOS], and the heads and
	// relations wanted after
	for _, c := range []struct {
		name, in, want string
	}{
		{
			"a clause on the period goes to the verb",
			"Iran/PROPN/2/nsubj denied/VERB/0/root that/SCONJ/5/mark it/PRON/5/nsubj sent/VERB/6/ccomp ./PUNCT/2/punct",
			"2/nsubj 0/root 5/mark 5/nsubj 2/ccomp 2/punct",
		},
		{
			"a subordinator on the period marks the clause after it",
			"Iran/PROPN/2/nsubj denied/VERB/0/root that/SCONJ/6/dep it/PRON/5/nsubj sent/VERB/6/advcl ./PUNCT/2/punct",
			"2/nsubj 0/root 5/mark 5/nsubj 2/ccomp 2/punct",
		},
		{
			"a relation chosen for the period is no relation of the verb",
			"He/PRON/2/nsubj met/VERB/0/root Lee/PROPN/2/obj and/CCONJ/5/cc some/DET/6/nsubj ./PUNCT/2/punct",
			"2/nsubj 0/root 2/obj 5/cc 2/dep 2/punct",
		},
		{
			"a comparative count read as the root",
			"More/ADV/0/root than/ADP/4/case 50/NUM/4/nummod students/NOUN/1/obl demonstrated/VERB/4/acl/VBN on/ADP/7/case Monday/PROPN/5/obl ./PUNCT/1/punct",
			"3/advmod 1/fixed 4/nummod 5/nsubj 0/root 7/case 5/obl 5/punct",
		},
		{
			"a comparative count hung on a reporting verb after it",
			"More/ADV/6/advmod than/ADP/3/case students/NOUN/1/obl demonstrated/VERB/3/acl ,/PUNCT/6/punct reported/VERB/0/root police/NOUN/6/nsubj",
			"3/advmod 1/fixed 4/nsubj 6/ccomp 6/punct 0/root 6/nsubj",
		},
		{
			"a comparative governing a verb is left alone",
			"More/ADJ/0/root than/ADP/3/case half/NOUN/1/obl voted/VERB/1/advcl ./PUNCT/1/punct",
			"0/root 3/case 1/obl 1/advcl 1/punct",
		},
		{
			"a subject with a preposition is an oblique",
			"The/DET/2/det left/NOUN/6/nsubj on/ADP/4/case Tuesday/PROPN/6/nsubj also/ADV/6/advmod reached/VERB/0/root ./PUNCT/6/punct",
			"2/det 6/nsubj 4/case 6/obl 6/advmod 0/root 6/punct",
		},
		{
			"a second subject after a conjunction is a conjunct",
			"Jiang/PROPN/5/nsubj and/CCONJ/4/cc Prime/PROPN/4/compound Li/PROPN/5/nsubj thanked/VERB/0/root Chirac/PROPN/5/obj",
			"5/nsubj 4/cc 4/compound 1/conj 0/root 5/obj",
		},
		{
			"a subject after the verb is no conjunct",
			"Sources/NOUN/4/nsubj and/CCONJ/3/cc witnesses/NOUN/1/conj said/VERB/0/root Reuters/PROPN/4/nsubj",
			"4/nsubj 3/cc 1/conj 0/root 4/nsubj",
		},
		{
			"a clause after \"after\" read as an oblique and a conjunct",
			"Peru/PROPN/2/nsubj left/VERB/0/root after/ADP/4/case rebels/NOUN/2/obl ,/PUNCT/6/punct attacked/VERB/2/conj/VBD Lima/PROPN/6/obj",
			"2/nsubj 0/root 6/mark 6/nsubj 6/punct 2/advcl 6/obj",
		},
		{
			"a clause after \"as\" read as a noun and its modifier",
			"Troops/NOUN/2/nsubj fled/VERB/0/root as/ADP/5/case the/DET/5/det rebels/NOUN/2/obl advanced/VERB/5/acl/VBD",
			"2/nsubj 0/root 6/mark 5/det 6/nsubj 2/advcl",
		},
		{
			"after \"as\" a noun and a conjunct stay",
			"Omar/PROPN/2/nsubj served/VERB/0/root as/ADP/4/case chief/NOUN/2/obl ,/PUNCT/6/punct left/VERB/2/conj/VBD",
			"2/nsubj 0/root 4/case 2/obl 6/punct 2/conj",
		},
		{
			"a passive parted by a weekday read as a copula",
			"Lee/PROPN/5/nsubj was/AUX/5/cop on/ADP/4/case Monday/PROPN/5/obl elected/VERB/0/root/VBN",
			"5/nsubj:pass 5/aux:pass 4/case 5/obl 0/root",
		},
		{
			"a passive parted by a time read as its predicate",
			"Men/NOUN/4/nsubj were/AUX/4/cop last/ADJ/4/amod week/NOUN/0/root jailed/VERB/4/acl/VBN ./PUNCT/4/punct",
			"5/nsubj:pass 5/aux:pass 4/amod 5/obl:unmarked 0/root 5/punct",
		},
		{
			"a time predicate with a clause of its own stays",
			"It/PRON/3/nsubj was/AUX/3/cop 1974/NUM/0/root when/ADV/6/advmod Vilas/PROPN/6/nsubj won/VERB/3/advcl/VBD",
			"3/nsubj 3/cop 0/root 6/advmod 6/nsubj 3/advcl",
		},
		{
			"an adjective read as a participle keeps its copula",
			"He/PRON/3/nsubj was/AUX/3/cop interested/VERB/0/root/VBN",
			"3/nsubj 3/cop 0/root",
		},
		{
			"a closing speaker hung on the clause before the comma",
			"Talks/NOUN/2/nsubj ended/VERB/0/root ,/PUNCT/4/punct officials/NOUN/2/appos said/VERB/2/conj/VBD ./PUNCT/2/punct",
			"2/nsubj 0/root 4/punct 5/nsubj 2/parataxis 2/punct",
		},
		{
			"a subject that heads its verb gives the verb its place",
			"In/ADP/2/case Lima/PROPN/4/obl ,/PUNCT/2/punct crude/NOUN/0/root gained/VERB/4/dep/VBD cents/NOUN/5/obj",
			"2/case 4/obl 2/punct 5/nsubj 0/root 5/obj",
		},
		{
			"a phrase with a relative clause is no speaker",
			"Lee/PROPN/0/root ,/PUNCT/3/punct aide/NOUN/1/appos who/PRON/5/nsubj helped/VERB/3/acl:relcl/VBD negotiate/VERB/5/xcomp/VBP",
			"0/root 3/punct 1/appos 5/nsubj 3/acl:relcl 5/xcomp",
		},
		{
			"a conjunct across a relative clause goes on from its last noun",
			"Blasts/NOUN/7/nsubj which/PRON/3/nsubj killed/VERB/1/acl:relcl soldiers/NOUN/3/obj and/CCONJ/6/cc Afghans/PROPN/1/conj hit/VERB/0/root Kabul/PROPN/7/obj",
			"7/nsubj 3/nsubj 1/acl:relcl 3/obj 6/cc 4/conj 0/root 7/obj",
		},
		{
			"a conjunct with its coordinator stays",
			"Peru/PROPN/2/nsubj left/VERB/0/root after/ADP/4/case talks/NOUN/2/obl and/CCONJ/6/cc returned/VERB/2/conj/VBD",
			"2/nsubj 0/root 4/case 2/obl 6/cc 2/conj",
		},
		{
			"a weekday object is a time",
			"Chile/PROPN/2/nsubj agreed/VERB/0/root Friday/PROPN/2/obj on/ADP/5/case terms/NOUN/2/obl",
			"2/nsubj 0/root 2/obl:unmarked 5/case 2/obl",
		},
		{
			"a weekday object with a predicate stays the object",
			"They/PRON/2/nsubj declared/VERB/0/root Friday/PROPN/2/obj a/DET/5/det holiday/NOUN/2/xcomp",
			"2/nsubj 0/root 2/obj 5/det 2/xcomp",
		},
		{
			"a weekday joined to the subject before its verb is a time",
			"Lee/PROPN/6/nsubj ,/PUNCT/3/punct aide/NOUN/1/appos ,/PUNCT/5/punct Tuesday/PROPN/1/conj left/VERB/0/root",
			"6/nsubj 3/punct 1/appos 5/punct 6/obl:unmarked 0/root",
		},
		{
			"a weekday second subject is a time",
			"Officials/NOUN/2/nsubj said/VERB/0/root Sunday/PROPN/2/nsubj",
			"2/nsubj 0/root 2/obl:unmarked",
		},
		{
			"a weekday with a preposition is left to the oblique rule",
			"Talks/NOUN/4/nsubj on/ADP/3/case Monday/PROPN/4/nsubj ended/VERB/0/root",
			"4/nsubj 3/case 4/obl 0/root",
		},
		{
			"the name a weekday heads is the subject",
			"The/DET/4/det state/NOUN/3/compound bank/PROPN/4/compound Monday/PROPN/5/nsubj cut/VERB/0/root rates/NOUN/5/obj",
			"3/det 3/compound 5/nsubj 5/obl:unmarked 0/root 5/obj",
		},
		{
			"an apposition after the weekday is the subject",
			"Last/ADJ/2/amod Sunday/PROPN/6/nsubj ,/PUNCT/5/punct a/DET/5/det storm/NOUN/2/appos hit/VERB/0/root Lima/PROPN/6/obj",
			"2/amod 6/obl:unmarked 5/punct 5/det 6/nsubj 0/root 6/obj",
		},
		{
			"a passive subject with no passive auxiliary is active",
			"Nations/PROPN/3/nsubj:pass has/AUX/3/aux urged/VERB/0/root talks/NOUN/3/obj",
			"3/nsubj 3/aux 0/root 3/obj",
		},
		{
			"a passive subject with its auxiliary stays passive",
			"People/NOUN/3/nsubj:pass were/AUX/3/aux:pass arrested/VERB/0/root",
			"3/nsubj:pass 3/aux:pass 0/root",
		},
		{
			"a chain of punctuation is climbed to its first word",
			"Aid/NOUN/2/nsubj -/PUNCT/3/punct -/PUNCT/4/punct came/VERB/0/root",
			"4/dep 4/punct 4/punct 0/root",
		},
		{
			"punctuation at the root keeps its dependents",
			"!/PUNCT/0/root !/PUNCT/1/punct",
			"0/root 1/punct",
		},
	} {
		var s conllu.Sentence
		for _, w := range strings.Fields(c.in) {
			f := strings.Split(w, "/")
			head, err := strconv.Atoi(f[2])
			if err != nil {
				t.Fatal(err)
			}
			tk := conllu.Token{Form: f[0], UPOS: f[1], Head: head, DepRel: f[3]}
			if len(f) > 4 {
				tk.XPOS = f[4]
			}
			s.Tokens = append(s.Tokens, tk)
		}
		repair(&s)
		var got []string
		for _, tk := range s.Tokens {
			got = append(got, strconv.Itoa(tk.Head)+"/"+tk.DepRel)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}
