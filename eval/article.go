package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/token"
)

// Article is the text of one gold article, split into sentences the way
// the build splits it, so that sentence indexes agree with the sources of
// predicted events.
type Article struct {
	ID    string
	Text  string
	sents []token.Sentence
}

// NewArticle splits text into sentences.
func NewArticle(id, text string) *Article {
	return &Article{ID: id, Text: text, sents: token.Sentences(text, token.Tokenize(text))}
}

// Locate returns the byte span of evidence in the text: its first exact
// occurrence, or else the first occurrence with every run of white space
// taken as one space (annotators may copy a quote across a line break).
func (a *Article) Locate(evidence string) (start, end int, ok bool) {
	if i := strings.Index(a.Text, evidence); i >= 0 && evidence != "" {
		return i, i + len(evidence), true
	}
	want := strings.Fields(evidence)
	if len(want) == 0 {
		return 0, 0, false
	}
	// Try each position where the first word starts.
	for from := 0; ; {
		i := strings.Index(a.Text[from:], want[0])
		if i < 0 {
			return 0, 0, false
		}
		i += from
		if e, ok := matchFields(a.Text, i, want); ok {
			return i, e, true
		}
		from = i + 1
	}
}

// matchFields reports whether the words want start at text[i:], separated
// by white space, and where the last one ends.
func matchFields(text string, i int, want []string) (int, bool) {
	for k, w := range want {
		if k > 0 {
			j := i
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r) {
					break
				}
				j += n
			}
			if j == i {
				return 0, false
			}
			i = j
		}
		if !strings.HasPrefix(text[i:], w) {
			return 0, false
		}
		i += len(w)
	}
	return i, true
}

// sentencesOf returns the indexes of the sentences [start, end) touches.
func (a *Article) sentencesOf(start, end int) []int {
	var out []int
	for i, s := range a.sents {
		if s.Start < end && start < s.End {
			out = append(out, i)
		}
	}
	return out
}
