package eval

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/chronograph-news/chronograph/diag"
	"github.com/chronograph-news/chronograph/event"
)

// Duplicate kinds of a prediction.
const (
	NotDuplicate = ""
	// Within: another prediction of the same article matched the gold
	// event.
	Within = "within"
	// Across: a different predicted event of another article matched the
	// same happening.
	Across = "across"
)

// Judgement is how a prediction fares against a gold event.
type Judgement struct {
	TypeAgree   bool // the project types are equal
	CAMEORoot   bool // the CAMEO roots are equal (the types, for a gold code "")
	TypeRight   bool // TypeAgree, or CAMEORoot for a gold type outside the vocabulary
	MainPresent bool // the main gold participant is a predicted agent or counterpart
	NoWrong     bool // every predicted participant but locations is a gold one
	DateRight   bool // the predicted date holds the gold date at its granularity
	DateExact   bool // the predicted date is the gold date
}

// Participants reports the participant rule: no wrong participant and the
// main one present.
func (j Judgement) Participants() bool { return j.MainPresent && j.NoWrong }

// Strict reports the strict recall rule: type, main participant and exact
// date.
func (j Judgement) Strict() bool { return j.TypeRight && j.MainPresent && j.DateExact }

// All reports whether the type, the participants and the date are right.
func (j Judgement) All() bool { return j.TypeRight && j.Participants() && j.DateRight }

// pairScore orders the candidate pairs of a gold event: type first, then
// CAMEO root, main participant, date and no wrong participant.
func (j Judgement) pairScore() int {
	s := 0
	for _, c := range []struct {
		ok bool
		w  int
	}{{j.TypeAgree, 32}, {j.CAMEORoot, 16}, {j.MainPresent, 8}, {j.DateRight, 4}, {j.NoWrong, 2}, {j.DateExact, 1}} {
		if c.ok {
			s += c.w
		}
	}
	return s
}

// violence are the types one violent act may be given, depending on
// whether its deaths are told (see gold/README.md, annotation decisions):
// they agree with each other.
var violence = map[string]bool{string(event.Attack): true, string(event.Killing): true}

// violentPair reports whether two different types name one violent act.
func violentPair(a, b string) bool { return violence[a] && violence[b] }

// Judge compares prediction p with gold event g.
func Judge(g *Gold, p *Prediction) Judgement {
	var j Judgement
	j.TypeAgree = g.Type == p.Type || violentPair(g.Type, p.Type)
	if g.CAMEO == "" {
		j.CAMEORoot = j.TypeAgree
	} else {
		j.CAMEORoot = len(p.CAMEO) >= 2 && p.CAMEO[:2] == g.CAMEO[:2]
	}
	j.TypeRight = j.TypeAgree || (g.CAMEO != "" && !event.Type(g.Type).Valid() && j.CAMEORoot)

	main := g.MainName()
	j.MainPresent, j.NoWrong = main == "", true
	for _, pp := range p.Participants {
		if pp.Role == string(event.Location) {
			continue
		}
		if main != "" && (pp.Role == string(event.Agent) || pp.Role == string(event.Counterpart)) && anyName(pp.Labels, main) {
			j.MainPresent = true
		}
		if !isGoldActor(pp.Labels, g) {
			j.NoWrong = false
		}
	}
	j.DateRight, j.DateExact = dateRight(g.Date, p.Date)
	return j
}

// isGoldActor reports whether labels name a participant or the location
// of g.
func isGoldActor(labels []string, g *Gold) bool {
	for _, gp := range g.Participants {
		if anyName(labels, gp.Name) {
			return true
		}
	}
	return g.Location != "" && anyName(labels, g.Location)
}

// Matching is the result of Match.
type Matching struct {
	Gold  []Gold
	Preds []Prediction
	// GoldPred is, per gold event, the index of its prediction, or -1.
	GoldPred []int
	// PredGold is, per prediction, the index of the gold event it matched
	// (or duplicates, for a duplicate within an article), or -1.
	PredGold []int
	// Dup is, per prediction, its duplicate kind.
	Dup []string
	// Judged is, per gold event, the judgement of its match.
	Judged []Judgement
	// spans is, per gold event, where its evidence is.
	spans []span
}

// span is where a gold event's evidence is.
type span struct {
	ok         bool
	start, end int
	sents      []int
}

// Match pairs the predictions with the gold events (see the package
// comment). articles holds the text of every article of gold, by id. A gold
// event whose article is missing or whose evidence is not in its text is
// reported as an error at its line and stays unmatched.
func Match(gold []Gold, preds []Prediction, articles map[string]*Article) (*Matching, error) {
	m := &Matching{
		Gold: gold, Preds: preds,
		GoldPred: filled(len(gold), -1), PredGold: filled(len(preds), -1),
		Dup: make([]string, len(preds)), Judged: make([]Judgement, len(gold)),
	}
	var errs diag.List
	spans := make([]span, len(gold))
	m.spans = spans
	for i := range gold {
		g := &gold[i]
		a := articles[g.Doc]
		if a == nil {
			errs.Add(g.File, g.Line, fmt.Sprintf("%s: article %s not found", g.ID, g.Doc))
			continue
		}
		s, e, ok := a.Locate(g.Evidence)
		if !ok {
			errs.Add(g.File, g.Line, fmt.Sprintf("%s: evidence not found in the text of %s", g.ID, g.Doc))
			continue
		}
		spans[i] = span{ok: true, start: s, end: e, sents: a.sentencesOf(s, e)}
	}

	type pair struct {
		g, p  int
		j     Judgement
		score int
	}
	var pairs []pair
	cands := map[int][]int{} // prediction → candidate gold events
	predsOf := map[string][]int{}
	for i := range preds {
		predsOf[preds[i].Doc] = append(predsOf[preds[i].Doc], i)
	}
	for gi := range gold {
		if !spans[gi].ok {
			continue
		}
		for _, pi := range predsOf[gold[gi].Doc] {
			if !candidate(spans[gi], &preds[pi]) {
				continue
			}
			j := Judge(&gold[gi], &preds[pi])
			pairs = append(pairs, pair{gi, pi, j, j.pairScore()})
			cands[pi] = append(cands[pi], gi)
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.g, b.g), cmp.Compare(a.p, b.p))
	})
	for _, pr := range pairs {
		if m.GoldPred[pr.g] < 0 && m.PredGold[pr.p] < 0 {
			m.GoldPred[pr.g], m.PredGold[pr.p], m.Judged[pr.g] = pr.p, pr.g, pr.j
		}
	}
	// Duplicates within an article: a left-over prediction of the same
	// type or CAMEO root as a matched gold event it is a candidate of
	// (its best such gold event, pairs being sorted best first).
	for _, pr := range pairs {
		if m.PredGold[pr.p] < 0 && m.GoldPred[pr.g] >= 0 && (pr.j.TypeAgree || pr.j.CAMEORoot) {
			m.PredGold[pr.p], m.Dup[pr.p] = pr.g, Within
		}
	}
	m.markAcross()
	return m, errs.Err()
}

// markAcross marks the matched predictions that tell, with another event
// id, a happening a prediction of an earlier article told first, unless
// their own event told it earlier too.
func (m *Matching) markAcross() {
	var matched []int // predictions, in order
	for pi, gi := range m.PredGold {
		if gi >= 0 && m.Dup[pi] == NotDuplicate {
			matched = append(matched, pi)
		}
	}
	for k, pi := range matched {
		g, p := &m.Gold[m.PredGold[pi]], &m.Preds[pi]
		other, same := false, false
		for _, qi := range matched[:k] {
			h, q := &m.Gold[m.PredGold[qi]], &m.Preds[qi]
			if h.Doc == g.Doc || !sameHappening(g, h) {
				continue
			}
			if q.EventID == p.EventID {
				same = true
			} else {
				other = true
			}
		}
		if other && !same {
			m.Dup[pi] = Across
		}
	}
}

// sameHappening reports whether two gold events (of different articles)
// tell the same happening: the same type and date and matching main
// participants.
func sameHappening(a, b *Gold) bool {
	ma, mb := a.MainName(), b.MainName()
	return a.Type == b.Type && a.Date.Value == b.Date.Value && a.Date.Granularity == b.Date.Granularity &&
		a.Date.Before == b.Date.Before && ma != "" && mb != "" && SameName(ma, mb)
}

// candidate reports whether a quote of p overlaps the evidence or comes
// from a sentence it touches.
func candidate(s span, p *Prediction) bool {
	for _, q := range p.Quotes {
		if q.Start < s.end && s.start < q.End || slices.Contains(s.sents, q.Sentence) {
			return true
		}
	}
	return false
}

func filled(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}
