package eval

import (
	"cmp"
	"slices"
)

// All is the name of the split that holds every article.
const All = "all"

// Counts are the raw counts of one split.
type Counts struct {
	Split     string `json:"split"`
	Articles  int    `json:"articles"`
	Gold      int    `json:"gold"`
	Predicted int    `json:"predicted"`
	// Real is the number of predictions that match a gold event, the
	// duplicates included.
	Real int `json:"real"`
	// Matched is the number of gold events matched.
	Matched int `json:"matched"`
	// Strict is the number of gold events matched with type, main
	// participant and exact date.
	Strict       int `json:"strict"`
	TypeAgree    int `json:"type_agree"`
	CAMEORoot    int `json:"cameo_root"`
	Participants int `json:"participants"`
	Dates        int `json:"dates"`
	Duplicates   int `json:"duplicates"`
	DupWithin    int `json:"duplicates_within"`
	DupAcross    int `json:"duplicates_across"`
	FullyRight   int `json:"fully_right"`
}

// Rates are the metrics of one split, as fractions in [0, 1].
type Rates struct {
	Precision    float64 `json:"precision"`
	Recall       float64 `json:"recall"`
	StrictRecall float64 `json:"strict_recall"`
	CAMEORoot    float64 `json:"cameo_root_accuracy"`
	Type         float64 `json:"type_accuracy"`
	Participants float64 `json:"participant_accuracy"`
	Date         float64 `json:"date_accuracy"`
	Duplicates   float64 `json:"duplicate_rate"`
	FullyRight   float64 `json:"fully_right_rate"`
}

// Rates computes the metrics of c (0 where the denominator is 0).
func (c Counts) Rates() Rates {
	return Rates{
		Precision:    ratio(c.Real, c.Predicted),
		Recall:       ratio(c.Matched, c.Gold),
		StrictRecall: ratio(c.Strict, c.Gold),
		CAMEORoot:    ratio(c.CAMEORoot, c.Matched),
		Type:         ratio(c.TypeAgree, c.Matched),
		Participants: ratio(c.Participants, c.Matched),
		Date:         ratio(c.Dates, c.Matched),
		Duplicates:   ratio(c.Duplicates, c.Predicted),
		FullyRight:   ratio(c.FullyRight, c.Predicted),
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss is a gold event no prediction matched, or a prediction that
// matched no gold event.
type Miss struct {
	Doc   string `json:"doc"`
	Split string `json:"split"`
	ID    string `json:"id"`   // gold id or predicted event id
	Type  string `json:"type"` // gold or predicted type
	Where string `json:"where,omitempty"`
	Start int    `json:"start"` // byte offset of the quote, -1 when unknown
	Quote string `json:"quote"` // gold evidence or the first source quote
}

// Wrong is a gold event matched by a prediction that is not fully right:
// what is wrong, and both sides.
type Wrong struct {
	Doc   string   `json:"doc"`
	Split string   `json:"split"`
	ID    string   `json:"id"`    // the gold event's id
	Event string   `json:"event"` // the predicted event's id
	Wrong []string `json:"wrong"` // of "type", "participants", "date"
	// GoldType, GoldParticipants ("role=name") and GoldDate are the gold
	// event's; Type, Participants and Date the prediction's.
	GoldType         string   `json:"gold_type"`
	GoldParticipants []string `json:"gold_participants"`
	GoldDate         string   `json:"gold_date"`
	Type             string   `json:"type"`
	Participants     []string `json:"participants"`
	Date             string   `json:"date"`
	Start            int      `json:"start"` // byte offset of the gold evidence, -1 when unknown
	Quote            string   `json:"quote"` // the gold evidence
}

// Report is the scores of a gold set.
type Report struct {
	// Splits holds dev, heldout and all, in that order.
	Splits []Counts `json:"splits"`
	// MissedGold and Unmatched list the unmatched gold events and
	// predictions, sorted by article, then position.
	MissedGold []Miss `json:"missed_gold"`
	Unmatched  []Miss `json:"unmatched_predictions"`
	// Wrong lists the matched gold events whose prediction is not fully
	// right, sorted like the misses.
	Wrong []Wrong `json:"wrong"`
}

// Score counts the matching by split: an article's split is that of its
// gold events.
func (m *Matching) Score() *Report {
	splitOf := map[string]string{}
	for _, g := range m.Gold {
		if _, ok := splitOf[g.Doc]; !ok {
			splitOf[g.Doc] = g.Split
		}
	}
	r := &Report{}
	for _, s := range []string{Dev, Heldout, All} {
		c := Counts{Split: s}
		in := func(doc string) bool { return s == All || splitOf[doc] == s }
		for doc := range splitOf {
			if in(doc) {
				c.Articles++
			}
		}
		for gi := range m.Gold {
			if !in(m.Gold[gi].Doc) {
				continue
			}
			c.Gold++
			if m.GoldPred[gi] < 0 {
				continue
			}
			j := m.Judged[gi]
			c.Matched++
			c.Strict += b2i(j.Strict())
			c.TypeAgree += b2i(j.TypeAgree)
			c.CAMEORoot += b2i(j.CAMEORoot)
			c.Participants += b2i(j.Participants())
			c.Dates += b2i(j.DateRight)
		}
		for pi := range m.Preds {
			if !in(m.Preds[pi].Doc) {
				continue
			}
			c.Predicted++
			gi := m.PredGold[pi]
			if gi < 0 {
				continue
			}
			c.Real++
			switch m.Dup[pi] {
			case Within:
				c.Duplicates++
				c.DupWithin++
			case Across:
				c.Duplicates++
				c.DupAcross++
			default:
				c.FullyRight += b2i(m.Judged[gi].All())
			}
		}
		r.Splits = append(r.Splits, c)
	}
	r.MissedGold, r.Unmatched = m.misses(splitOf)
	r.Wrong = m.wrong()
	return r
}

// wrong lists the matched gold events whose prediction is not fully right.
func (m *Matching) wrong() []Wrong {
	var out []Wrong
	for gi := range m.Gold {
		pi := m.GoldPred[gi]
		if pi < 0 || m.Judged[gi].All() {
			continue
		}
		g, p, j := &m.Gold[gi], &m.Preds[m.GoldPred[gi]], m.Judged[gi]
		w := Wrong{Doc: g.Doc, Split: g.Split, ID: g.ID, Event: p.EventID, GoldType: g.Type, Type: p.Type,
			GoldDate: g.Date.String(), Date: p.Date.Value, Start: -1, Quote: g.Evidence}
		if p.Date.Granularity != "" {
			w.Date += " (" + p.Date.Granularity + ", " + p.Date.Basis + ")"
		}
		for _, c := range []struct {
			ok   bool
			what string
		}{{j.TypeRight, "type"}, {j.Participants(), "participants"}, {j.DateRight, "date"}} {
			if !c.ok {
				w.Wrong = append(w.Wrong, c.what)
			}
		}
		for _, gp := range g.Participants {
			w.GoldParticipants = append(w.GoldParticipants, gp.Role+"="+gp.Name)
		}
		for _, pp := range p.Participants {
			w.Participants = append(w.Participants, pp.Role+"="+pp.Labels[0])
		}
		if gi < len(m.spans) && m.spans[gi].ok {
			w.Start = m.spans[gi].start
		}
		out = append(out, w)
	}
	slices.SortStableFunc(out, func(a, b Wrong) int {
		return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Start, b.Start), cmp.Compare(a.ID, b.ID))
	})
	return out
}

func (m *Matching) misses(splitOf map[string]string) (gold, preds []Miss) {
	for gi := range m.Gold {
		if m.GoldPred[gi] >= 0 {
			continue
		}
		g := &m.Gold[gi]
		ms := Miss{Doc: g.Doc, Split: g.Split, ID: g.ID, Type: g.Type, Where: g.Where(), Start: -1, Quote: g.Evidence}
		if gi < len(m.spans) && m.spans[gi].ok {
			ms.Start = m.spans[gi].start
		}
		gold = append(gold, ms)
	}
	for pi := range m.Preds {
		if m.PredGold[pi] >= 0 {
			continue
		}
		p := &m.Preds[pi]
		ms := Miss{Doc: p.Doc, Split: splitOf[p.Doc], ID: p.EventID, Type: p.Type, Start: -1}
		if len(p.Quotes) > 0 {
			ms.Start, ms.Quote = p.Quotes[0].Start, p.Quotes[0].Text
		}
		preds = append(preds, ms)
	}
	sortMisses(gold)
	sortMisses(preds)
	return gold, preds
}

func sortMisses(ms []Miss) {
	slices.SortStableFunc(ms, func(a, b Miss) int {
		return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Start, b.Start), cmp.Compare(a.ID, b.ID))
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
