package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// treerepair_participle.go: the seventeenth tree repair (treeRepairs). A
// lead's subject often carries a reduced relative that tells who it is
// ("A banker charged with fraud pleaded not guilty on Friday", "Two men
// arrested last week have confessed"). The parser then takes the
// participle for the sentence's root, the subject for its own, and hangs
// the true verb on it as an adverbial clause, a conjunct or a clausal
// complement ("Soldiers killed by rebels on Monday were buried in the
// capital": the soldiers read as the killers): the rules then see the
// charge as the news and the plea as a clause hanging on it. A
// past participle with no auxiliary never heads a finite sentence: the cue
// is such a root (VBN) right after its subject's phrase, no object (the tagger's
// participle with an object is a past tense: "police deployed large
// numbers of men") and, after it, a verb with
// no subject, marker or coordinator of its own that is finite (a past or
// present tense) or has an auxiliary, and no comma between the two (a
// garden path runs on: "..., underlining that violence would impede" is
// a clause the parse lost elsewhere), nor a noun phrase opened by a
// clause marker right before the verb ("closed higher after Thai
// authorities scaled back": the phrase is the verb's subject), nor a
// number ("23,000 won" is money). The repair makes that verb the root,
// the subject its own (passive when its auxiliary is), the participle a
// reduced relative (acl) on the subject, and the root's dependents after
// the verb the verb's (repairParticipleRoot).

// participleRootRels are the relations by which the parse hangs the true
// verb on a participle it took for the root. A clausal complement counts
// only without a subject or marker of its own, as every one here must be
// (a participle has no clause of speech or thought it could govern so).
var participleRootRels = map[string]bool{"advcl": true, "conj": true, "parataxis": true, "dep": true, "ccomp": true}

// repairParticipleRoot returns ws with the misreading above mended, or ws
// itself when there is none. It never modifies ws.
func repairParticipleRoot(ws []conllu.Token) []conllu.Token {
	r := rootOf(ws)
	if r < 0 || ws[r].UPOS != "VERB" || ws[r].XPOS != "VBN" || hasChild(ws, r, "aux") || hasChild(ws, r, "aux:pass") ||
		hasChild(ws, r, "obj") {
		return ws
	}
	subj := -1
	for k := 0; k < r; k++ {
		if ws[k].Head-1 == r && strings.HasPrefix(ws[k].DepRel, "nsubj") && ws[k].UPOS != "PRON" {
			subj = k
		}
	}
	if subj < 0 || lastOfSubtree(ws, subj) != r-1 {
		return ws // the participle right after its subject's phrase
	}
	for v := r + 1; v < len(ws); v++ {
		w := ws[v]
		if w.Head-1 != r || w.UPOS != "VERB" || !participleRootRels[w.DepRel] || hasSubject(ws, v) ||
			hasChild(ws, v, "mark") || hasChild(ws, v, "cc") || hasChild(ws, v, "nsubj:pass") {
			continue
		}
		finite := finiteXPOS[w.XPOS]
		auxed := false
		for k := r + 1; k < v; k++ {
			if ws[k].Head-1 == v && (ws[k].DepRel == "aux" || ws[k].DepRel == "aux:pass") {
				auxed = true
			}
		}
		if !finite && !auxed {
			continue
		}
		if ws[v-1].UPOS == "NUM" {
			continue // a currency the tagger read as a verb ("closed at 23,000 won")
		}
		if clauseObliqueBefore(ws, r, v) {
			return ws // "closed higher after Thai authorities scaled back ...": the clause of a marker the parse lost
		}
		if commaWithin(ws, r, v) {
			return ws // ", underlining that violence would impede": a clause of its own, no garden path
		}
		out := append([]conllu.Token(nil), ws...)
		out[v].Head, out[v].DepRel = 0, "root"
		out[subj].Head, out[subj].DepRel = v+1, "nsubj"
		if hasChild(ws, v, "aux:pass") {
			out[subj].DepRel = "nsubj:pass"
		}
		out[r].Head, out[r].DepRel = subj+1, "acl"
		for k := range out {
			if k != v && ws[k].Head-1 == r && (k > v || ws[k].DepRel == "punct" && k == len(ws)-1) {
				out[k].Head = v + 1
			}
		}
		return out
	}
	return ws
}

// commaWithin reports whether a comma stands between parse words a and b.
func commaWithin(ws []conllu.Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if ws[k].Form == "," {
			return true
		}
	}
	return false
}

// clauseObliqueBefore reports whether a noun phrase between r and v that
// ends right before v, or before the auxiliaries and adverbs of v that
// precede it, is opened by one of clauseMarkers ("after Thai authorities
// scaled back", "till the crisis was resolved"): the subject of a clause
// the marker opens, v its verb.
func clauseObliqueBefore(ws []conllu.Token, r, v int) bool {
	start := v
	for start-1 > r && ws[start-1].Head-1 == v && (ws[start-1].DepRel == "aux" || ws[start-1].DepRel == "aux:pass" ||
		ws[start-1].DepRel == "advmod") {
		start--
	}
	for c := r + 1; c < start; c++ {
		if ws[c].DepRel != "case" || !clauseMarkers[strings.ToLower(ws[c].Form)] {
			continue
		}
		if h := ws[c].Head - 1; h > c && h < start && lastOfSubtree(ws, h) == start-1 {
			return true
		}
	}
	return false
}
