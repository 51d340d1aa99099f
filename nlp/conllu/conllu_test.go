package conllu

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

const sample = `# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	Case=Nom	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	know	know	VERB	VB	_	0	root	0:root	SpaceAfter=No
4.1	knew	_	_	_	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

`

func TestRoundTrip(t *testing.T) {
	sents, err := Read(strings.NewReader(sample), "x.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Tokens) != 5 || len(sents[0].Multiwords) != 1 || len(sents[0].Empties) != 1 {
		t.Fatalf("read %+v", sents)
	}
	s := sents[0]
	if txt, _ := s.Comment("text"); txt != "I don't know." {
		t.Errorf("text comment %q", txt)
	}
	if s.Tokens[2].Head != 4 || s.Tokens[2].DepRel != "advmod" || s.Tokens[3].Head != 0 {
		t.Errorf("heads %+v", s.Tokens)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip:\n%s\nwant\n%s", buf.String(), sample)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\ta\n\n", "f.conllu:1: 2 columns, want 10"},
		{"2\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\n", "word id \"2\", want 1"},
		{"1\ta\ta\tX\tX\t_\t3\troot\t_\t_\n\n", "f.conllu:1: word 1: head 3 outside the sentence"},
		{"# only a comment\n\n", "sentence has no words"},
	} {
		_, err := Read(strings.NewReader(tc.in+sample), "f.conllu")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
	// the good sentence after a bad one is still read
	sents, _ := Read(strings.NewReader("1\ta\n\n"+sample), "f")
	if len(sents) != 1 {
		t.Errorf("kept %d sentences after a bad one, want 1", len(sents))
	}
}

func TestMisc(t *testing.T) {
	if m := SetMisc("_", "NER", "B-PER"); m != "NER=B-PER" {
		t.Errorf("SetMisc on empty = %q", m)
	}
	m := SetMisc("SpaceAfter=No", "NER", "I-ORG")
	if m != "SpaceAfter=No|NER=I-ORG" {
		t.Errorf("SetMisc = %q", m)
	}
	if v, ok := MiscValue(m, "NER"); !ok || v != "I-ORG" {
		t.Errorf("MiscValue = %q %v", v, ok)
	}
	if SetMisc("NER=O", "NER", "") != "_" {
		t.Errorf("removing the only item should leave _")
	}
}

// TestTreebanks reads the shared UD treebanks whole: no sentence may be
// rejected, and writing them back gives the same bytes.
func TestTreebanks(t *testing.T) {
	for _, p := range []string{"../../../shared/data/ud/ewt/dev.conllu", "../../../shared/data/ud/gum-ccby/dev.conllu"} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("shared data absent: %v", err)
		}
		sents, err := Read(bytes.NewReader(data), p)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, sents); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), data) {
			t.Errorf("%s: written back differs from the file", p)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\tb\tc\td\te\t1\tf\tg\th\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, _ := Read(strings.NewReader(in), "fuzz")
		for _, s := range sents {
			for _, tok := range s.Tokens {
				if tok.Head > len(s.Tokens) {
					t.Fatalf("head %d outside %d words", tok.Head, len(s.Tokens))
				}
			}
		}
		var buf bytes.Buffer
		if err := Write(&buf, sents); err != nil {
			t.Fatal(err)
		}
		again, err := Read(&buf, "again")
		if err != nil || len(again) != len(sents) {
			t.Fatalf("written sentences do not read back: %v (%d vs %d)", err, len(again), len(sents))
		}
	})
}

func TestClone(t *testing.T) {
	sents, err := Read(strings.NewReader(sample), "x")
	if err != nil {
		t.Fatal(err)
	}
	c := CloneAll(sents)
	c[0].Tokens[0].UPOS = "X"
	if sents[0].Tokens[0].UPOS != "PRON" || c[0].Tokens[0].Form != "I" {
		t.Errorf("clone shares its words: %q", sents[0].Tokens[0].UPOS)
	}
}
