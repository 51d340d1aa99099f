package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_namedpost.go: the twenty-fourth tree repair (treeRepairs). A
// person named after the post they hold in a body ("the Foreign Ministry
// spokeswoman Jane Roe announced", "the Armed Forces Minister John Doe
// said", "League chief John Doe on Saturday welcomed") is read with the
// body's noun as the subject's head and the name hung below it (a
// modifier, a flat part or a compound): every rule then takes the body for
// the doer, the person for a detail of it. The cue is a subject noun
// whose subtree holds, after it and within its noun phrase (names, nouns,
// adjectives and a gloss in brackets: no comma, preposition or
// coordinator between), a word of namePosts right before a name:
// capitalized proper nouns (hyphens between them kept) up to a day or
// month (timeHeads: "chief John Doe Monday said"), not a possessor
// ("'s"). A subject that is itself a post may hold its body's "of"
// phrase before the name, the name then of two words or more right after
// a common noun ("the head of the nuclear agency John Doe Saturday
// received"). The repair
// makes the name's first word the subject's head in the body noun's
// place, the body noun (or the post that is the subject) and the post
// right before the name its compounds, the name's other words its flat
// parts, and the body noun's dependents after the name (a time, a
// relative clause) the name's. An unnamed
// post ("a ministry spokesman said") is left as parsed: it speaks for
// its body (state_speakers).

// postPhraseTags are the tags of the words between the body's noun and
// the name: one noun phrase of names, nouns and adjectives, a gloss in
// brackets; a preposition, a coordinator or a verb ends it ("a trip by
// Minister X", "the aide to President X", "X and Minister Y").
var postPhraseTags = map[string]bool{"NOUN": true, "PROPN": true, "ADJ": true, "PUNCT": true}

// postOfWords are the words a subject that is itself a post may have
// before the name besides those of postPhraseTags: its body's "of" phrase
// ("the head of the nuclear agency John Doe", "the Minister of Foreign
// Affairs John Doe"), the name then of two words or more right after a
// common noun that is no post ("the aide of President X" is the aide).
var postOfWords = wordList("post_of_words")

// namePosts are the posts a name follows right after (data/words.yaml).
var namePosts = wordList("name_posts")

// repairNamedPost returns ws with the misreading above mended, or ws itself
// when there is none. It never modifies ws.
func repairNamedPost(ws []conllu.Token) []conllu.Token {
	out := ws
	for h := range ws {
		if ws[h].DepRel != "nsubj" && ws[h].DepRel != "nsubj:pass" || ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN" {
			continue
		}
		n, e := postedName(ws, h)
		if n < 0 {
			continue
		}
		if out == nil || &out[0] == &ws[0] {
			out = append([]conllu.Token(nil), ws...)
		}
		out[n].Head, out[n].DepRel = ws[h].Head, ws[h].DepRel
		out[h].Head, out[h].DepRel = n+1, "compound"
		if namePosts[strings.ToLower(ws[n-1].Form)] {
			out[n-1].Head, out[n-1].DepRel = n+1, "compound"
		}
		for k := n + 1; k <= e; k++ {
			out[k].Head = n + 1
			if ws[k].UPOS != "PUNCT" {
				out[k].DepRel = "flat"
			}
		}
		for k := range ws {
			if k >= n-1 && k <= e || k == h {
				continue
			}
			if hd := ws[k].Head - 1; hd >= n && hd <= e || hd == h && k > e {
				out[k].Head = n + 1
			}
		}
	}
	return out
}

// postedName returns the first and last word of the person's name that a
// post of namePosts right before it joins to the subject noun h (see
// above), or -1, -1.
func postedName(ws []conllu.Token, h int) (int, int) {
	post, of := namePosts[strings.ToLower(ws[h].Form)], false
	for n := h + 2; n < len(ws); n++ {
		w := strings.ToLower(ws[n-1].Form)
		if !headedBelow(ws, n-1, h) || w == "," || !postPhraseTags[ws[n-1].UPOS] && !(post && postOfWords[w]) {
			return -1, -1 // the body's phrase ended ("the trial of leader X", "X and Minister Y")
		}
		of = of || ws[n-1].UPOS == "ADP"
		if !nameWord(ws[n]) || !headedBelow(ws, n, h) {
			continue
		}
		if of {
			if ws[n-1].UPOS != "NOUN" || namePosts[w] || n+1 >= len(ws) || !nameWord(ws[n+1]) {
				continue // "the aide of President X", "the leader of the movement Hamas"
			}
		} else if !namePosts[w] {
			continue
		}
		e := n
		// never over the subject's own head: a verb the parse tags a proper
		// noun ("... John Doe Says") would then hang on the name it heads
		for e+1 < len(ws) && e+1 != ws[h].Head-1 && !timeHeads[strings.ToLower(ws[e+1].Form)] && (nameWord(ws[e+1]) || ws[e+1].Form == "-" && e+2 < len(ws) && nameWord(ws[e+2])) {
			e++
		}
		if e+1 < len(ws) && possessiveMarkers[ws[e+1].Form] {
			return -1, -1 // "the chief John Doe's visit": the name owns another noun
		}
		return n, e
	}
	return -1, -1
}

// nameWord reports whether w may be a word of a person's name: a proper
// noun with a capital first letter, not an acronym ("SOG").
func nameWord(w conllu.Token) bool {
	r, _ := utf8.DecodeRuneInString(w.Form)
	return w.UPOS == "PROPN" && unicode.IsUpper(r) && strings.ToUpper(w.Form) != w.Form
}
