package token

import "testing"

// TestListsFitBuffers checks that every entry of the lists the tokenizer
// folds into fixed buffers fits its buffer: a longer one would never match.
func TestListsFitBuffers(t *testing.T) {
	for _, c := range []struct {
		name string
		list map[string]bool
		max  int
	}{
		{"abbreviations", abbreviations, abbreviationBuffer},
		{"web_suffixes", webSuffixes, webSuffixBuffer},
		{"emoticons", emoticons, emoticonBuffer},
	} {
		for w := range c.list {
			if len(w) > c.max {
				t.Errorf("%s: %q is longer than its buffer of %d bytes", c.name, w, c.max)
			}
		}
	}
}

// TestListedWords checks one word of each list moved to data/words.yaml
// as the tokenizer reads it, and a word of none.
func TestListedWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Gen. Smith left.", []string{"Gen.", "Smith", "left", "."}},
		{"See No. 5 now.", []string{"See", "No.", "5", "now", "."}},
		{"It said no. Then", []string{"It", "said", "no", ".", "Then"}},
		{"Read report.PDF today", []string{"Read", "report.PDF", "today"}},
		{"Read report.pdfx today", []string{"Read", "report", ".", "pdfx", "today"}},
		{"Visit www.example.org now", []string{"Visit", "www.example.org", "now"}},
		{"great :D and :-P", []string{"great", ":D", "and", ":-P"}},
		{"on 01-Feb-02 it", []string{"on", "01-Feb-02", "it"}},
	} {
		var got []string
		for _, w := range Words(c.text) {
			got = append(got, w.Text)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}
