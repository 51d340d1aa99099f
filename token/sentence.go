package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences groups toks (the result of [Tokenize] or [Words] on text)
// into sentences. A sentence ends at a line break (unless the next line
// goes on with the sentence: continuedLine), or after '.', '!' or
// '?' or a run of them (and any closing quotes or brackets, and a
// bracketed reference such as "[2]") when whitespace follows and the next
// token starts with a letter, a digit, an opening quote or parenthesis or
// a dollar sign. A lower-case letter opens a sentence only after a
// standalone mark other than an ellipsis, as in informal text ("i left.
// then i came back"). Periods kept on abbreviations do not end a
// sentence, except a dotted acronym followed by a capitalized function
// word, nor does the period of a list number at the start of a line ("1.
// Atoms are ..."), nor a decimal point typed with a space after it ("a
// magnitude of 5. 3", "down 0. 54 percent": spacedDecimal).
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
		if i > first {
			if gap := text[toks[i-1].End:toks[i].Start]; strings.ContainsRune(gap, '\n') && !continuedLine(toks[i-1], toks[i], gap) {
				flush(i)
			}
		}
		t := toks[i]
		if !endsSentence(t) || listNumber(text, toks, i) || spacedDecimal(text, toks, i) {
			continue
		}
		j := i + 1
		for j < len(toks) && Adjacent(toks[j-1], toks[j]) && closes(toks, j) {
			j++
		}
		if j < len(toks) && isPunctRun(toks[j].Text, sentencePunct) && Adjacent(toks[j-1], toks[j]) {
			continue // "?!" split by Tokenize: end after the last mark
		}
		j = reference(toks, j)
		if j >= len(toks) || Adjacent(toks[j-1], toks[j]) && !opensQuote(toks, j) {
			continue
		}
		next := toks[j]
		if t.Kind == Punct && (startsSentence(next) || lowerStart(next) && !isEllipsis(t.Text)) || t.Kind == Word && startsSentence(next) && acronymEnd(t, next) {
			flush(j)
		}
	}
	flush(len(toks))
	return splitLong(out, toks)
}

// continuedLine reports whether a line break (gap, the space between
// last, the last token of a line, and next, the first of the next) falls
// inside a sentence: the next line opens with a lower-case word, and the
// line ends in a closing bracket, which no heading or signature ends in
// ("The Islamic Front (IF)" / "on Tuesday urged", as wire copy is cut at a
// paragraph break), or, within a paragraph (no blank line), in a word with
// no period (a hard-wrapped text: "who will" / "become minister"). A
// paragraph ending in a bare word goes on to its own sentence: informal
// text opens sentences in lower case after lines with no mark ("thanks" /
// "ok call me").
func continuedLine(last, next Token, gap string) bool {
	if !lowerStart(next) {
		return false
	}
	switch last.Kind {
	case Word:
		return !strings.HasSuffix(last.Text, ".") && strings.Count(gap, "\n") == 1
	case Punct:
		return last.Text == ")"
	}
	return false
}

// listNumber reports whether toks[i] is the period of a list number at
// the start of a line: "1." or "12." after a line break or at the start.
func listNumber(text string, toks []Token, i int) bool {
	if toks[i].Text != "." || i == 0 || toks[i-1].Kind != Number || !Adjacent(toks[i-1], toks[i]) || len(toks[i-1].Text) > maxListNumber {
		return false
	}
	return lineStart(text, toks[i-1].Start)
}

// spacedDecimal reports whether toks[i] is a decimal point typed with
// one space after it, as wire copy sometimes has ("a magnitude of 5. 3",
// "ended 0. 54 percent down"): a period glued to a whole part of at most
// maxSpacedWhole digits with a number one space after it. A year ("in
// 2005. 30 people died") has more digits and still ends its sentence.
func spacedDecimal(text string, toks []Token, i int) bool {
	if toks[i].Text != "." || i == 0 || i+1 >= len(toks) {
		return false
	}
	whole, next := toks[i-1], toks[i+1]
	if whole.Kind != Number || !Adjacent(whole, toks[i]) || len(whole.Text) > maxSpacedWhole || strings.Trim(whole.Text, "0123456789") != "" {
		return false
	}
	return next.Kind == Number && text[toks[i].End:next.Start] == " "
}

// maxSpacedWhole is the most digits of the whole part of a spaced decimal.
const maxSpacedWhole = 3

// maxListNumber is the most digits of a list number.
const maxListNumber = 2

// closes reports whether toks[j], adjacent to the token before it,
// closes what the sentence opened: a closing bracket, or a quote that is
// not glued to a word after it (which would open the next sentence).
func closes(toks []Token, j int) bool {
	if !isCloser(toks[j].Text) {
		return false
	}
	return !opensQuote(toks, j)
}

// opensQuote reports whether toks[j] is a straight quote glued to the
// word after it, which opens a quotation ("Well,").
func opensQuote(toks []Token, j int) bool {
	t := toks[j]
	return (t.Text == "\"" || t.Text == "'") && j+1 < len(toks) && Adjacent(t, toks[j+1]) && toks[j+1].Kind != Punct
}

// reference returns the index after a bracketed reference "[2]" glued or
// spaced after a sentence end at toks[j], or j when there is none.
func reference(toks []Token, j int) int {
	if j+2 < len(toks) && toks[j].Text == "[" && toks[j+1].Kind == Number && toks[j+2].Text == "]" {
		return j + 3
	}
	return j
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
		return isPunctRun(t.Text, sentencePunct) || t.Text == "…"
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
		return r == '"' || r == '“' || r == '‘' || r == '(' || r == '«' || r == '—' || r == '$'
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isEllipsis reports whether s is an ellipsis, "..." or "…", after
// which a lower-case word goes on with the sentence.
func isEllipsis(s string) bool { return s == "…" || strings.HasPrefix(s, "..") }

// lowerStart reports whether t is a word starting with a lower-case
// letter.
func lowerStart(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Kind == Word && unicode.IsLower(r)
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
