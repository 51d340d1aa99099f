package token

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func texts(toks []Token) string {
	s := make([]string, len(toks))
	for i, t := range toks {
		s[i] = t.Text
	}
	return strings.Join(s, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim Jong-un met Putin.", "Kim|Jong|-|un|met|Putin|."},
		{"mid-2024", "mid|-|2024"},
		{"Russia's war, Moscow’s talks", "Russia|'s|war|,|Moscow|’s|talks"},
		{"U.S. and U.N. forces", "U.S.|and|U.N.|forces"},
		{"Mr. Kim on Feb. 27", "Mr.|Kim|on|Feb.|27"},
		{"about 10,000 to 12,000 troops", "about|10,000|to|12,000|troops"},
		{"at 14:00, 3.5 percent", "at|14:00|,|3.5|percent"},
		{"the 1990s and the 21st century", "the|1990s|and|the|21st|century"},
		{"a 3-1 win", "a|3|-|1|win"},
		{"don't O'Brien", "do|n't|O'Brien"},
		{"10 a.m. today", "10|a.m.|today"},
		{"Sept. 2024 -- done...", "Sept.|2024|--|done|..."},
		{"“quoted” — dash", "“|quoted|”|—|dash"},
		{"Володимир Зеленський", "Володимир|Зеленський"},
	}
	for _, tt := range tests {
		if got := texts(Tokenize(tt.in)); got != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestKinds(t *testing.T) {
	toks := Tokenize("In 2024, troops.")
	want := []Kind{Word, Number, Punct, Word, Punct}
	for i, k := range want {
		if toks[i].Kind != k {
			t.Errorf("token %q kind %v, want %v", toks[i].Text, toks[i].Kind, k)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Putin visited. Kim met him.", []string{"Putin visited.", "Kim met him."}},
		{"Mr. Kim met Dr. Lee. They talked.", []string{"Mr. Kim met Dr. Lee.", "They talked."}},
		{"On Feb. 27 the agency spoke.", []string{"On Feb. 27 the agency spoke."}},
		{"He said “yes.” Then he left!", []string{"He said “yes.”", "Then he left!"}},
		{"Headline without period\nBody text here.", []string{"Headline without period", "Body text here."}},
		// a line the next goes on in lower case: one sentence, after a
		// bracket across a paragraph break, after a word within a paragraph
		{"The Harbour Union (HU)\n\non Monday called a strike.", []string{"The Harbour Union (HU)\n\non Monday called a strike."}},
		{"The mayor, who will\nstep down in May, spoke.", []string{"The mayor, who will\nstep down in May, spoke."}},
		{"Thanks a lot\n\nok see you then", []string{"Thanks a lot", "ok see you then"}},
		{"Talks ended.\nthen they left", []string{"Talks ended.", "then they left"}},
		{"U.S. officials said so. The U.S. The end.", []string{"U.S. officials said so.", "The U.S.", "The end."}},
		{"It rose 3.5 percent. In 2024 it fell.", []string{"It rose 3.5 percent.", "In 2024 it fell."}},
		{"it fell. then it rose", []string{"it fell.", "then it rose"}},
		{"It fell… in the arena.", []string{"It fell… in the arena."}},
		{"Really?! Yes.", []string{"Really?!", "Yes."}},
		{"1. Atoms exist.\n2. They bond.", []string{"1. Atoms exist.", "2. They bond."}},
		{"He won. [3] Then he lost. [Photo] Kim", []string{"He won. [3]", "Then he lost. [Photo] Kim"}},
		{"code EY4108.F here", []string{"code EY4108.F here"}},
		{`"Why?""Well," he said.`, []string{`"Why?"`, `"Well," he said.`}},
		{"Kim (who left.) Then Putin.", []string{"Kim (who left.)", "Then Putin."}},
		{"The answer was no. Then", []string{"The answer was no.", "Then"}},
		{"A tremor of 4. 8 hit the town. 12 died.", []string{"A tremor of 4. 8 hit the town.", "12 died."}},
		{"Shares fell 0. 35 percent.", []string{"Shares fell 0. 35 percent."}},
		{"It opened in 1998. 40 people came.", []string{"It opened in 1998.", "40 people came."}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, s := range Sentences(tt.in, toks) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "#") != strings.Join(tt.want, "#") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func checkInvariants(t *testing.T, s string) {
	checkTokens(t, s, Tokenize)
	checkTokens(t, s, Words)
}

func checkTokens(t *testing.T, s string, tokenize func(string) []Token) {
	toks := tokenize(s)
	valid := utf8.ValidString(s)
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("bad token span %d:%d (prev end %d, len %d) in %q", tk.Start, tk.End, prev, len(s), s)
		}
		if s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token text %q != source %q", tk.Text, s[tk.Start:tk.End])
		}
		if valid && !utf8.ValidString(tk.Text) {
			t.Fatalf("token %q splits a rune", tk.Text)
		}
		if strings.IndexFunc(tk.Text, unicode.IsSpace) >= 0 {
			t.Fatalf("token %q holds whitespace", tk.Text)
		}
		prev = tk.End
	}
	next := 0
	for _, se := range Sentences(s, toks) {
		if se.First != next || se.Last <= se.First || se.Last > len(toks) {
			t.Fatalf("sentence token range %d:%d, want start %d", se.First, se.Last, next)
		}
		if se.Start != toks[se.First].Start || se.End != toks[se.Last-1].End {
			t.Fatalf("sentence span mismatch")
		}
		next = se.Last
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Kim Jong-un met Putin on Feb. 27, 2024.", "U.S.", "10,000.5", "a’s", "'s", "x.", "..", "\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkInvariants(t, s) })
}

func TestSeedsInvariants(t *testing.T) {
	files, _ := filepath.Glob("../seeds/*.txt")
	if len(files) == 0 {
		t.Fatal("no seeds found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, string(b))
	}
}

func BenchmarkTokenizeSeeds(b *testing.B) {
	files, _ := filepath.Glob("../seeds/*.txt")
	var all strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		all.Write(data)
	}
	text := all.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text, Tokenize(text))
	}
}

func TestIsAbbreviation(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Mr", true}, {"FEB", true}, {"Sept", true}, {"approx", true}, {"APPROX", true},
		{"a.m", true}, {"İnc", true}, {"Washington", false}, {"approxi", false}, {"", false}, {"Ж", false},
	}
	for _, tt := range tests {
		if got := IsAbbreviation(tt.in); got != tt.want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLongSentenceSplit(t *testing.T) {
	text := strings.Repeat("Putin met Kim in Moscow, and ", 100) + "they signed."
	toks := Tokenize(text)
	sents := Sentences(text, toks)
	if len(sents) < 2 {
		t.Fatalf("%d tokens in %d sentence(s): not split", len(toks), len(sents))
	}
	for i, s := range sents {
		if n := s.Last - s.First; n > MaxSentence {
			t.Errorf("sentence %d has %d tokens", i, n)
		}
		if i < len(sents)-1 && toks[s.Last-1].Text != "," {
			t.Errorf("sentence %d ends at %q, want a comma", i, toks[s.Last-1].Text)
		}
	}
	checkInvariants(t, text)
	// a run with no punctuation at all is cut hard at the limit.
	plain := strings.Repeat("word ", 400)
	ps := Sentences(plain, Tokenize(plain))
	if len(ps) != 3 || ps[0].Last-ps[0].First != MaxSentence {
		t.Errorf("plain run split into %d sentences", len(ps))
	}
}
