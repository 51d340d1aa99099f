package merge

import (
	"fmt"

	"github.com/chronograph-news/chronograph/event"
)

// dateFromSentence dates each publication-dated item by the one dated
// mention of its type in its sentence that it may be a second telling of
// (rule 5 of the package comment): the noun and its verb, "the Visiting
// Forces Agreement (VFA), signed in 1998", are one act, and the sentence's
// time expression governs both. The mention must name no agent the dated
// one lacks, and one of the two must be a noun (event.Mention.Noun): two
// verbs are two clauses, each with its own time ("the index fell, because
// last month it rose"). The item stays weak: it never makes a date more
// precise, and the event it joins keeps the dated mention's date. Two
// dated mentions of its type with different dates in the sentence leave
// it as it is. A noun takes so the date of a verb of another type of its
// compatibility row (typeKind: "on his first trip to the country, he met
// the leader on Sunday"); across types a verb never takes a noun's date,
// nor a noun another noun's ("troops killed in action since the 2003
// invasion", "bombings, including attacks last October").
func dateFromSentence(items []*item, opt Options) {
	type key struct {
		doc  string
		sent int
		kind string
	}
	dated := map[key][]*item{}
	for _, it := range items {
		if it.strong {
			k := key{it.m.Doc, it.m.Sentence, typeKind(it.m.Type)}
			dated[k] = append(dated[k], it)
		}
	}
	for _, it := range items {
		if it.strong || it.iv == nil {
			continue
		}
		var from *item
		for _, d := range dated[key{it.m.Doc, it.m.Sentence, typeKind(it.m.Type)}] {
			if !agentsWithin(it, d, opt) || !it.m.Noun && !d.m.Noun || d.m.Type != it.m.Type && (!it.m.Noun || d.m.Noun) {
				continue
			}
			if from != nil && (from.value != d.value || !from.iv.Start.Equal(d.iv.Start) || !from.iv.End.Equal(d.iv.End)) {
				from = nil
				break
			}
			from = d
		}
		if from != nil {
			it.iv, it.gran, it.value = from.iv, from.gran, from.value
		}
	}
}

// agentsWithin reports whether every agent of it is an agent of d, or
// related to one by affiliation.
func agentsWithin(it, d *item, opt Options) bool {
	theirs := d.core[0]
	for _, a := range it.agents {
		if !related(a, theirs, opt.Affiliation) {
			return false
		}
	}
	return true
}

// typeKind names the compatibility row of t (data/compat.yaml), or t
// itself when it is in none: the mentions of one row in one sentence are
// one act's variants ("on his first trip to the country, he met the
// leader on Sunday": the trip and the meeting; "the blast killed five on
// Monday": the blast and the killing).
func typeKind(t event.Type) string {
	if row, _ := typeRank(t); row >= 0 {
		return fmt.Sprintf("row %d", row)
	}
	return string(t)
}
