package morph

import (
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// Feature templates.
const (
	tGroup = iota + 1
	tLower
	tSuffix
	tLemma
	tPrevLower
	tPrevTag
	tPrevTags
	tNextLower
	tNextTag
	tSubjLower
	tSubjTag
	tFirst
	tQuestion
)

// Windows of the context features.
const (
	suffixLen     = 3 // bytes of the word's ending
	subjectWindow = 8 // words searched leftward for a subject-like word
)

// isSubjectTag reports whether a word with XPOS x can head a verb's
// subject: personal and wh-pronouns, existential there, nouns, numbers,
// determiners.
func isSubjectTag(x string) bool {
	switch x {
	case "PRP", "WP", "EX", "NN", "NNS", "NNP", "NNPS", "CD", "DT", "WDT":
		return true
	}
	return false
}

// group returns the key of the candidate set of t: UPOS and XPOS.
func group(t *conllu.Token) string { return t.UPOS + " " + t.XPOS }

// lower returns s with ASCII capitals lowercased, allocating only when it
// has one.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// feats appends the feature keys of word i of s; question tells whether
// the sentence ends with a question mark.
func feats(dst []uint64, s *conllu.Sentence, i int, question bool) []uint64 {
	t := &s.Tokens[i]
	g := group(t)
	k := func(tpl uint32) perceptron.Hash { return perceptron.New(tpl).Str(g) }
	low := lower(t.Form)
	dst = append(dst, k(tGroup).Key(), k(tLower).Str(low).Key(), k(tLemma).Str(lower(t.Lemma)).Key())
	if len(low) > suffixLen {
		dst = append(dst, k(tSuffix).Str(low[len(low)-suffixLen:]).Key())
	}
	prevTag, prev2Tag, prevLower := "<s>", "<s>", "<s>"
	if i > 0 {
		prevTag, prevLower = s.Tokens[i-1].XPOS, lower(s.Tokens[i-1].Form)
	}
	if i > 1 {
		prev2Tag = s.Tokens[i-2].XPOS
	}
	nextTag, nextLower := "</s>", "</s>"
	if i+1 < len(s.Tokens) {
		nextTag, nextLower = s.Tokens[i+1].XPOS, lower(s.Tokens[i+1].Form)
	}
	dst = append(dst,
		k(tPrevLower).Str(prevLower).Key(), k(tPrevTag).Str(prevTag).Key(),
		k(tPrevTags).Str(prevTag).Str(prev2Tag).Key(),
		k(tNextLower).Str(nextLower).Key(), k(tNextTag).Str(nextTag).Key())
	subjTag, subjLower := "none", "none"
	for j := i - 1; j >= 0 && j >= i-subjectWindow; j-- {
		if u := &s.Tokens[j]; isSubjectTag(u.XPOS) {
			subjTag, subjLower = u.XPOS, lower(u.Form)
			break
		}
	}
	dst = append(dst, k(tSubjTag).Str(subjTag).Key(), k(tSubjLower).Str(subjLower).Key())
	if i == 0 {
		dst = append(dst, k(tFirst).Key())
	}
	if question {
		dst = append(dst, k(tQuestion).Key())
	}
	return dst
}

// isQuestion reports whether s ends with a question mark.
func isQuestion(s *conllu.Sentence) bool {
	for i := len(s.Tokens) - 1; i >= 0; i-- {
		if f := s.Tokens[i].Form; f != "" && f[0] == '?' {
			return true
		} else if s.Tokens[i].UPOS != "PUNCT" {
			return false
		}
	}
	return false
}
