package event

// closingreport.go: a report that closes its sentence after a comma or a
// closing quotation mark ("China will open the talks, the minister said
// Tuesday", "\"We insist on a solution,\" said the spokeswoman") reports
// all the words before it. A verb of speech among those words is part of
// what the closing report's speaker says, not the sentence's own report,
// when that speaker is named and no news medium: "X has announced the
// results, the Daily Courier reported" and "X told a judge that ..., an
// official said" keep X's own statement (the medium or the unnamed
// source only relays it).

// reportedContent reports whether the verb of speech at token r lies in
// the clause a later report closing the sentence reports: a reporting
// verb after r, set off by a comma or a quotation mark, hung on the root
// of the sentence as a closing report is (closingRels), with every word
// after it below it, r outside its subtree, and a speaker (by speaker,
// the rule's own) that is no news medium (mediaNamed) ("\"China insists on a
// solution,\" said the spokeswoman on Thursday": "insists" is what she
// said; "China will announce a package, said the minister": "announce"
// is planned content, the minister's saying the statement).
func (s *sent) reportedContent(r int, speaker func(r int) string) bool {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	for k := r + 1; k < s.last; k++ {
		kn, ok := s.treeNode(k)
		if !ok || kn == n || tr.w(kn).UPOS != "VERB" || !s.d.lemmaIn(s.word(k), s.d.lx.reporting) || !closingRels[tr.rel(kn)] {
			continue
		}
		h, ok := tr.head(kn)
		if !ok || tr.rel(h) != "root" || s.inSubtree(r, kn) || !closes(tr.words, int(kn)) {
			continue
		}
		f := firstOfSubtree(tr.words, int(kn))
		if !setOff(tr.words[f].Form) && (f == 0 || !setOff(tr.words[f-1].Form)) {
			continue
		}
		id := speaker(k)
		return id != "" && !s.mediaNamed(id)
	}
	return false
}

// setOff reports whether the word w sets a closing report off from the
// clause it reports: a comma or a quotation mark.
func setOff(w string) bool {
	return w == "," || quoteMarks[w]
}
