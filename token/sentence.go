package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences groups toks (the result of [Tokenize] on text) into sentences.
// A sentence ends at a line break, or after '.', '!' or '?' (and any closing
// quotes or brackets) when the next token starts with an upper-case letter,
// a digit or an opening quote. Periods kept on abbreviations do not end a
// sentence, except a dotted acronym followed by a capitalized function word.
func Sentences(text string, toks []Token) []Sentence {
	var out []Sentence
	first := 0
	flush := func(last int) {
		if last > first {
			out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		}
		first = last
	}
	for i := range toks {
		if i > first && strings.ContainsRune(text[toks[i-1].End:toks[i].Start], '\n') {
			flush(i)
		}
		t := toks[i]
		if !endsSentence(t) {
			continue
		}
		j := i + 1
		for j < len(toks) && isCloser(toks[j].Text) && Adjacent(toks[j-1], toks[j]) {
			j++
		}
		if j >= len(toks) {
			continue
		}
		if startsSentence(toks[j]) && (t.Kind == Punct || acronymEnd(t, toks[j])) {
			flush(j)
		}
	}
	flush(len(toks))
	return splitLong(out, toks)
}

// MaxSentence is the most tokens a sentence holds. Longer runs (lists,
// tables, text without punctuation) are split, at the last comma or
// semicolon before the limit when there is one, so that no stage's work
// per sentence grows without bound.
const MaxSentence = 150

func splitLong(sents []Sentence, toks []Token) []Sentence {
	long := false
	for _, s := range sents {
		if s.Last-s.First > MaxSentence {
			long = true
			break
		}
	}
	if !long {
		return sents
	}
	var out []Sentence
	for _, s := range sents {
		for s.Last-s.First > MaxSentence {
			cut := s.First + MaxSentence
			for k := cut - 1; k > s.First+MaxSentence/2; k-- {
				if toks[k].Text == "," || toks[k].Text == ";" {
					cut = k + 1
					break
				}
			}
			out = append(out, Sentence{Start: toks[s.First].Start, End: toks[cut-1].End, First: s.First, Last: cut})
			s = Sentence{Start: toks[cut].Start, End: s.End, First: cut, Last: s.Last}
		}
		out = append(out, s)
	}
	return out
}

func endsSentence(t Token) bool {
	switch t.Kind {
	case Punct:
		return t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "..." || t.Text == "…"
	case Word:
		return strings.HasSuffix(t.Text, ".")
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func startsSentence(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	if t.Kind == Punct {
		return r == '"' || r == '“' || r == '‘' || r == '(' || r == '«' || r == '—'
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// acronymEnd reports whether a word ending in a period (U.S., Feb., Mr.)
// ends the sentence: only when it is a dotted acronym or a month or weekday
// abbreviation and the next word is a common sentence opener.
func acronymEnd(t, next Token) bool {
	w := strings.TrimSuffix(t.Text, ".")
	if !strings.Contains(w, ".") {
		return false // Mr. Feb. etc.: a title or date goes on
	}
	switch strings.ToLower(next.Text) {
	case "the", "a", "an", "it", "he", "she", "they", "we", "i", "in", "on", "but", "and", "this", "that", "there", "its", "his", "her", "their", "at", "after", "before", "when", "while", "as", "if":
		return true
	}
	return false
}
