package pipeline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/merge"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timex"
)

// The build's stages one at a time, for an engine that runs them on many
// machines (chronograph-beam, in the module beam/): what Build does in one
// process, cut where the data crossing between stages is small and
// plain (every value below is made of exported fields, so gob or JSON
// carries it). In the order an engine runs them:
//
//	Prepare                    all documents: sort, unique ids, --date flags
//	Stages.FindNames           per document: the name finder (the costly part of actor lexing)
//	Stages.Resolve             all documents in id order: the gazetteer's lexing and the one resolver
//	Stages.Analyze             per document: time expressions and events
//	Known                      the dated documents' analyses: the first merge
//	Stages.Redate              per undated document: DCT inferred against the first merge, analysed again
//	Finish                     all analyses: the final merge and the timeline
//
// Resolve is sequential because an actor's resolution depends on the
// documents resolved before it (a surname after the full name named
// elsewhere); the merges see every mention. Given the same documents and
// options, the stages give Build's timeline byte for byte (TestStagesAsBuild).

// Stages holds what the per-document stages load once: the gazetteer, the
// resolver and the language core's models.
type Stages struct {
	an  *stageAnalyzer
	opt Options
}

// NewStages loads the gazetteer (with opt.ActorFiles) and the models.
func NewStages(opt Options) (*Stages, error) {
	an, err := newAnalyzer(opt.ActorFiles, opt.CAMEOVerbs, 1, false)
	if err != nil {
		return nil, err
	}
	return &Stages{an: an, opt: opt}, nil
}

// Prepare returns the documents every later stage sees: sorted by id, the
// second and later of documents sharing an id renamed (in the order
// given), with the DCTs of opt's --date flags. The errors are warnings.
func Prepare(docs []document.Document, opt Options) ([]document.Document, []error) {
	var errs []error
	out := sortedDocs(docs, &errs)
	applyDates(out, opt, &errs)
	return out, errs
}

// Names is what the name finder found in one document: for each sentence
// it was asked about (start and end offsets), the names.
type Names struct {
	Spans [][2]int
	Found [][]actor.Name
}

// FindNames runs the name finder over doc's sentences as actor lexing
// would ask it.
func (s *Stages) FindNames(doc *document.Document) (Names, error) {
	var n Names
	err := s.an.lexWith(doc, func(text string, start, end int) []actor.Name {
		ns := s.an.findNames(text, start, end)
		n.Spans = append(n.Spans, [2]int{start, end})
		n.Found = append(n.Found, ns)
		return ns
	})
	s.an.mu.Lock()
	delete(s.an.lexed, doc.ID) // only the names are kept
	s.an.mu.Unlock()
	return n, err
}

// Resolved is one document's actors as the resolver decided them.
type Resolved struct {
	Doc    string
	Actors []actor.Mention
}

// Resolve lexes the documents (prepared, so in id order) for actors with
// the names found before (names by document id; a document without them
// has its names found now) and resolves them in order. It returns each
// resolved document's actors, every actor, and the errors, each naming
// its document (a document with an error is left out).
func (s *Stages) Resolve(docs []document.Document, names map[string]Names) ([]Resolved, []actor.Actor, []error) {
	var errs []error
	var out []Resolved
	for i := range docs {
		d := &docs[i]
		find := s.an.findNames
		if n, ok := names[d.ID]; ok && len(n.Spans) == len(n.Found) {
			known := make(map[[2]int][]actor.Name, len(n.Spans))
			for j, sp := range n.Spans {
				known[sp] = n.Found[j]
			}
			find = func(text string, start, end int) []actor.Name {
				if ns, ok := known[[2]int{start, end}]; ok {
					return ns
				}
				return s.an.findNames(text, start, end)
			}
		}
		err := s.an.lexWith(d, find)
		if err == nil {
			err = s.an.Resolve(d)
		}
		if err != nil {
			errs = append(errs, docError(d, err))
			continue
		}
		s.an.mu.Lock()
		t := s.an.seen[d.ID]
		delete(s.an.seen, d.ID)
		s.an.mu.Unlock()
		out = append(out, Resolved{Doc: d.ID, Actors: s.an.strs.unpack(d.Text, t.actors)})
	}
	return out, s.an.resolver.Actors(), errs
}

// Analysis is what Analyze and Redate found in one document.
type Analysis struct {
	Doc string
	// DCT is the document's DCT: given, or inferred by Redate (then
	// Inferred says how); DCTOrigin its origin (inferred also for an
	// interval, which leaves DCT zero).
	DCT       time.Time
	DCTOrigin document.Origin
	Timexes   []timex.Timex // kept for an undated document only, for Redate
	Mentions  []event.Mention
	Inferred  *Inference
	// Story is the document's story signature, which NewStories indexes
	// for the story evidence of undated documents.
	Story StorySig
}

// Analyze tags doc's time expressions and extracts its events, with the
// actors Resolve gave it; names are every actor's canonical name by id
// (from Resolve's actors: see [ActorNames]).
func (s *Stages) Analyze(doc *document.Document, actors []actor.Mention, names map[string]string) (Analysis, error) {
	s.an.mu.Lock()
	s.an.seen[doc.ID] = &tokens{actors: s.an.strs.pack(doc.Text, actors)}
	s.an.mu.Unlock()
	defer s.an.Forget(doc)
	s.an.namesOnce.Do(func() { s.an.names = names })
	tx, ms, err := s.an.Analyze(doc)
	if err != nil {
		return Analysis{}, docError(doc, err)
	}
	a := Analysis{Doc: doc.ID, DCT: doc.DCT, DCTOrigin: doc.DCTOrigin, Mentions: ms, Story: storyTerms(doc.Text)}
	if doc.DCT.IsZero() {
		a.Timexes = tx
	}
	return a, nil
}

// ActorNames maps each actor's id to its canonical name.
func ActorNames(actors []actor.Actor) map[string]string {
	names := make(map[string]string, len(actors))
	for _, a := range actors {
		names[a.ID] = a.Name
	}
	return names
}

// Known merges the mentions of the dated documents' analyses: the events
// an undated document's DCT is inferred against. It is [KnownMentions]
// merged with [KnownOptions] (an engine may merge them by merge.Block).
func Known(analyses []Analysis, actors []actor.Actor) []timeline.Event {
	analyses = byDoc(analyses)
	var dated []event.Mention
	for i := range analyses {
		dated = append(dated, KnownMentions(&analyses[i])...)
	}
	return merge.Merge(dated, KnownOptions(Dates(analyses), actors))
}

// KnownMentions returns the mentions of a that the first merge takes: none
// when a's document is undated.
func KnownMentions(a *Analysis) []event.Mention {
	if a.DCT.IsZero() {
		return nil
	}
	return keep(nil, a.Mentions, false)
}

// KnownOptions returns the first merge's options.
func KnownOptions(dates []DocDate, actors []actor.Actor) merge.Options {
	dcts := map[string]time.Time{}
	for _, d := range dates {
		if !d.DCT.IsZero() && d.Inferred == nil {
			dcts[d.Doc] = d.DCT
		}
	}
	return merge.Options{DCT: dcts, Affiliation: affiliations(actors), Kin: kinOf(actors), NonState: nonState(actors), Markets: markets(actors)}
}

// DocDate is what the merges need of a document: its DCT (given or
// inferred), its origin and how it was inferred.
type DocDate struct {
	Doc       string
	DCT       time.Time
	DCTOrigin document.Origin
	Inferred  *Inference
}

// Dates returns the DocDate of each analysis.
func Dates(analyses []Analysis) []DocDate {
	out := make([]DocDate, len(analyses))
	for i, a := range analyses {
		out[i] = DocDate{Doc: a.Doc, DCT: a.DCT, DCTOrigin: a.DCTOrigin, Inferred: a.Inferred}
	}
	return out
}

// Stories indexes the stories of a build's analysed documents (their
// Story signatures; the dated ones by their rarer terms): the evidence
// Redate reads of an undated document's story, as Build gathers it.
type Stories struct{ x *storyIndex }

// NewStories indexes the stories of analyses (every analysed document,
// in any order, before Redate: the DCTs as given).
func NewStories(analyses []Analysis) *Stories {
	analyses = byDoc(analyses)
	sigs := make([]StorySig, len(analyses))
	dcts := make([]time.Time, len(analyses))
	ids := make([]string, len(analyses))
	for i, a := range analyses {
		sigs[i], dcts[i], ids[i] = a.Story, a.DCT, a.Doc
		if sigs[i] == nil {
			sigs[i] = StorySig{} // an analysed document, of no word (gob gives nil for empty)
		}
	}
	return &Stories{x: newStoryIndex(sigs, dcts, ids)}
}

// Redate infers the DCT of an undated document's analysis a against the
// known events and the stories and, when one is found, analyses the
// document again with it; a is changed in place. doc is the document
// (undated) and actors and names as for Analyze.
func (s *Stages) Redate(a *Analysis, doc *document.Document, actors []actor.Mention, names map[string]string, known []timeline.Event, stories *Stories) error {
	d := *doc
	s.an.mu.Lock()
	s.an.seen[d.ID] = &tokens{actors: s.an.strs.pack(d.Text, actors)}
	s.an.mu.Unlock()
	defer s.an.Forget(&d)
	s.an.namesOnce.Do(func() { s.an.names = names })
	x := analysis{doc: &d, timexes: a.Timexes, mentions: a.Mentions}
	if stories != nil {
		x.story = stories.x.story(a.Story, a.Doc)
	}
	if err := reanalyze(&x, known, s.an); err != nil {
		return docError(doc, err)
	}
	a.Timexes, a.Mentions, a.Inferred, a.Story = nil, x.mentions, x.inferred, nil
	a.DCT, a.DCTOrigin = d.DCT, d.DCTOrigin
	return nil
}

// Finish merges every analysis's mentions into the timeline of the
// prepared documents, with the actors Resolve gave, and applies opt's
// filter. Analyses may come in any order. It is [Kept] merged with
// [FinalOptions], then [Assemble] (an engine may merge by merge.Block).
func Finish(docs []document.Document, analyses []Analysis, actors []actor.Actor, opt Options) (*timeline.Timeline, []error) {
	analyses = byDoc(analyses)
	var all []event.Mention
	for i := range analyses {
		all = append(all, Kept(&analyses[i], opt)...)
	}
	dates := Dates(analyses)
	return Assemble(docs, dates, merge.Merge(all, FinalOptions(dates, actors, opt)), actors, opt)
}

// Kept returns the mentions of a that go on the timeline.
func Kept(a *Analysis, opt Options) []event.Mention {
	return keep(nil, a.Mentions, opt.IncludeAll)
}

// FinalOptions returns the final merge's options.
func FinalOptions(dates []DocDate, actors []actor.Actor, opt Options) merge.Options {
	dcts := map[string]time.Time{}
	for _, d := range dates {
		if !d.DCT.IsZero() {
			dcts[d.Doc] = d.DCT
		}
	}
	return merge.Options{DCT: dcts, DCTRange: dctRanges(dates), Affiliation: affiliations(actors), Kin: kinOf(actors), NonState: nonState(actors), Markets: markets(actors), KeepAnonymous: opt.IncludeAll, KeepBackground: opt.IncludeAll, Spans: true}
}

// Assemble makes the timeline of the prepared documents from the merged
// events (in any order), the documents' dates and the actors, and applies
// opt's filter.
func Assemble(docs []document.Document, dates []DocDate, events []timeline.Event, actors []actor.Actor, opt Options) (*timeline.Timeline, []error) {
	var errs []error
	events = slices.Clone(events)
	merge.SortEvents(events)
	byID := map[string]DocDate{}
	for _, d := range dates {
		byID[d.Doc] = d
	}
	tl := &timeline.Timeline{Events: events}
	for _, d := range docs {
		dct, origin := d.DCT, d.DCTOrigin
		var inf *Inference
		if a, ok := byID[d.ID]; ok {
			dct, origin, inf = a.DCT, a.DCTOrigin, a.Inferred
		}
		tl.Documents = append(tl.Documents, timeline.Document{
			ID: d.ID, Path: d.Path, Title: d.Title, URL: d.URL, Source: d.Source,
			DCT: dateOnly(dct), DCTOrigin: string(cmp.Or(origin, document.None)),
			DCTReason: inf.describe(), DCTRange: inf.Range(),
		})
	}
	tl.Actors = timeline.Referenced(convertActors(actors), events)
	if unknown := opt.Filter.Unknown(tl.Actors); len(unknown) > 0 {
		// a filter on an actor the timeline lacks would write an empty
		// result: no timeline at all, so that nothing is written
		for _, q := range unknown {
			errs = append(errs, fmt.Errorf("actor %q: no actor of the timeline has that id, name or alias", q))
		}
		return nil, errs
	}
	if !opt.Filter.IsZero() {
		tl = tl.Filter(opt.Filter)
	}
	return tl, errs
}

// byDoc returns the analyses sorted by document id: the order Build
// merges them in.
func byDoc(analyses []Analysis) []Analysis {
	out := slices.Clone(analyses)
	slices.SortFunc(out, func(a, b Analysis) int { return cmp.Compare(a.Doc, b.Doc) })
	return out
}

// kinOf maps each actor named only by what it is to its class (merge.
// Options.Kin): an unaffiliated generic agent to its sector; and an
// organization of no country whose name ends with such an agent's name
// ("Vellish rebels" for "rebels") to that agent's sector, the group a
// later "the rebels" of its story may stand for (merge.kin never makes
// two named groups kin).
func kinOf(actors []actor.Actor) map[string]string {
	kin := map[string]string{}
	byName := map[string]string{} // an unaffiliated agent's name → its sector
	for _, a := range actors {
		if a.Sector != "" && strings.HasPrefix(a.ID, actor.UnaffiliatedPrefix) {
			kin[a.ID] = a.Sector
			byName[strings.ToLower(a.Name)] = a.Sector
		}
	}
	for _, a := range actors {
		if a.Kind != actor.Organization || a.Affiliation != "" || strings.HasPrefix(a.ID, actor.AgentPrefix) {
			continue
		}
		words := strings.Fields(strings.ToLower(a.Name))
		for i := 1; i < len(words); i++ {
			if k, ok := byName[strings.Join(words[i:], " ")]; ok {
				kin[a.ID] = k
				break
			}
		}
	}
	return kin
}

// affiliations maps actor ids to their affiliation's id.
func affiliations(actors []actor.Actor) map[string]string {
	affil := map[string]string{}
	for _, a := range actors {
		if a.Affiliation != "" {
			affil[a.ID] = a.Affiliation
		}
	}
	return affil
}
