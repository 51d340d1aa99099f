package ner

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/nlp/binio"
)

// Lexicon holds word statistics gathered from unlabelled text (news
// articles): per lowercased word, how often it is capitalized away from
// the start of a sentence, and how often it stands, capitalized, in
// contexts typical of the names of a kind (after a courtesy title, before
// a corporate suffix, after a preposition of place). Build it with
// NewLexicon and AddText; Train keeps the derived word classes in the
// model. It is not safe for concurrent use while being built.
type Lexicon struct {
	words map[string]*newsStats
}

// newsStats counts one word's occurrences.
type newsStats struct {
	inner, caps int           // occurrences away from a sentence start; capitalized ones
	ctx         [nNewsCtx]int // capitalized occurrences in each context
}

// Contexts of capitalized words that Lexicon counts.
const (
	ctxAfterTitle = iota // "Mr. Smith": a person's name
	ctxBeforeCorp        // "Acme Inc.": an organization's name
	ctxAfterPlace        // "in Paris": a place's name
	ctxBeforeSaid        // "Smith said": a person or organization
	nNewsCtx
)

// Trigger words of the contexts (lowercased, as written by the news
// agencies).
var (
	newsTitles  = wordList("news_titles")
	newsCorp    = wordList("news_corp")
	newsPlace   = wordList("news_place")
	newsSaid    = wordList("news_said")
	newsTrimSet = "\"'`()[]{},;:!?"
)

// Thresholds of the derived word classes.
const (
	// newsMinInner is how often a word must occur away from a sentence
	// start for its capitalization rate to count.
	newsMinInner = 3
	// newsMinCtx is how often, and newsCtxShare the share of its
	// capitalized occurrences, a word must stand in a context for the
	// context's class.
	newsMinCtx   = 2
	newsCtxShare = 0.05
)

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon { return &Lexicon{words: map[string]*newsStats{}} }

// AddText counts the words of text, plain running text whose sentences
// end with ".", "!" or "?" and whose paragraphs are separated by newlines.
func (l *Lexicon) AddText(text string) {
	for _, para := range strings.Split(text, "\n") {
		ws := newsWords(para)
		initial := true
		for i, w := range ws {
			if w == "" {
				initial = true
				continue
			}
			low := strings.ToLower(w)
			st := l.words[low]
			if st == nil {
				st = &newsStats{}
				l.words[low] = st
			}
			if initial {
				initial = false
				continue
			}
			st.inner++
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				continue
			}
			st.caps++
			if i > 0 {
				prev := strings.ToLower(ws[i-1])
				if newsTitles[prev] {
					st.ctx[ctxAfterTitle]++
				}
				if newsPlace[prev] {
					st.ctx[ctxAfterPlace]++
				}
			}
			if i+1 < len(ws) {
				next := strings.ToLower(ws[i+1])
				if newsCorp[next] {
					st.ctx[ctxBeforeCorp]++
				}
				if newsSaid[next] {
					st.ctx[ctxBeforeSaid]++
				}
			}
		}
	}
}

// newsWords splits a paragraph into words at spaces, with the quotes and
// brackets around them, the "'s" after them and a sentence's final stop
// cut off ("Berg." but not "Mr." or "U.S."); "" stands for a boundary
// after which a capital is expected: a sentence end, a colon or a quote.
func newsWords(para string) []string {
	var out []string
	for _, f := range strings.Fields(para) {
		w := strings.TrimLeft(f, newsTrimSet)
		if strings.ContainsAny(f[:len(f)-len(w)], "\"'`(") {
			out = append(out, "")
		}
		t := strings.TrimRight(w, newsTrimSet)
		end := strings.ContainsAny(w[len(t):], ".!?:\"'`")
		w = t
		if strings.HasSuffix(w, ".") && len(w) > 2 && !strings.Contains(w[:len(w)-1], ".") && !newsTitles[strings.ToLower(w)] {
			w, end = w[:len(w)-1], true
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" {
			out = append(out, w)
		}
		if end {
			out = append(out, "")
		}
	}
	return out
}

// newsEntry is the class of a word derived from a Lexicon: its
// capitalization rate bucket (0 unknown) and its context bits.
type newsEntry struct{ caps, ctx uint8 }

// entries derives the word classes of l.
func (l *Lexicon) entries() map[string]newsEntry {
	out := map[string]newsEntry{}
	if l == nil {
		return out
	}
	for w, st := range l.words {
		if st.inner < newsMinInner {
			continue
		}
		e := newsEntry{caps: rateBucket(st.caps, st.inner)}
		for k, c := range st.ctx {
			if c >= newsMinCtx && float64(c) >= newsCtxShare*float64(st.caps) {
				e.ctx |= 1 << k
			}
		}
		out[w] = e
	}
	return out
}

// writeNews encodes the derived classes: uvarint count, then per word in
// sorted order uvarint length, bytes, caps and ctx.
func writeNews(w io.Writer, m map[string]newsEntry) {
	keys := slices.Sorted(maps.Keys(m))
	binio.PutUvarint(w, uint64(len(keys)))
	for _, k := range keys {
		binio.PutString(w, k)
		w.Write([]byte{m[k].caps, m[k].ctx})
	}
}

// readNews decodes what writeNews wrote.
func readNews(r interface {
	io.Reader
	io.ByteReader
}) (map[string]newsEntry, error) {
	n, err := binio.Uvarint(r, maxLexWords)
	if err != nil {
		return nil, err
	}
	out := make(map[string]newsEntry, min(n, 1<<16))
	var prev []byte
	for i := range n {
		l, err := binio.Uvarint(r, maxLexWord)
		if err != nil {
			return nil, err
		}
		b := make([]byte, l+2)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("ner: news lexicon: %w", err)
		}
		if i > 0 && bytes.Compare(b[:l], prev) <= 0 {
			return nil, errors.New("ner: news lexicon out of order")
		}
		e := newsEntry{caps: b[l], ctx: b[l+1]}
		if e.caps > 5 || e.ctx >= 1<<nNewsCtx {
			return nil, errors.New("ner: news lexicon entry out of range")
		}
		out[string(b[:l])], prev = e, b[:l]
	}
	return out, nil
}
