package eval

import (
	"cmp"
	"slices"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/timeline"
)

// Prediction is one predicted event as told in one article.
type Prediction struct {
	Doc     string // article id
	EventID string // the timeline event's id
	Type    string
	CAMEO   string
	Date    timeline.Date
	// Participants are the event's participants with the labels (name and
	// aliases) of their actors.
	Participants []PredParticipant
	// Quotes are the event's sources in Doc, in text order.
	Quotes []Quote
}

// PredParticipant is a predicted participant.
type PredParticipant struct {
	Labels []string // name first, then aliases, then a country's demonyms
	Role   string   // agent, counterpart, target, location
}

// Quote is one source sentence of a prediction.
type Quote struct {
	Sentence   int
	Start, End int // byte offsets in the article text
	Text       string
}

// Predictions returns one Prediction per event and article it has a
// source in, keeping only the articles in docs (nil: all), sorted by
// article, then first quote, then event id.
func Predictions(tl *timeline.Timeline, docs map[string]bool) []Prediction {
	actors := map[string]timeline.Actor{}
	for _, a := range tl.Actors {
		actors[a.ID] = a
	}
	var out []Prediction
	for _, e := range tl.Events {
		var parts []PredParticipant
		for _, p := range e.Participants {
			labels := []string{p.Actor}
			if a, ok := actors[p.Actor]; ok {
				labels = append([]string{a.Name}, a.Aliases...)
			}
			labels = append(labels, demonyms(p.Actor)...)
			parts = append(parts, PredParticipant{Labels: labels, Role: p.Role})
		}
		byDoc := map[string][]Quote{}
		var order []string
		for _, s := range e.Sources {
			if docs != nil && !docs[s.Doc] {
				continue
			}
			if _, ok := byDoc[s.Doc]; !ok {
				order = append(order, s.Doc)
			}
			byDoc[s.Doc] = append(byDoc[s.Doc], Quote{Sentence: s.Sentence, Start: s.Start, End: s.End, Text: s.Quote})
		}
		for _, d := range order {
			qs := byDoc[d]
			slices.SortFunc(qs, func(a, b Quote) int { return cmp.Compare(a.Start, b.Start) })
			out = append(out, Prediction{
				Doc: d, EventID: e.ID, Type: e.Type, CAMEO: e.CAMEO, Date: e.Date,
				Participants: parts, Quotes: qs,
			})
		}
	}
	slices.SortStableFunc(out, comparePred)
	return out
}

func comparePred(a, b Prediction) int {
	return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(firstStart(a), firstStart(b)), cmp.Compare(a.EventID, b.EventID))
}

func firstStart(p Prediction) int {
	if len(p.Quotes) == 0 {
		return -1
	}
	return p.Quotes[0].Start
}

// demonyms returns the demonyms the built-in gazetteer gives the country
// id ("Palestinian", "Palestinians" for country:PSE), nil for another
// actor: a country is matched by them as by its name, so that "Palestine"
// matches "Palestinian police" as "Israel" matches "Israeli police".
func demonyms(id string) []string {
	g, err := actor.Default()
	if err != nil {
		return nil
	}
	e, ok := g.Lookup(id)
	if !ok || e.Kind != actor.Country {
		return nil
	}
	return e.Demonyms
}
