package ner

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

const iobSample = `# newdoc id = d1
# sent_id = s1
# text = Ann visited New York
1	Ann	B-PER	-	x
2	visited	O	-	-
3	New	B-LOC	-	x
4	York	I-LOC	-	x

# sent_id = s2
1	Fudrucker	B-ORG	-	x
2	s	I-ORG	-	x
3	.	O	-	-
`

func TestReadIOB2(t *testing.T) {
	got, err := ReadIOB2(strings.NewReader(iobSample), "x.iob2")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "s1" || got[1].ID != "s2" || got[1].Line != 9 {
		t.Fatalf("got %+v", got)
	}
	if !slices.Equal(got[0].Forms, []string{"Ann", "visited", "New", "York"}) ||
		!slices.Equal(got[0].Labels, []string{"B-PER", "O", "B-LOC", "I-LOC"}) {
		t.Errorf("first sentence %+v", got[0])
	}
}

func TestReadIOB2Errors(t *testing.T) {
	tests := []struct {
		in   string
		line int
		msg  string
	}{
		{"# sent_id = a\n1\tAnn\tB-PER\n3\tx\tO\n", 3, "token id"},
		{"1\tAnn\tB-XX-\n2\tx\tE-PER\n", 2, "bad label"},
		{"1\tAnn\n", 1, "columns"},
		{"1\tAnn\tO\n# late\n", 2, "comment after tokens"},
		{"# only a comment\n\n1\tx\tO\n", 1, "no tokens"},
	}
	for _, tt := range tests {
		_, err := ReadIOB2(strings.NewReader(tt.in), "f.iob2")
		var l diag.List
		if !errors.As(err, &l) || len(l) == 0 {
			t.Errorf("%q: error %v, want a diag.List", tt.in, err)
			continue
		}
		if l[0].File != "f.iob2" || l[0].Line != tt.line || !strings.Contains(l[0].Msg, tt.msg) {
			t.Errorf("%q: first error %v, want f.iob2:%d: ...%s...", tt.in, l[0], tt.line, tt.msg)
		}
	}
}

func words(id string, forms ...string) conllu.Sentence {
	s := conllu.Sentence{Comments: []string{"sent_id = " + id}}
	for _, f := range forms {
		s.Tokens = append(s.Tokens, conllu.Token{Form: f, Misc: "_", Head: -1})
	}
	return s
}

func TestAttach(t *testing.T) {
	iob, err := ReadIOB2(strings.NewReader(iobSample), "x")
	if err != nil {
		t.Fatal(err)
	}
	sents := []conllu.Sentence{
		words("s0", "Hello"),
		words("s1", "Ann", "visited", "New", "York"),
		words("s2", "Fudruckers", "."), // one word for two tokens
	}
	if err := Attach(sents, iob); err != nil {
		t.Fatal(err)
	}
	if Labelled(&sents[0]) {
		t.Error("sentence without a match got labels")
	}
	if got := Gold(&sents[1]); !slices.Equal(got, []string{"B-PER", "O", "B-LOC", "I-LOC"}) {
		t.Errorf("s1: %q", got)
	}
	if got := Gold(&sents[2]); !slices.Equal(got, []string{"B-ORG", "O"}) {
		t.Errorf("s2 (aligned by characters): %q", got)
	}

	bad := []conllu.Sentence{words("s1", "Ann", "visited", "New", "York"), words("s2", "Fudrucker", "s!")}
	if err := Attach(bad, iob); err == nil || !strings.Contains(err.Error(), "s2") {
		t.Errorf("misaligned sentence: error %v", err)
	}
	if err := Attach(bad[:1], iob); err == nil || !strings.Contains(err.Error(), "not in the treebank") {
		t.Errorf("missing sentence: error %v", err)
	}
}

func FuzzReadIOB2(f *testing.F) {
	f.Add([]byte(iobSample))
	f.Add([]byte("1\tx\tI-\n\n\n#\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		sents, err := ReadIOB2(strings.NewReader(string(b)), "fuzz")
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Forms) == 0 || len(s.Forms) != len(s.Labels) {
				t.Fatalf("bad sentence %+v", s)
			}
			for _, l := range s.Labels {
				if !validLabel(l) {
					t.Fatalf("label %q accepted", l)
				}
			}
		}
	})
}
