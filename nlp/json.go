package nlp

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// SentenceJSON is the JSON form of an analysed sentence: what CoNLL-U
// holds, with byte offsets into the analysed text (absent for words read
// from CoNLL-U) and the names as spans.
type SentenceJSON struct {
	ID     string      `json:"id,omitempty"`
	Text   string      `json:"text,omitempty"`
	Start  *int        `json:"start,omitempty"`
	End    *int        `json:"end,omitempty"`
	Tokens []TokenJSON `json:"tokens"`
	Names  []NameJSON  `json:"names"`
}

// TokenJSON is one word. Head is the 1-based ID of the head word, 0 for the
// root; Feats is "" when the word has none.
type TokenJSON struct {
	ID     int    `json:"id"`
	Form   string `json:"form"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
	Lemma  string `json:"lemma"`
	UPOS   string `json:"upos"`
	XPOS   string `json:"xpos"`
	Feats  string `json:"feats"`
	Head   int    `json:"head"`
	DepRel string `json:"deprel"`
	NER    string `json:"ner"` // IOB2: "O", "B-PER", "I-ORG"…
}

// NameJSON is a name: its type, its words (First and Last are 1-based word
// IDs, inclusive) and, for analysed text, its byte offsets.
type NameJSON struct {
	Type  string `json:"type"`
	Text  string `json:"text"`
	First int    `json:"first"`
	Last  int    `json:"last"`
	Start *int   `json:"start,omitempty"`
	End   *int   `json:"end,omitempty"`
}

// ToJSON returns the JSON form of annotated sentences.
func ToJSON(sents []conllu.Sentence) []SentenceJSON {
	out := make([]SentenceJSON, 0, len(sents))
	for i := range sents {
		s := &sents[i]
		js := SentenceJSON{Tokens: make([]TokenJSON, len(s.Tokens)), Names: []NameJSON{}}
		js.ID, _ = s.Comment("sent_id")
		js.Text, _ = s.Comment("text")
		for j := range s.Tokens {
			t := &s.Tokens[j]
			ner, ok := conllu.MiscValue(t.Misc, "NER")
			if !ok {
				ner = "O"
			}
			feats := t.Feats
			if feats == "_" {
				feats = ""
			}
			js.Tokens[j] = TokenJSON{
				ID: j + 1, Form: t.Form, Start: offset(t.Start), End: offset(t.End),
				Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: feats,
				Head: t.Head, DepRel: t.DepRel, NER: ner,
			}
		}
		if n := len(s.Tokens); n > 0 && s.Tokens[0].Start >= 0 {
			js.Start, js.End = offset(s.Tokens[0].Start), offset(s.Tokens[n-1].End)
		}
		for _, sp := range Names(s) {
			n := NameJSON{Type: sp.Type, Text: surface(s.Tokens[sp.First:sp.Last]), First: sp.First + 1, Last: sp.Last}
			if s.Tokens[sp.First].Start >= 0 {
				n.Start, n.End = offset(s.Tokens[sp.First].Start), offset(s.Tokens[sp.Last-1].End)
			}
			js.Names = append(js.Names, n)
		}
		out = append(out, js)
	}
	return out
}

// offset returns a pointer to o, or nil when o is unknown (negative).
func offset(o int) *int {
	if o < 0 {
		return nil
	}
	return &o
}

// surface returns the words as written: joined by a space unless MISC says
// SpaceAfter=No.
func surface(toks []conllu.Token) string {
	var b strings.Builder
	for i := range toks {
		b.WriteString(toks[i].Form)
		if sa, _ := conllu.MiscValue(toks[i].Misc, "SpaceAfter"); i+1 < len(toks) && sa != "No" {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
