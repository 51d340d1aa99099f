package nlp

import (
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/internal/wordlist"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// TestRepairTags checks the retagging of a plural noun read as a verb
// before a past-tense verb, and of a sentence-opening noun modifier read
// as an imperative, and that true verbs stay as tagged.
func TestRepairTags(t *testing.T) {
	for _, c := range []struct {
		name, spec, want string // spec: form/UPOS/XPOS words; want: the XPOS after
	}{
		{"a plural noun before a past verb",
			"Oslo/PROPN/NNP shares/VERB/VBZ rose/VERB/VBD 3/NUM/CD percent/NOUN/NN",
			"NNP NNS VBD CD NN"},
		{"before a participle the tagger made of a past verb, a figure after",
			"Oslo/PROPN/NNP shares/VERB/VBZ tumbled/VERB/VBN 40/NUM/CD points/NOUN/NNS",
			"NNP NNS VBD CD NNS"}, // then the verbless sentence's participle is its verb
		{"a linking verb before a participle stays",
			"The/DET/DT ban/NOUN/NN remains/VERB/VBZ suspended/VERB/VBN in/ADP/IN Oslo/PROPN/NNP",
			"DT NN VBZ VBN IN NNP"},
		{"a participle describing the person named after it",
			"the/DET/DT envoy/NOUN/NN ,/PUNCT/, retired/VERB/VBN General/PROPN/NNP Ann/PROPN/NNP Lee/PROPN/NNP ,/PUNCT/, arrived/VERB/VBD",
			"DT NN , JJ NNP NNP NNP , VBD"},
		{"a verb after a comma before a name stays",
			"Judges/NOUN/NNS in/ADP/IN Lima/PROPN/NNP ,/PUNCT/, sentenced/VERB/VBD Ana/PROPN/NNP Ruiz/PROPN/NNP ,/PUNCT/, an/DET/DT official/NOUN/NN told/VERB/VBD",
			"NNS IN NNP , VBD NNP NNP , DT NN VBD"},
		{"a verb after its subject, before a title, stays",
			"Judges/NOUN/NNS in/ADP/IN Lima/PROPN/NNP sentenced/VERB/VBD General/PROPN/NNP Ana/PROPN/NNP Ruiz/PROPN/NNP and/CCONJ/CC left/VERB/VBD",
			"NNS IN NNP VBD NNP NNP NNP CC VBD"},
		{"a verb after its subject stays",
			"He/PRON/PRP retired/VERB/VBD General/PROPN/NNP Ann/PROPN/NNP Lee/PROPN/NNP and/CCONJ/CC left/VERB/VBD",
			"PRP VBD NNP NNP NNP CC VBD"},
		{"a pronoun subject's verb stays",
			"He/PRON/PRP says/VERB/VBZ troops/NOUN/NNS left/VERB/VBD",
			"PRP VBZ NNS VBD"},
		{"an opening noun modifier before a past verb",
			"Share/VERB/VB prices/NOUN/NNS in/ADP/IN Oslo/PROPN/NNP closed/VERB/VBD higher/ADV/RBR",
			"NN NNS IN NNP VBD RBR"},
		{"a participle between subject and object in a verbless sentence",
			"Oslo/PROPN/NNP 's/PART/POS navy/ADJ/JJ seized/VERB/VBN Ana/PROPN/NNP Ruiz/PROPN/NNP on/ADP/IN Friday/PROPN/NNP",
			"NNP POS JJ VBD NNP NNP IN NNP"},
		{"a participle before a noun object in a verbless sentence",
			"The/DET/DT mayor/NOUN/NN closed/VERB/VBN schools/NOUN/NNS",
			"DT NN VBD NNS"},
		{"a participle before its by phrase stays",
			"Farmers/NOUN/NNS detained/VERB/VBN by/ADP/IN police/NOUN/NN",
			"NNS VBN IN NN"},
		{"a participle in a sentence with a finite verb stays",
			"The/DET/DT man/NOUN/NN arrested/VERB/VBN Monday/PROPN/NNP was/AUX/VBD freed/VERB/VBN",
			"DT NN VBN NNP VBD VBN"},
		{"an order with a comma before the past verb stays",
			"Add/VERB/VB extras/NOUN/NNS ,/PUNCT/, as/ADP/IN the/DET/DT dealers/NOUN/NNS did/VERB/VBD",
			"VB NNS , IN DT NNS VBD"},
	} {
		s := taggedSentence(c.spec)
		repairTags(&s)
		if g := xposList(s); g != c.want {
			t.Errorf("%s: got %s, want %s", c.name, g, c.want)
		}
	}
}

// TestTagWords checks that the embedded word lists parse, each key a
// non-empty list.
func TestTagWords(t *testing.T) {
	l, err := wordlist.Parse(tagWordsFile, tagWordsYAML)
	if err != nil {
		t.Fatal(err)
	}
	if !l["described_titles"]["general"] {
		t.Errorf("described_titles lacks general")
	}
}

// TestHoldParticiples checks that a listed participle after a preposition
// or opening the sentence, before a noun or a name, is shown to the parser
// as an adjective and tagged a participle again after, and that one after
// a determiner, one before its object's determiner and an unlisted one
// stay verbs.
func TestHoldParticiples(t *testing.T) {
	for _, c := range []struct {
		name, spec, want string // spec: form/UPOS/XPOS words; want: the XPOS held
	}{
		{"after a preposition, before a name",
			"riots/NOUN/NNS in/SCONJ/IN neighbouring/VERB/VBG Oslo/PROPN/NNP",
			"NNS IN JJ NNP"},
		{"opening the sentence, before a noun",
			"Leading/VERB/VBG lawmakers/NOUN/NNS left/VERB/VBD",
			"JJ NNS VBD"},
		{"after a determiner the parser reads it well",
			"the/DET/DT outgoing/VERB/VBG mayor/NOUN/NN",
			"DT VBG NN"},
		{"a gerund before its object's determiner",
			"for/ADP/IN leading/VERB/VBG the/DET/DT march/NOUN/NN",
			"IN VBG DT NN"},
		{"a participle not listed",
			"for/ADP/IN burning/VERB/VBG flags/NOUN/NNS",
			"IN VBG NNS"},
	} {
		s := taggedSentence(c.spec)
		held := holdParticiples(&s)
		if g := xposList(s); g != c.want {
			t.Errorf("%s: held %s, want %s", c.name, g, c.want)
		}
		releaseParticiples(&s, held)
		for _, i := range held {
			if w := s.Tokens[i]; w.UPOS != "VERB" || w.XPOS != "VBG" {
				t.Errorf("%s: %s released as %s/%s", c.name, w.Form, w.UPOS, w.XPOS)
			}
		}
	}
}

// TestParticipleWiring checks that the pipeline shows a describing
// participle after a preposition to the parser as an adjective: the
// participle modifies the place (amod) and is tagged a verb again after.
func TestParticipleWiring(t *testing.T) {
	p := pipeline(t)
	for _, text := range []string{
		"In neighbouring Karvia province, gunmen shot a farmer on Monday.",
		"Police said clashes broke out in neighboring Dorland district.",
	} {
		found := false
		for _, s := range p.Analyze(text) {
			for _, w := range s.Tokens {
				if !strings.HasPrefix(w.Form, "neighbo") {
					continue
				}
				found = true
				if w.DepRel != "amod" || w.UPOS != "VERB" {
					t.Errorf("%q: %s is %s/%s, want amod/VERB", text, w.Form, w.DepRel, w.UPOS)
				}
			}
		}
		if !found {
			t.Errorf("%q: no participle found", text)
		}
	}
}

// taggedSentence returns the words of spec, "form/UPOS/XPOS" each.
func taggedSentence(spec string) conllu.Sentence {
	var s conllu.Sentence
	for _, f := range strings.Fields(spec) {
		p := strings.Split(f, "/")
		s.Tokens = append(s.Tokens, conllu.Token{Form: p[0], UPOS: p[1], XPOS: p[2]})
	}
	return s
}

// xposList returns the XPOS tags of s, space-separated.
func xposList(s conllu.Sentence) string {
	var got []string
	for _, w := range s.Tokens {
		got = append(got, w.XPOS)
	}
	return strings.Join(got, " ")
}
