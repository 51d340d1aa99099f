package conllu

import "strings"

// Token is one syntactic word: a line of a CoNLL-U sentence whose ID is an
// integer. Head is the 1-based index of its head in the sentence (0 for the
// root, -1 when not yet known). Start and End are byte offsets of the word
// in the text it came from, or -1 when it came from CoNLL-U.
type Token struct {
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string // "Number=Sing|Tense=Past", "_" or "" when none
	Head   int
	DepRel string
	Deps   string // enhanced dependencies, kept as read ("_" when none)
	Misc   string // "SpaceAfter=No|NER=B-PER", "_" or "" when none

	Start, End int
}

// Multiword is a multiword-token line ("3-4 don't"): the surface form of the
// words First..Last (1-based, inclusive). Its other columns are kept as read.
type Multiword struct {
	First, Last int
	Form        string
	Misc        string
}

// Empty is an empty-node line ("5.1"), kept verbatim to be written back
// after word After (its integer part).
type Empty struct {
	After int
	Line  string
}

// Sentence is one sentence: its comment lines (without "# "), its words and
// the multiword tokens and empty nodes among them. Line is the 1-based line
// of its first line in the file it was read from (0 when not read).
type Sentence struct {
	Comments   []string
	Tokens     []Token
	Multiwords []Multiword
	Empties    []Empty
	Line       int
}

// Comment returns the value of the comment "key = value" ("text",
// "sent_id"), and whether it is present.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// Clone returns a copy of s whose words can be changed without touching
// s's (comments, multiword tokens and empty nodes are shared: they are not
// annotated).
func (s Sentence) Clone() Sentence {
	s.Tokens = append([]Token(nil), s.Tokens...)
	return s
}

// CloneAll returns a [Sentence.Clone] of each sentence.
func CloneAll(sents []Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i := range sents {
		out[i] = sents[i].Clone()
	}
	return out
}

// Forms returns the word forms of s.
func (s *Sentence) Forms() []string {
	f := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		f[i] = s.Tokens[i].Form
	}
	return f
}

// MiscValue returns the value of key in a MISC column ("SpaceAfter=No|NER=B-PER"),
// and whether it is present.
func MiscValue(misc, key string) (string, bool) {
	for misc != "" {
		var item string
		item, misc, _ = strings.Cut(misc, "|")
		if k, v, ok := strings.Cut(item, "="); ok && k == key {
			return v, true
		}
	}
	return "", false
}

// SetMisc returns misc with key set to value (appended when absent, removed
// when value is ""); "_" and "" stand for an empty column.
func SetMisc(misc, key, value string) string {
	var out []string
	if misc != "_" && misc != "" {
		for _, item := range strings.Split(misc, "|") {
			if k, _, _ := strings.Cut(item, "="); k != key {
				out = append(out, item)
			}
		}
	}
	if value != "" {
		out = append(out, key+"="+value)
	}
	if len(out) == 0 {
		return "_"
	}
	return strings.Join(out, "|")
}
