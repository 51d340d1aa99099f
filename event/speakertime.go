package event

import "github.com/chronograph-news/chronograph/timex"

// A speaker told after the verb of saying may carry the saying's day at
// its end: in "..., said the team's coach Carl Mendez on Tuesday." the
// parse may hang "Tuesday" on the speaker's noun (nmod), not on "said".
// A day so hung on a noun that is the post-posed subject of a reporting
// verb (or the complement the parse makes of it) and that ends the
// speaker's phrase dates the saying (speakerTime, read by treeTime).

// speakerRels are the relations by which the parse links a post-posed
// speaker's noun to the verb of saying before it: its subject, or the
// complement or object a misparse makes of it.
var speakerRels = is("nsubj", "ccomp", "obj")

// speakerTime returns the reporting verb whose post-posed speaker's
// phrase ends with the day a: the expression hangs on a noun by a
// noun-modifying relation, the noun follows a reporting verb it depends
// on by speakerRels, and the expression, a day at most, follows the noun.
func (s *syntax) speakerTime(a timeAttachment, x *timex.Timex) (node, bool) {
	tr := s.tr
	if a.rel != "nmod" && a.rel != "nmod:tmod" && a.rel != "nmod:unmarked" {
		return noNode, false
	}
	if granularityRank[x.Granularity] < granularityRank[timex.Day] || a.word < a.head || tr.verbal(a.head) {
		return noNode, false
	}
	r, ok := tr.head(a.head)
	if !ok || r > a.head || !speakerRels(tr.rel(a.head)) || !tr.verbal(r) || !tr.lemmaIn(r, s.d.lx.reporting) {
		return noNode, false
	}
	return r, true
}
