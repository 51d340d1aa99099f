package event

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timex"
)

// conlluWords builds parse words from "form/UPOS/XPOS/head/rel" fields.
func conlluWords(spec string) []conllu.Token {
	var ws []conllu.Token
	for _, f := range strings.Fields(spec) {
		p := strings.Split(f, "/")
		h, _ := strconv.Atoi(p[3])
		ws = append(ws, conllu.Token{Form: p[0], UPOS: p[1], XPOS: p[2], Head: h, DepRel: p[4]})
	}
	return ws
}

// TestRepairTimedSubject checks the repair of a verb the parse hangs on
// its subject as a reduced relative when a time phrase stands between
// them, and that true reduced relatives and other trees stay as parsed.
func TestRepairTimedSubject(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		// want gives "head/rel" of each word after the repair ("" = unchanged)
		want string
	}{
		{"a time phrase between subject and past verb",
			"Hamas/PROPN/NNP/0/root on/ADP/IN/3/case Monday/PROPN/NNP/1/nmod called/VERB/VBD/1/acl on/ADP/IN/6/case Israel/PROPN/NNP/4/obl ./PUNCT/./1/punct",
			"4/nsubj 3/case 4/obl 0/root 6/case 4/obl 4/punct"},
		{"a common noun subject, last week",
			"The/DET/DT/2/det court/NOUN/NN/0/root last/ADJ/JJ/4/amod week/NOUN/NN/2/nmod:tmod jailed/VERB/VBD/2/acl men/NOUN/NNS/5/obj",
			"2/det 5/nsubj 4/amod 5/obl:tmod 0/root 5/obj"},
		{"a past verb hung as an adverbial clause after the time phrase",
			"Opposition/NOUN/NN/2/compound leader/NOUN/NN/0/root Ana/PROPN/NNP/2/appos Lopez/PROPN/NNP/3/flat on/ADP/IN/6/case Friday/PROPN/NNP/2/nmod appealed/VERB/VBD/2/advcl to/ADP/IN/9/case voters/NOUN/NNS/7/obl",
			"2/compound 7/nsubj 2/appos 3/flat 6/case 7/obl 0/root 9/case 7/obl"},
		{"a past verb hung as a bare dependent after the time phrase",
			"Ardena/PROPN/NNP/0/root on/ADP/IN/3/case Thursday/PROPN/NNP/1/nmod said/VERB/VBD/1/dep talks/NOUN/NNS/7/nsubj were/AUX/VBD/7/cop possible/ADJ/JJ/4/ccomp",
			"4/nsubj 3/case 4/obl 0/root 7/nsubj 7/cop 4/ccomp"},
		{"a past verb hung as a relative adverbial clause after the time phrase",
			"Ardena/PROPN/NNP/0/root on/ADP/IN/3/case Thursday/PROPN/NNP/1/nmod said/VERB/VBD/1/advcl:relcl the/DET/DT/6/det visit/NOUN/NN/9/nsubj was/AUX/VBD/9/cop a/DET/DT/9/det success/NOUN/NN/4/ccomp",
			"4/nsubj 3/case 4/obl 0/root 6/det 9/nsubj 9/cop 9/det 4/ccomp"},
		{"a participle is a reduced relative",
			"Officials/NOUN/NNS/0/root on/ADP/IN/3/case Monday/PROPN/NNP/1/nmod blamed/VERB/VBN/1/acl for/ADP/IN/6/case failure/NOUN/NN/4/obl",
			""},
		{"no time phrase before the verb",
			"Hamas/PROPN/NNP/0/root of/ADP/IN/3/case Gaza/PROPN/NNP/1/nmod called/VERB/VBD/1/acl on/ADP/IN/6/case Israel/PROPN/NNP/4/obl",
			""},
		{"the verb has a subject of its own",
			"Talks/NOUN/NNS/0/root on/ADP/IN/3/case Monday/PROPN/NNP/1/nmod he/PRON/PRP/5/nsubj called/VERB/VBD/1/acl",
			""},
		{"an acronym in parentheses between subject and past verb",
			"The/DET/DT/2/det Agency/PROPN/NNP/0/root (/PUNCT/-LRB-/4/punct IAEA/PROPN/NNP/2/appos )/PUNCT/-RRB-/4/punct said/VERB/VBD/2/acl:relcl it/PRON/PRP/8/nsubj agreed/VERB/VBD/6/ccomp",
			"2/det 6/nsubj 4/punct 2/appos 4/punct 0/root 8/nsubj 6/ccomp"},
		{"a relative clause with its pronoun stays",
			"The/DET/DT/2/det Agency/PROPN/NNP/0/root (/PUNCT/-LRB-/4/punct IAEA/PROPN/NNP/2/appos )/PUNCT/-RRB-/4/punct which/PRON/WDT/7/nsubj said/VERB/VBD/2/acl:relcl",
			""},
		{"a relative clause with no cue before it stays",
			"The/DET/DT/2/det report/NOUN/NN/0/root officials/NOUN/NNS/4/obj released/VERB/VBD/2/acl:relcl",
			""},
	} {
		ws := conlluWords(c.spec)
		orig := append([]conllu.Token(nil), ws...)
		got := repairTimedSubject(ws)
		for k := range ws {
			if ws[k] != orig[k] {
				t.Fatalf("%s: the input was modified", c.name)
			}
		}
		if c.want == "" {
			if &got[0] != &ws[0] {
				t.Errorf("%s: repaired, want the parse as it is", c.name)
			}
			continue
		}
		var out []string
		for _, w := range got {
			out = append(out, strconv.Itoa(w.Head)+"/"+w.DepRel)
		}
		if g := strings.Join(out, " "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}

// TestRepairSubjectedModifier checks the repair of a verb the parse reads
// as a modifier of its object's noun though it gives the verb a subject,
// and that a true modifier stays as parsed.
func TestRepairSubjectedModifier(t *testing.T) {
	for _, c := range []struct {
		name, spec, want string
	}{
		{"a subject and a participle modifier",
			"Hamas/PROPN/NNP/2/nsubj criticised/VERB/VBN/4/amod Palestinian/ADJ/JJ/4/amod leader/NOUN/NN/0/root",
			"2/nsubj 0/root 4/amod 2/obj"},
		{"a modifier with no subject",
			"the/DET/DT/3/det criticised/VERB/VBN/3/amod leader/NOUN/NN/0/root",
			""},
	} {
		ws := conlluWords(c.spec)
		got := repairSubjectedModifier(ws)
		if c.want == "" {
			if &got[0] != &ws[0] {
				t.Errorf("%s: repaired, want the parse as it is", c.name)
			}
			continue
		}
		var out []string
		for _, w := range got {
			out = append(out, strconv.Itoa(w.Head)+"/"+w.DepRel)
		}
		if g := strings.Join(out, " "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}

// TestTimedSubjectEvents checks that a verbal act whose subject and verb
// a time phrase separates is an event of that subject, and that an office
// holder or a noun with a name in apposition is an actor's subject, no
// thing's.
func TestTimedSubjectEvents(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	extra := []ent{
		{"Hamas", "org:hamas", actor.Organization, false},
		{"Israel", "country:ISR", actor.Country, false},
		{"Jean Martin", "person:martin", actor.Person, false},
	}
	for _, c := range []struct {
		text, trigger string
		want          Type
		agent         string // "" for any
	}{
		{"Hamas on Monday called on Israel to release the prisoners.", "called", Appeal, "org:hamas"},
		{"The mayor of Lyon, Jean Martin, on Monday called on Israel to free the journalists.", "called", Appeal, "person:martin"},
		{"The mayor on Monday urged Israel to free the journalists.", "urged", Appeal, ""},
		{"The death toll on Monday broke the record of 1998.", "broke", "", ""},
		{"In a statement issued late Monday, Hamas criticised Palestinian leader Jean Martin for the delay.", "criticised", Disapprove, "org:hamas"},
	} {
		in := inputWith(c.text, extra, tx{"Monday", timex.Date, "2024-06-17", true})
		in.Parse = p.Sentence
		var got *Mention
		for _, m := range Extract(in) {
			if m.Trigger == c.trigger {
				got = &m
			}
		}
		switch {
		case c.want == "" && got != nil:
			t.Errorf("%q: %s event, want none", c.text, got.Type)
		case c.want == "":
		case got == nil:
			t.Errorf("%q: no event at %q, want %s", c.text, c.trigger, c.want)
		case got.Type != c.want:
			t.Errorf("%q: %s, want %s", c.text, got.Type, c.want)
		case c.agent != "" && !strings.Contains(roles(*got), "agent="+c.agent):
			t.Errorf("%q: roles %s, want agent %s", c.text, roles(*got), c.agent)
		}
	}
}

// TestRepairNameBeforeSpan checks that a name the parse makes a compound
// of a span of time after it ("Merkel hours before") becomes the head in
// the span's place, and that other compounds stay as parsed.
func TestRepairNameBeforeSpan(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a name before hours before",
			"he/PRON/PRP/2/nsubj called/VERB/VBD/0/root Chancellor/PROPN/NNP/5/compound Merkel/PROPN/NNP/5/compound hours/NOUN/NNS/2/obj before/SCONJ/IN/8/mark she/PRON/PRP/8/nsubj left/VERB/VBD/5/acl",
			"2/nsubj 0/root 4/compound 2/obj 2/obl:npmod 8/mark 8/nsubj 5/acl"},
		{"the span read as a bare oblique",
			"he/PRON/PRP/2/nsubj called/VERB/VBD/0/root Merkel/PROPN/NNP/4/compound hours/NOUN/NNS/2/obl:unmarked before/SCONJ/IN/7/mark she/PRON/PRP/7/nsubj left/VERB/VBD/2/advcl",
			"2/nsubj 0/root 2/obj 2/obl:npmod 7/mark 7/nsubj 2/advcl"},
		{"a common noun before the span",
			"he/PRON/PRP/2/nsubj spent/VERB/VBD/0/root working/NOUN/NN/4/compound hours/NOUN/NNS/2/obj before/SCONJ/IN/7/mark she/PRON/PRP/7/nsubj left/VERB/VBD/4/acl",
			""},
		{"no relating word after the span",
			"he/PRON/PRP/2/nsubj won/VERB/VBD/0/root Olympic/PROPN/NNP/4/compound medals/NOUN/NNS/2/obj",
			""},
	} {
		checkRepair(t, repairNameBeforeSpan, c.name, c.spec, c.want)
	}
	checkHeadlines(t, []headlineCase{
		{"Putin telephoned Chancellor Kim hours before she met Xi in Beijing.", "telephoned", "Putin telephones Kim Jong Un"},
	})
}

// TestRepairFalseAuxiliary checks that a plural noun the parse makes an
// auxiliary of the verb after it ("U.S. stocks closed": "stocks" read as a
// verb) becomes the verb's subject, and that true auxiliaries stay.
func TestRepairFalseAuxiliary(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a plural noun read as an auxiliary",
			"U.S./PROPN/NNP/3/nsubj:pass stocks/VERB/VBZ/3/aux:pass closed/VERB/VBN/0/root lower/ADJ/JJR/3/advmod",
			"2/compound 3/nsubj 0/root 3/advmod"},
		{"a true auxiliary",
			"Russia/PROPN/NNP/3/nsubj:pass was/AUX/VBD/3/aux:pass attacked/VERB/VBN/0/root",
			""},
	} {
		checkRepair(t, repairFalseAuxiliary, c.name, c.spec, c.want)
	}
	checkHeadlines(t, []headlineCase{
		{"U.S. stocks ended lower on Wednesday.", "ended", "U.S. stocks end lower"},
	})
}

// TestRepairRelativeRoot checks that a relative clause between commas the
// parse takes for the root ("Hamas, which took power, has warned") becomes
// a relative clause on the subject, the true verb the root, and that the
// warning is no longer dated by the relative clause's time (tellsMoreOf).
func TestRepairRelativeRoot(t *testing.T) {
	ws := conlluWords("Hamas/PROPN/NNP/4/nsubj ,/PUNCT/,/4/punct which/PRON/WDT/4/nsubj took/VERB/VBD/0/root power/NOUN/NN/4/obj ,/PUNCT/,/8/punct has/AUX/VBZ/8/aux warned/VERB/VBN/4/conj ./PUNCT/./4/punct")
	if s, want := headRels(repairRelativeRoot(ws)), "8/nsubj 8/punct 4/nsubj 1/acl:relcl 4/obj 8/punct 8/aux 0/root 8/punct"; s != want {
		t.Errorf("got %s, want %s", s, want)
	}
	text := "Hamas, which took power after a stunning election win over Fatah in January, has warned that such a move would amount to a coup."
	m := find(t, parsed(t, text, tx{"January", timex.Date, "2024-01", true}), "warned")
	if m.Time != nil {
		t.Errorf("%q: the warning is dated %s, want bound by the publication", text, m.Time.Value)
	}
}

// headRels writes each word's head and relation ("2/nsubj 0/root").
func headRels(ws []conllu.Token) string {
	var parts []string
	for _, w := range ws {
		parts = append(parts, strconv.Itoa(w.Head)+"/"+w.DepRel)
	}
	return strings.Join(parts, " ")
}

// checkRepair checks one case of a parse repair: the "head/rel" of each
// word after it (want), or, with want "", the parse left as it is.
func checkRepair(t *testing.T, repair func([]conllu.Token) []conllu.Token, name, spec, want string) {
	t.Helper()
	ws := conlluWords(spec)
	got := repair(ws)
	if want == "" {
		if &got[0] != &ws[0] {
			t.Errorf("%s: repaired, want the parse as it is", name)
		}
		return
	}
	if s := headRels(got); s != want {
		t.Errorf("%s: got %s, want %s", name, s, want)
	}
}

// TestRepairAppositionReporter checks that a name in apposition to a
// person noun, which the parse makes the subject of the report after it
// ("sacked his minister, Shoigu, the agency reported"), becomes the
// noun's apposition and the reporter the report's subject, and that a
// speaker named with his title stays the subject.
func TestRepairAppositionReporter(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a name in apposition read as the reporter",
			"Putin/PROPN/NNP/2/nsubj sacked/VERB/VBD/0/root his/PRON/PRP$/4/nmod:poss minister/NOUN/NN/2/obj ,/PUNCT/,/6/punct Shoigu/PROPN/NNP/10/nsubj ,/PUNCT/,/9/punct the/DET/DT/9/det agency/NOUN/NN/6/appos reported/VERB/VBD/2/conj ./PUNCT/./2/punct",
			"2/nsubj 0/root 4/nmod:poss 2/obj 6/punct 4/appos 9/punct 9/det 10/nsubj 2/conj 2/punct"},
		{"a speaker named with his title",
			"Russia/PROPN/NNP/3/nsubj will/AUX/MD/3/aux act/VERB/VB/0/root ,/PUNCT/,/5/punct Lavrov/PROPN/NNP/9/nsubj ,/PUNCT/,/8/punct the/DET/DT/8/det minister/NOUN/NN/5/appos said/VERB/VBD/3/parataxis ./PUNCT/./3/punct",
			""},
	} {
		checkRepair(t, repairAppositionReporter, c.name, c.spec, c.want)
	}
	text := "Erdogan on Monday sacked his transport minister, Sergei Shoigu, the Anadolu news agency reported."
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	in := inputWith(text, []ent{{"Sergei Shoigu", "person:sergei-shoigu", actor.Person, false}})
	in.Parse = p.Sentence
	if got, want := roles(find(t, in, "sacked")), "agent=person:erdogan target=person:sergei-shoigu"; got != want {
		t.Errorf("roles %s, want %s", got, want)
	}
}

// TestRepairClauseOblique checks the repair of a clause opened by "after"
// or "before" that the parse reads as an oblique and a subjectless
// conjunct, and that true coordinations and obliques stay as parsed.
func TestRepairClauseOblique(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"a passive clause after a span",
			"Putin/PROPN/NNP/2/nsubj spoke/VERB/VBD/0/root hours/NOUN/NNS/2/obj after/ADP/IN/7/case a/DET/DT/7/det Russian/ADJ/JJ/7/amod farmer/NOUN/NN/2/obl was/AUX/VBD/9/aux:pass wounded/VERB/VBN/2/conj ./PUNCT/./2/punct",
			"2/nsubj 0/root 2/obj 9/mark 7/det 7/amod 9/nsubj:pass 9/aux:pass 2/advcl 2/punct"},
		{"an active clause before the talks",
			"Putin/PROPN/NNP/2/nsubj left/VERB/VBD/0/root before/ADP/IN/5/case the/DET/DT/5/det talks/NOUN/NNS/2/obl had/AUX/VBD/7/aux ended/VERB/VBN/2/conj",
			"2/nsubj 0/root 7/mark 5/det 7/nsubj 7/aux 2/advcl"},
		{"a coordinated passive verb",
			"Putin/PROPN/NNP/2/nsubj arrived/VERB/VBD/0/root in/ADP/IN/4/case Kursk/PROPN/NNP/2/obl and/CCONJ/CC/7/cc was/AUX/VBD/7/aux:pass greeted/VERB/VBN/2/conj",
			""},
		{"a finite clause after an oblique",
			"Kursk/PROPN/NNP/2/nsubj protested/VERB/VBD/0/root after/ADP/IN/5/case the/DET/DT/5/det envoys/NOUN/NNS/2/obl rejected/VERB/VBD/2/conj a/DET/DT/8/det plan/NOUN/NN/6/obj ./PUNCT/./2/punct",
			"2/nsubj 0/root 6/mark 5/det 6/nsubj 2/advcl 8/det 6/obj 2/punct"},
		{"a finite clause after a noun's modifier",
			"Ivo/PROPN/NNP/3/nsubj:pass stays/AUX/VBZ/3/aux:pass barred/VERB/VBN/0/root from/ADP/IN/5/case rallies/NOUN/NNS/3/obl after/ADP/IN/9/case a/DET/DT/9/det district/NOUN/NN/9/compound board/NOUN/NN/5/nmod extended/VERB/VBD/3/conj the/DET/DT/12/det curfew/NOUN/NN/10/obj",
			"3/nsubj:pass 3/aux:pass 0/root 5/case 3/obl 10/mark 9/det 9/compound 10/nsubj 3/advcl 12/det 10/obj"},
		{"as before a finite clause",
			"Shares/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root as/ADP/IN/4/case traders/NOUN/NNS/2/obl bought/VERB/VBD/2/conj banks/NOUN/NNS/5/obj",
			"2/nsubj 0/root 5/mark 5/nsubj 2/advcl 5/obj"},
		{"as before an auxiliary: a role",
			"Ivo/PROPN/NNP/2/nsubj served/VERB/VBD/0/root as/ADP/IN/4/case envoy/NOUN/NN/2/obl was/AUX/VBD/6/aux:pass named/VERB/VBN/2/conj",
			""},
		{"a speaker set off by a comma",
			"Kursk/PROPN/NNP/2/nsubj voted/VERB/VBD/0/root before/ADP/IN/4/case noon/NOUN/NN/2/obl ,/PUNCT/,/7/punct an/DET/DT/7/det aide/NOUN/NN/4/appos said/VERB/VBD/2/conj",
			""},
		{"an oblique of place before the conjunct",
			"Putin/PROPN/NNP/2/nsubj arrived/VERB/VBD/0/root in/ADP/IN/4/case Kursk/PROPN/NNP/2/obl was/AUX/VBD/6/aux:pass greeted/VERB/VBN/2/conj",
			""},
	} {
		checkRepair(t, repairClauseOblique, c.name, c.spec, c.want)
	}
	checkRoles(t, []roleCase{
		// the speaker is not the one wounded
		{"Putin spoke hours after a Russian soldier was wounded in a grenade attack in Kursk.", "wounded", "location=place:kursk target=country:RUS"},
	})
}

// TestRepairStrandedObject checks that the object of a second coordinated
// verb the parse hangs on the first, which has its own object, becomes
// the second verb's, with the first verb's dependents after the conjunct,
// and that a shared object and a conjunct with its own object stay as
// parsed.
func TestRepairStrandedObject(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"the second verb's object hung on the first",
			"Guards/NOUN/NNS/2/nsubj held/VERB/VBD/0/root three/NUM/CD/4/nummod smugglers/NOUN/NNS/2/obj and/CCONJ/CC/6/cc burned/VERB/VBD/2/conj crops/NOUN/NNS/2/obj near/ADP/IN/9/case the/DET/DT/9/det border/NOUN/NN/2/obl ./PUNCT/./2/punct",
			"2/nsubj 0/root 4/nummod 2/obj 6/cc 2/conj 6/obj 9/case 9/det 6/obl 2/punct"},
		{"a shared object after both verbs",
			"Guards/NOUN/NNS/2/nsubj held/VERB/VBD/0/root and/CCONJ/CC/4/cc questioned/VERB/VBD/2/conj smugglers/NOUN/NNS/2/obj",
			""},
		{"a conjunct with its own object",
			"Guards/NOUN/NNS/2/nsubj held/VERB/VBD/0/root smugglers/NOUN/NNS/2/obj and/CCONJ/CC/5/cc burned/VERB/VBD/2/conj crops/NOUN/NNS/5/obj",
			""},
	} {
		checkRepair(t, repairStrandedObject, c.name, c.spec, c.want)
	}
}

// TestRepairStrandedReporter checks the repair of a closing report whose
// speaker the parse hangs on the reported clause, or which itself hangs
// off the root or with a relation no report takes, and that a report with
// its own subject on the root or a coordinated verb stays as parsed.
func TestRepairStrandedReporter(t *testing.T) {
	for _, c := range []struct {
		name, spec, want string
	}{
		{"a speaker hung on the reported verb",
			"Link/PROPN/NNP/4/nsubj:pass will/AUX/MD/4/aux be/AUX/VB/4/aux:pass completed/VERB/VBN/0/root ,/PUNCT/,/8/punct Transport/PROPN/NNP/7/compound Minister/PROPN/NNP/8/nmod:desc Chan/PROPN/NNP/4/obl said/VERB/VBD/4/conj Monday/PROPN/NNP/9/obl:unmarked",
			"4/nsubj:pass 4/aux 4/aux:pass 0/root 8/punct 7/compound 8/nmod:desc 9/nsubj 4/parataxis 9/obl:unmarked"},
		{"an agency with a participle and an acronym",
			"Demand/NOUN/NN/2/nsubj recovered/VERB/VBD/0/root ,/PUNCT/,/8/punct the/DET/DT/8/det Manila/PROPN/NNP/6/compound based/VERB/VBN/8/amod Development/NOUN/NN/8/compound Bank/PROPN/NNP/2/conj said/VERB/VBD/2/advcl",
			"2/nsubj 0/root 8/punct 8/det 6/compound 8/amod 8/compound 9/nsubj 2/advcl"},
		{"a report hung on the speaker's own phrase",
			"Ties/NOUN/NNS/2/nsubj grew/VERB/VBD/0/root ,/PUNCT/,/5/punct outgoing/VERB/VBG/2/advcl envoy/NOUN/NN/4/obj Som/PROPN/NNP/7/nsubj said/VERB/VBD/4/advcl",
			"2/nsubj 0/root 5/punct 6/amod 4/obj 7/nsubj 2/parataxis"},
		{"the report has its subject",
			"Demand/NOUN/NN/2/nsubj recovered/VERB/VBD/0/root ,/PUNCT/,/5/punct the/DET/DT/5/det Bank/PROPN/NNP/6/nsubj said/VERB/VBD/2/parataxis",
			""},
		{"a report hung on a verb inside the reported clause",
			"Oslo/PROPN/NNP/2/nsubj approved/VERB/VBD/0/root plans/NOUN/NNS/2/obj to/PART/TO/5/mark widen/VERB/VB/3/acl roads/NOUN/NNS/5/obj ,/PUNCT/,/9/punct the/DET/DT/9/det ministry/NOUN/NN/10/nsubj said/VERB/VBD/5/conj",
			"2/nsubj 0/root 2/obj 5/mark 3/acl 5/obj 9/punct 9/det 10/nsubj 2/parataxis"},
		{"a report read as a relative clause of the root noun",
			"Malaria/NOUN/NN/3/nsubj is/AUX/VBZ/3/cop killer/NOUN/NN/0/root ,/PUNCT/,/6/punct the/DET/DT/6/det institute/NOUN/NN/7/nsubj said/VERB/VBD/3/acl:relcl",
			"3/nsubj 3/cop 0/root 6/punct 6/det 7/nsubj 3/parataxis"},
		{"a report on the root as a conjunct",
			"Demand/NOUN/NN/2/nsubj recovered/VERB/VBD/0/root ,/PUNCT/,/5/punct the/DET/DT/5/det Bank/PROPN/NNP/6/nsubj said/VERB/VBD/2/conj",
			""},
		{"a coordinated verb",
			"Chan/PROPN/NNP/2/nsubj arrived/VERB/VBD/0/root ,/PUNCT/,/4/punct Lee/PROPN/NNP/2/conj and/CCONJ/CC/6/cc said/VERB/VBD/2/conj",
			""},
		{"a report read as the complement of the modal clause it closes",
			"Oslo/PROPN/NNP/3/nsubj will/AUX/MD/3/aux act/VERB/VB/0/root ,/PUNCT/,/7/punct spokesman/NOUN/NN/3/obl Lee/PROPN/NNP/5/appos said/VERB/VBD/3/ccomp",
			"3/nsubj 3/aux 0/root 7/punct 7/nsubj 5/appos 3/parataxis"},
		{"a long phrase whose brackets do not count",
			"Oslo/PROPN/NNP/2/nsubj acted/VERB/VBD/0/root ,/PUNCT/,/15/punct the/DET/DT/7/det Nordic/ADJ/JJ/7/amod Court/PROPN/NNP/7/compound of/ADP/IN/7/case Justice/PROPN/NNP/2/obl for/ADP/IN/10/case the/DET/DT/10/det North/PROPN/NNP/7/nmod (/PUNCT/-LRB-/12/punct NCJ/PROPN/NNP/10/appos )/PUNCT/-RRB-/12/punct said/VERB/VBD/2/conj",
			"2/nsubj 0/root 15/punct 7/det 7/amod 7/compound 7/case 15/nsubj 10/case 10/det 7/nmod 12/punct 10/appos 12/punct 2/parataxis"},
		{"a word of the speaker's phrase hung on the reported clause",
			"Oslo/PROPN/NNP/2/nsubj acted/VERB/VBD/0/root ,/PUNCT/,/8/punct a/DET/DT/8/det senior/ADJ/JJ/8/amod Labour/PROPN/NNP/2/xcomp Party/PROPN/NNP/6/flat official/NOUN/NN/9/nsubj said/VERB/VBD/2/parataxis",
			"2/nsubj 0/root 8/punct 8/det 8/amod 8/compound 6/flat 9/nsubj 2/parataxis"},
	} {
		checkRepair(t, repairStrandedReporter, c.name, c.spec, c.want)
	}
}

// TestRepairInvertedReporter checks the repair of a reporting verb after a
// comma read as an adjective of the speaker's title, and that "the said
// minister" stays as parsed.
func TestRepairInvertedReporter(t *testing.T) {
	for _, c := range []struct {
		name, spec, want string
	}{
		{"a report after the comma",
			"Trade/NOUN/NN/2/nsubj grew/VERB/VBD/0/root ,/PUNCT/,/2/punct said/VERB/VBD/6/amod Vice/PROPN/NNP/6/compound Minister/PROPN/NNP/2/vocative Lu/PROPN/NNP/6/flat",
			"2/nsubj 0/root 2/punct 2/parataxis 6/compound 4/nsubj 6/flat"},
		{"the said minister",
			"The/DET/DT/3/det said/VERB/VBD/3/amod minister/NOUN/NN/4/nsubj resigned/VERB/VBD/0/root",
			""},
	} {
		checkRepair(t, repairInvertedReporter, c.name, c.spec, c.want)
	}
}

// TestRepairAccordingSubject checks that an opening "according to" phrase
// the parse made the verb's subject, the true subject hung inside it after
// the comma, gives the subject back to the verb; and that a subject after
// the phrase the parse read right stays as parsed.
func TestRepairAccordingSubject(t *testing.T) {
	for _, c := range []struct {
		name, spec, want string
	}{
		{"the subject inside the phrase",
			"According/VERB/VBG/3/case to/ADP/IN/1/fixed reports/NOUN/NNS/9/nsubj:pass by/ADP/IN/5/case Norland/PROPN/NNP/3/nmod ,/PUNCT/,/7/punct two/NUM/CD/5/appos were/AUX/VBD/9/aux:pass freed/VERB/VBN/0/root",
			"3/case 1/fixed 9/obl 5/case 3/nmod 7/punct 9/nsubj:pass 9/aux:pass 0/root"},
		{"the subject parsed apart",
			"According/VERB/VBG/3/case to/ADP/IN/1/fixed reports/NOUN/NNS/7/obl ,/PUNCT/,/7/punct two/NUM/CD/7/nsubj:pass were/AUX/VBD/7/aux:pass freed/VERB/VBN/0/root",
			""},
	} {
		checkRepair(t, repairAccordingSubject, c.name, c.spec, c.want)
	}
}

// TestRepairSpanObject checks that a span of time the parse makes the
// verb's object, right before "after" or "before", becomes a bare
// modifier of the verb, and that a true object stays.
func TestRepairSpanObject(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"seconds after",
			"it/PRON/PRP/2/nsubj blew/VERB/VBD/0/root 30/NUM/CD/4/nummod seconds/NOUN/NNS/2/obj after/ADP/IN/6/case takeoff/NOUN/NN/2/obl",
			"2/nsubj 0/root 4/nummod 2/obl:npmod 6/case 2/obl"},
		{"a span with no relating word",
			"they/PRON/PRP/2/nsubj spent/VERB/VBD/0/root three/NUM/CD/4/nummod days/NOUN/NNS/2/obj there/ADV/RB/2/advmod",
			""},
	} {
		checkRepair(t, repairSpanObject, c.name, c.spec, c.want)
	}
}

// TestRepairCountedObject checks that a count opened by a word of
// approximation and read as an oblique of a verb with no object becomes
// the verb's object, and that an oblique after an object stays.
func TestRepairCountedObject(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"over 700 migrants",
			"boats/NOUN/NNS/2/nsubj saved/VERB/VBD/0/root over/ADP/IN/5/case 700/NUM/CD/5/nummod migrants/NOUN/NNS/2/obl",
			"2/nsubj 0/root 4/advmod 5/nummod 2/obj"},
		{"an object already",
			"they/PRON/PRP/2/nsubj moved/VERB/VBD/0/root goods/NOUN/NNS/2/obj over/ADP/IN/6/case 700/NUM/CD/6/nummod miles/NOUN/NNS/2/obl",
			""},
	} {
		checkRepair(t, repairCountedObject, c.name, c.spec, c.want)
	}
}

// TestRepairTimedComplement checks that a clause marked by "that" and read
// as a relative clause of its verb's time noun becomes the verb's
// complement, and that a true relative clause, "that" its pronoun, stays.
func TestRepairTimedComplement(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"said on Friday that",
			"aides/NOUN/NNS/2/nsubj said/VERB/VBD/0/root on/ADP/IN/4/case Friday/PROPN/NNP/2/obl that/SCONJ/IN/8/mark she/PRON/PRP/8/nsubj had/AUX/VBD/8/aux resigned/VERB/VBN/4/acl:relcl",
			"2/nsubj 0/root 4/case 2/obl 8/mark 8/nsubj 8/aux 2/ccomp"},
		{"the week that followed",
			"talks/NOUN/NNS/2/nsubj stalled/VERB/VBD/0/root in/ADP/IN/5/case the/DET/DT/5/det week/NOUN/NN/2/obl that/PRON/WDT/7/nsubj followed/VERB/VBD/5/acl:relcl",
			""},
	} {
		checkRepair(t, repairTimedComplement, c.name, c.spec, c.want)
	}
}

// TestRepairScoreAfterName checks that a side named before a game's score,
// read as the score's modifier, heads the phrase again.
func TestRepairScoreAfterName(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		want       string // "head/rel" of each word after the repair; "" = unchanged
	}{
		{"lost to Chile 1-3",
			"Peru/PROPN/NNP/2/nsubj lost/VERB/VBD/0/root to/ADP/IN/5/case Chile/PROPN/NNP/5/nmod:unmarked 1/NUM/CD/2/obl -/PUNCT/HYPH/7/case 3/NUM/CD/5/nmod",
			"2/nsubj 0/root 4/case 2/obl 2/obl:npmod 7/case 5/nmod"},
		{"no score",
			"Peru/PROPN/NNP/2/nsubj won/VERB/VBD/0/root 3/NUM/CD/2/obj",
			""},
	} {
		checkRepair(t, repairScoreAfterName, c.name, c.spec, c.want)
	}
}
