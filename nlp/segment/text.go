package segment

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Span is a half-open byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Doc is one document rebuilt from a treebank: its raw text and the gold
// spans of its words and sentences, in text order.
type Doc struct {
	ID    string
	Text  string
	Words []Span
	Sents []Span
}

// Separators written between the sentences of a rebuilt document.
const (
	sentenceSep  = " "    // between sentences of one paragraph
	paragraphSep = "\n\n" // before a sentence that opens a paragraph
)

// Documents rebuilds the documents of a treebank. A sentence with a
// "newdoc" comment opens a document, one with "newpar" a paragraph.
// Within a paragraph sentences are joined by a space, unless the last
// token of the previous one has SpaceAfter=No. Word forms are the
// surface: a multiword token contributes its own form, covering its words.
func Documents(sents []conllu.Sentence) []Doc {
	var (
		docs []Doc
		b    strings.Builder
		cur  Doc
		glue = "" // what follows the previous sentence in its paragraph
	)
	flush := func() {
		if b.Len() > 0 || len(cur.Sents) > 0 {
			cur.Text = b.String()
			docs = append(docs, cur)
		}
		b.Reset()
		cur = Doc{}
		glue = ""
	}
	for i := range sents {
		s := &sents[i]
		if id, ok := newComment(s, "newdoc"); ok {
			flush()
			cur.ID = id
		}
		if b.Len() > 0 {
			if _, ok := newComment(s, "newpar"); ok {
				b.WriteString(paragraphSep)
			} else {
				b.WriteString(glue)
			}
		}
		glue = appendSentence(&b, &cur, s)
	}
	flush()
	return docs
}

// newComment reports whether s has the comment key ("newdoc", "newpar"),
// with or without " id = ...", and returns the id.
func newComment(s *conllu.Sentence, key string) (string, bool) {
	for _, c := range s.Comments {
		c = strings.TrimSpace(c)
		if c == key {
			return "", true
		}
		if rest, ok := strings.CutPrefix(c, key+" "); ok {
			if _, v, ok := strings.Cut(rest, "="); ok {
				return strings.TrimSpace(v), true
			}
			return "", true
		}
	}
	return "", false
}

// appendSentence writes the surface of s to b, records its word and
// sentence spans in d, and returns the separator that should follow it.
func appendSentence(b *strings.Builder, d *Doc, s *conllu.Sentence) string {
	start := b.Len()
	after := sentenceSep
	mw := 0
	for i := 0; i < len(s.Tokens); {
		for mw < len(s.Multiwords) && s.Multiwords[mw].Last < i+1 {
			mw++
		}
		if mw < len(s.Multiwords) && s.Multiwords[mw].First == i+1 && s.Multiwords[mw].Last > i {
			m := s.Multiwords[mw]
			last := min(m.Last, len(s.Tokens))
			at := b.Len()
			b.WriteString(m.Form)
			words := s.Tokens[i:last]
			if concat(words) == m.Form {
				off := at
				for _, w := range words {
					d.Words = append(d.Words, Span{off, off + len(w.Form)})
					off += len(w.Form)
				}
			} else {
				for range words {
					d.Words = append(d.Words, Span{at, at + len(m.Form)})
				}
			}
			after = space(m.Misc)
			i = last
			if i < len(s.Tokens) {
				b.WriteString(after)
			}
			continue
		}
		t := s.Tokens[i]
		at := b.Len()
		b.WriteString(t.Form)
		d.Words = append(d.Words, Span{at, at + len(t.Form)})
		after = space(t.Misc)
		i++
		if i < len(s.Tokens) {
			b.WriteString(after)
		}
	}
	if b.Len() > start {
		d.Sents = append(d.Sents, Span{start, b.Len()})
	}
	if after == "" {
		return ""
	}
	return sentenceSep
}

func concat(words []conllu.Token) string {
	var s strings.Builder
	for _, w := range words {
		s.WriteString(w.Form)
	}
	return s.String()
}

// space returns the text that follows a token with this MISC column: ""
// for SpaceAfter=No, the decoded SpacesAfter value when present, else " ".
func space(misc string) string {
	if v, ok := conllu.MiscValue(misc, "SpaceAfter"); ok && v == "No" {
		return ""
	}
	if v, ok := conllu.MiscValue(misc, "SpacesAfter"); ok {
		r := strings.NewReplacer(`\s`, " ", `\t`, "\t", `\n`, "\n", `\r`, "\r", `\u00A0`, "\u00a0", `\p`, "|", `\\`, `\`)
		if v = r.Replace(v); v != "" {
			return v
		}
	}
	return " "
}
