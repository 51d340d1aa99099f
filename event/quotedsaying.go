package event

import "strings"

// quotedsaying.go: "X was quoted (by a medium, on a day) as saying ...":
// the words are X's, relayed by the medium. The reporting verb is the
// "saying" of the "as" clause; its speaker the passive subject of the
// "quoted" it completes, and a day hung on "quoted" is the saying's
// ("was quoted by a daily on Tuesday as saying").

// quotedVerbs are the passive verbs whose subject a medium quotes
// (data/words.yaml).
var quotedVerbs = wordList("quoted_verbs")

// quotedHead returns the passive verb of quotedVerbs that the "saying"
// at token r completes as its "as" clause ("was quoted as saying"), with
// a passive subject of its own: the speaker's verb. false for any other
// word.
func (s *sent) quotedHead(r int) (node, bool) {
	if r <= s.first || s.word(r) != "saying" || s.word(r-1) != "as" {
		return noNode, false
	}
	tr, n, ok := s.treeAt(r)
	if !ok {
		return noNode, false
	}
	h, ok := tr.head(n)
	if !ok || !quotedVerbs[strings.ToLower(tr.w(h).Form)] || len(tr.kids(h, is("nsubj:pass"))) == 0 {
		return noNode, false
	}
	return h, true
}

// quotedSaying reports, before any parse, whether the sentence holds "as
// saying" after a verb of quotedVerbs: a saying quotedHead may read.
func (s *sent) quotedSaying() bool {
	quoted := false
	for i := s.first; i+1 < s.last; i++ {
		quoted = quoted || quotedVerbs[s.word(i)]
		if quoted && s.word(i) == "as" && s.word(i+1) == "saying" {
			return true
		}
	}
	return false
}

// speechVerb reports whether the trigger word w at byte offset start is
// a verb of the lead's speech: one of leadSpeech, or the "saying" of a
// quotation relayed (quotedHead).
func (s *sent) speechVerb(w string, start int) bool {
	if leadSpeech[strings.ToLower(w)] {
		return true
	}
	_, ok := s.quotedHead(s.tokenStarting(start))
	return ok
}

// quotedReports reports whether the "saying" n of the quoted verb h
// reports something: a clause or an object of its own ("was quoted as
// saying the works would go on"), or a clause before h that h closes as
// its frame ("The works will go on, Jane Roe was quoted as saying", which
// the parse may join to the clause as a conjunct with no conjunction), not
// a bare "was quoted as saying." after a quotation of another sentence.
func (s *sent) quotedReports(n, h node) bool {
	tr := s.tr
	if len(tr.kids(n, is("ccomp", "obj", "parataxis"))) > 0 {
		return true
	}
	if p, ok := tr.head(h); ok && p < h {
		switch baseRel(tr.rel(h)) {
		case "ccomp", "parataxis", "advcl":
			return true
		case "conj":
			return len(tr.kids(h, is("cc"))) == 0 // a frame the parse joins by its comma, no "and"
		}
	}
	for _, k := range tr.kids(h, is("ccomp", "parataxis")) {
		if k < h {
			return true
		}
	}
	return false
}
