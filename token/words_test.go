package token

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTokenizeClitics(t *testing.T) {
	tests := []struct{ in, want string }{
		{"don't", "do|n't"},
		{"Don’t", "Do|n’t"},
		{"can't won't ain't", "ca|n't|wo|n't|ai|n't"},
		{"I'm sure we'll see, they've said", "I|'m|sure|we|'ll|see|,|they|'ve|said"},
		{"you're right, I'd go", "you|'re|right|,|I|'d|go"},
		{"It's Kim's", "It|'s|Kim|'s"},
		{"cannot", "can|not"},
		{"gonna wanna gotta", "gon|na|wan|na|got|ta"},
		{"dont DIDNT thats", "do|nt|DID|NT|that|s"},
		{"im ive", "i|m|i|ve"},
		{"Im Jong-seok met Jony Ive", "Im|Jong|-|seok|met|Jony|Ive"}, // names, not "I'm", "I've"
		{"O'Brien rock'n'roll", "O'Brien|rock'n'roll"},
		{"n't 'll", "n't|'|ll"},
	}
	for _, tt := range tests {
		if got := texts(Tokenize(tt.in)); got != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeNumberAbbreviations(t *testing.T) {
	tests := []struct{ in, want string }{
		{"No. 1 and no. 2", "No.|1|and|no.|2"},
		{"The answer was no. Then", "The|answer|was|no|.|Then"},
		{"built c. 1230 in Op. 46", "built|c.|1230|in|Op.|46"},
		{"vitamin c. It", "vitamin|c|.|It"},
		{"No.1", "No|.|1"},
	}
	for _, tt := range tests {
		if got := texts(Tokenize(tt.in)); got != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clitics", "I don't think we'll go.", "I|do|n't|think|we|'ll|go|."},
		{"compound", "a search-engine and a well-known man", "a|search|-|engine|and|a|well|-|known|man"},
		{"prefix", "e-mail the non-profit to re-elect", "e-mail|the|non-profit|to|re-elect"},
		{"prefix number", "in mid-2024", "in|mid-2024"},
		{"romanized given name", "Moon Jae-in met Wong Yeung-tat", "Moon|Jae-in|met|Wong|Yeung-tat"},
		{"an English word after a name", "a New York-style deli", "a|New|York|-|style|deli"},
		{"no given name", "a Hong Kong-based firm, Prime Minister-designate Lee, Anti-war groups", "a|Hong|Kong|-|based|firm|,|Prime|Minister|-|designate|Lee|,|Anti-war|groups"},
		{"prefix needs a word", "the e- and pre-", "the|e-|and|pre-"},
		{"broken word", "the app- the application", "the|app-|the|application"},
		{"phone", "call 713-853-5620 or 1-800-555-1234 or 853-5620", "call|713-853-5620|or|1-800-555-1234|or|853-5620"},
		{"zip", "Houston, TX 77002-1234", "Houston|,|TX|77002-1234"},
		{"range", "a 3-1 win, pages 10-12", "a|3|-|1|win|,|pages|10|-|12"},
		{"date hyphen", "on 01-Feb-02 at noon", "on|01-Feb-02|at|noon"},
		{"date slash", "on 01/24/2001 and 3/4", "on|01/24/2001|and|3/4"},
		{"word slash", "and/or", "and|/|or"},
		{"url", "see http://www.bbc.co.uk/news/world-123.stm.", "see|http://www.bbc.co.uk/news/world-123.stm|."},
		{"url in brackets", "(<https://x.org/a?b=1&c=2>)", "(|<|https://x.org/a?b=1&c=2|>|)"},
		{"www", "Visit www.enron.com, now", "Visit|www.enron.com|,|now"},
		{"email", "Mail jo.smith@enron.com.", "Mail|jo.smith@enron.com|."},
		{"email no dot", "From John Salinardo@ENRON today", "From|John|Salinardo@ENRON|today"},
		{"file", "open report.doc and Newsfeeds.Com", "open|report.doc|and|Newsfeeds.Com"},
		{"not a file", "it ended.The next", "it|ended|.|The|next"},
		{"punct run", "What?! No!!! Really.?", "What|?!|No|!!!|Really|.?"},
		{"ellipsis", "wait... so", "wait|...|so"},
		{"symbol run", "** news ** ==", "**|news|**|=="},
		{"quotes stay apart", `he said "" no`, `he|said|"|"|no`},
		{"emoticon", "great :) see you ;-) :(", "great|:)|see|you|;-)|:("},
		{"not emoticon", "(see: this) :Done", "(|see|:|this|)|:|Done"},
		{"decade", "the '68 riots and the 80's", "the|'68|riots|and|the|80's"},
		{"possessive year", "2024's budget", "2024|'s|budget"},
		{"ampersand", "A&M and AT&T", "A&M|and|AT&T"},
		{"list number", "1. Atoms\n2. Molecules", "1.|Atoms|2.|Molecules"},
		{"not list number", "It was 1. Then", "It|was|1|.|Then"},
		{"abbreviations", "Mr. Kim met U.S. envoys", "Mr.|Kim|met|U.S.|envoys"},
		{"numbers", "about 10,000 at 14:00, 3.5%", "about|10,000|at|14:00|,|3.5|%"},
		{"brackets", "(and [so] {on})", "(|and|[|so|]|{|on|}|)"},
	}
	for _, tt := range tests {
		if got := texts(Words(tt.in)); got != tt.want {
			t.Errorf("%s: Words(%q) = %s, want %s", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestWordsKinds(t *testing.T) {
	toks := Words("call 713-853-5620 or e-mail me in '68 ?!")
	want := []Kind{Word, Number, Word, Word, Word, Word, Number, Punct}
	if len(toks) != len(want) {
		t.Fatalf("Words = %s", texts(toks))
	}
	for i, k := range want {
		if toks[i].Kind != k {
			t.Errorf("word %q kind %v, want %v", toks[i].Text, toks[i].Kind, k)
		}
	}
}

func TestWordsSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"i used to have one. they are great dogs.", []string{"i used to have one.", "they are great dogs."}},
		{"What?! No way!!! OK.", []string{"What?!", "No way!!!", "OK."}},
		{"It fell... then it rose.", []string{"It fell... then it rose."}},
		{"Read www.bbc.co.uk. Then call.", []string{"Read www.bbc.co.uk.", "Then call."}},
		{"1. Atoms are small.\n2. They combine.", []string{"1. Atoms are small.", "2. They combine."}},
		{"It was 1. The end.", []string{"It was 1.", "The end."}},
		{"Dvořák toured England. [2] In 1891 he left.", []string{"Dvořák toured England. [2]", "In 1891 he left."}},
		{"He wrote. [Photo: AP] Kim came.", []string{"He wrote. [Photo: AP] Kim came."}},
		{`"Is it a tragedy?""Well," he said.`, []string{`"Is it a tragedy?"`, `"Well," he said.`}},
		{"The code is EY4108.F today.", []string{"The code is EY4108.F today."}},
		{"It cost a lot. $5 was the fee.", []string{"It cost a lot.", "$5 was the fee."}},
		{"Kim (who left.) Then Putin.", []string{"Kim (who left.)", "Then Putin."}},
	}
	for _, tt := range tests {
		toks := Words(tt.in)
		var got []string
		for _, s := range Sentences(tt.in, toks) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "#") != strings.Join(tt.want, "#") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWordsLinear checks that a long run without spaces, which Words
// examines as a possible URL, is examined once and not once per token.
func TestWordsLinear(t *testing.T) {
	run := strings.Repeat("a_", 50000)
	toks := Words(run)
	if len(toks) != 100000 {
		t.Fatalf("got %d tokens, want 100000", len(toks))
	}
	checkInvariants(t, run+" x@y.com "+strings.Repeat("b_", 1000))
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"don't", "http://x.org/a.", "a@b.c", "713-853-5620", "01-Feb-02", ":-)", "'68", "1. A", "e-mail", "?!", "A&M"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTokens(t, s, Words) })
}

func BenchmarkWordsSeeds(b *testing.B) {
	files, _ := filepath.Glob("../seeds/*.txt")
	var all strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		all.Write(data)
	}
	text := all.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text, Words(text))
	}
}
