// Package pipeline is chronograph's pipeline: it takes documents through
// tokenization, time tagging, actor resolution and event extraction, infers
// the creation time of undated documents, merges the event mentions and
// assembles the timeline.
//
// The stages run in this order:
//
//  1. Documents sharing an id are renamed as document.UniqueIDs does
//     (the one duplicate-id policy), then sorted by id; --date flags set
//     their DCTs (origin
//     "flag"): Options.Dates per document, Options.AllDate for documents
//     that have none.
//  2. Every document is tokenized, split into sentences and its actors
//     resolved (one resolver per build, documents in sorted order, so an
//     actor's identity and id never depend on the order of the paths
//     given); then each document's time expressions are tagged against its
//     DCT and its event mentions extracted, titled with the actors'
//     canonical names.
//  3. When some document is undated, the mentions of the dated documents
//     are merged into a first set of events; each undated document's DCT is then inferred (see InferDCT)
//     against them, and against the dated articles of its story (the
//     words of every document are counted while it is analysed; see
//     dct_story.go), and the document analysed again with it (origin
//     "inferred"). Mentions whose date rests on an inferred DCT (relative
//     or publication-dated) get the inference's confidence. A document
//     whose DCT the evidence places only in an interval keeps no DCT; its
//     interval (origin "inferred", timeline.Document.DCTRange) dates its
//     mentions in the merge (merge.Options.DCTRange).
//  4. Planned, hypothetical and negated mentions, and background mentions
//     (references to an event told elsewhere: "the treaty"), are dropped
//     unless Options.IncludeAll; the rest are merged (package merge), with
//     multi-day events that share a name merged into one range.
//  5. The timeline lists every document, the actors the events refer to
//     and the events sorted by date, then id; Options.Filter is applied
//     last.
//
// A document that fails a stage is reported and left out; the others go on.
package pipeline

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timeline"
	"github.com/chronograph-news/chronograph/timex"
)

// Options controls a build.
type Options struct {
	// Dates sets the DCT of documents by id (--date ID=YYYY-MM-DD),
	// overriding any date the document carries.
	Dates map[string]time.Time
	// AllDate sets the DCT of every document that has none (--date
	// YYYY-MM-DD). Zero means unset.
	AllDate time.Time
	// ActorFiles are extra gazetteer files (--actors FILE).
	ActorFiles []string
	// Filter selects the events of the result.
	Filter timeline.Filter
	// IncludeAll keeps planned, hypothetical and negated events,
	// background mentions, and the anonymous publication-dated events merge
	// drops by default.
	IncludeAll bool
	// CAMEOVerbs also takes as triggers the verbs of the CAMEO dictionary
	// the trigger lexicon lacks (--cameo-verbs; event.Input.CAMEOVerbs):
	// more events found, fewer of them right.
	CAMEOVerbs bool
	// Jobs is how many documents are analysed at once (-j); 0 means one
	// per core. The result does not depend on it.
	Jobs int
	// Progress, when not nil, is told how the build advances.
	Progress Progress
	// Cache, when not nil, keeps documents' analyses between builds
	// (--store; see cache.go for what an entry covers). The result does
	// not depend on it.
	Cache Cache
}

// Build runs the pipeline over docs. It returns the timeline and every
// error met, each naming its document; a document with an error is left
// out. A document read without its text (document.ReadOptions.Reread)
// is read when needed and let go after, so that memory holds the texts
// of the documents in progress. The timeline is nil only when nothing could be built (the actor
// gazetteer failed to load).
func Build(docs []document.Document, opt Options) (*timeline.Timeline, []error) {
	sa, err := newAnalyzer(opt.ActorFiles, opt.CAMEOVerbs, jobs(opt.Jobs, math.MaxInt), opt.Cache != nil)
	if err != nil {
		return nil, []error{err}
	}
	var an analyzer = sa
	if opt.Cache != nil {
		key, err := actorFilesKey(opt.ActorFiles)
		if err != nil {
			return nil, []error{err}
		}
		an = &cachedAnalyzer{stageAnalyzer: sa, cache: opt.Cache, gazetteerKey: key}
	}
	return run(docs, opt, an)
}

// analyzer runs the per-document stages. Lex is called once per document,
// from several goroutines at once; Resolve once per document after its
// Lex, in sorted document order, before any Analyze; Analyze is
// called once or twice per resolved document (twice when its DCT is
// inferred), from several goroutines at once for different documents.
type analyzer interface {
	// Lex does what depends on doc alone: tokens and candidate actors.
	Lex(doc *document.Document) error
	// Resolve decides the actors of doc's candidates, in the light of the
	// documents resolved before.
	Resolve(doc *document.Document) error
	// Analyze tags time expressions against doc.DCT and extracts events.
	Analyze(doc *document.Document) ([]timex.Timex, []event.Mention, error)
	// Forget drops what Resolve kept of doc, once doc needs no further
	// Analyze, so that memory holds the analyses of the documents in
	// progress, not of every document.
	Forget(doc *document.Document)
	// Actors returns every actor resolved.
	Actors() []actor.Actor
}

// analysis is what the stages found in one document.
type analysis struct {
	doc      *document.Document
	timexes  []timex.Timex
	mentions []event.Mention
	inferred *Inference
	story    storyEvidence // of an undated document: the dated articles of its story
}

func run(in []document.Document, opt Options, an analyzer) (*timeline.Timeline, []error) {
	var errs []error
	docs := sortedDocs(in, &errs)
	applyDates(docs, opt, &errs)

	// The texts are read again through files, which keeps each JSON
	// Lines file open for the build.
	var files document.Files
	defer files.Close()

	// Documents are lexed on the workers, a few ahead of the one being
	// resolved, and resolved in order by the one resolver. A text read
	// for the lexing is let go after it, to be read again for the
	// analysis; a text the reading held (a small corpus:
	// document.ReadOptions.HoldBytes) is kept for the analysis, which
	// then parses no file again (a fortieth of the CPU of a cold build
	// of TE3-Silver), and memory holds no more texts than it did when
	// they were read.
	var resolved []*document.Document
	m := newMeter(opt.Progress, StageResolve, len(docs))
	lexed := make([]error, len(docs))
	held := make([]bool, len(docs)) // the text was held before the lexing
	ahead(len(docs), jobs(opt.Jobs, len(docs)), lexWindow*jobs(opt.Jobs, len(docs)),
		func(i int) {
			held[i] = docs[i].Text != ""
			if lexed[i] = docs[i].LoadFrom(&files); lexed[i] == nil {
				lexed[i] = an.Lex(&docs[i])
			}
		},
		func(i int) {
			err := lexed[i]
			if err == nil {
				err = an.Resolve(&docs[i])
			}
			if !held[i] || err != nil {
				docs[i].Drop() // read again for the analysis
			}
			m.add(docs[i].Len())
			if err != nil {
				errs = append(errs, docError(&docs[i], err))
				return
			}
			resolved = append(resolved, &docs[i])
		})
	m.end()
	// Every document is analysed on the workers, each into its own slot;
	// the errors are then collected in document order.
	workers := jobs(opt.Jobs, len(resolved))
	results := make([]analysis, len(resolved))
	failed := make([]error, len(resolved))
	stories := newStorySigs(resolved) // nil when every document is dated
	m = newMeter(opt.Progress, StageAnalyze, len(resolved))
	parallel(len(resolved), workers, func(i int) {
		d := resolved[i]
		if _, lazy := an.(textLoader); !lazy || d.DCT.IsZero() || stories != nil {
			if failed[i] = d.LoadFrom(&files); failed[i] != nil {
				return
			}
		}
		stories.count(i, d.Text)
		tx, ms, err := an.Analyze(d)
		if !d.DCT.IsZero() {
			// dated: analysed for good; the time expressions serve
			// only DCT inference, and only the mentions that go on the
			// timeline are kept, apart from the text when it can be
			// read again (mentions made without it hold none of it)
			an.Forget(d)
			tx, ms = nil, keep(nil, ms, opt.IncludeAll)
			if held := d.Text != ""; d.Drop() && held {
				detach(ms)
			}
		}
		results[i], failed[i] = analysis{doc: d, timexes: tx, mentions: ms}, err
		m.add(d.Len())
	})
	m.end()
	var ok []*analysis
	for i := range results {
		if failed[i] != nil {
			errs = append(errs, docError(resolved[i], failed[i]))
			stories.drop(i)
			continue
		}
		ok = append(ok, &results[i])
	}
	stories.evidence(results) // the stories of the undated documents
	stories = nil

	actors := an.Actors()

	// First pass: the events of the dated documents, which serve only to
	// date the undated ones: without any, it is not made.
	var undated []*analysis
	for _, a := range ok {
		if a.doc.DCT.IsZero() {
			undated = append(undated, a)
		}
	}
	var dated *blockSet
	if len(undated) > 0 {
		var lists [][]event.Mention
		for _, a := range ok {
			if !a.doc.DCT.IsZero() {
				lists = append(lists, a.mentions)
			}
		}
		dated = groupBlocks(lists, kept, nil)
	}
	m = newMeter(opt.Progress, StageMerge, dated.size())
	var known []timeline.Event
	if len(undated) > 0 {
		known = dated.merge(KnownOptions(docDates(ok), actors), jobs(opt.Jobs, math.MaxInt))
	}
	dated = nil
	m.end()

	// Second pass: each undated document's DCT inferred against the
	// first set, and the document analysed again with it.
	failed = make([]error, len(undated))
	m = newMeter(opt.Progress, StageDate, len(undated))
	parallel(len(undated), jobs(opt.Jobs, len(undated)), func(i int) {
		a := undated[i]
		failed[i] = reanalyze(a, known, an)
		an.Forget(a.doc)
		a.timexes, a.mentions = nil, keep(nil, a.mentions, opt.IncludeAll)
		if a.doc.Drop() {
			detach(a.mentions)
		}
		m.add(a.doc.Len())
	})
	m.end()
	for i, a := range undated {
		if failed[i] != nil {
			errs = append(errs, docError(a.doc, failed[i]))
		}
	}

	// The mentions that go on the timeline (each document kept only
	// those), gathered by merge block; each document's own are let go as
	// they are copied, so memory holds them once. The blocks are merged
	// on the workers.
	lists := make([][]event.Mention, len(ok))
	for i, a := range ok {
		lists[i] = a.mentions
	}
	all := groupBlocks(lists, nil, func(i int) { lists[i], ok[i].mentions = nil, nil })
	m = newMeter(opt.Progress, StageFinal, all.size())
	defer m.end()
	dates := docDates(ok)
	events := all.merge(FinalOptions(dates, actors, opt), jobs(opt.Jobs, math.MaxInt))

	tl, more := Assemble(docs, dates, events, actors, opt)
	return tl, append(errs, more...)
}

// docDates returns the dates of the analysed documents as they stand (a
// DCT inferred by reanalyze is the document's).
func docDates(as []*analysis) []DocDate {
	out := make([]DocDate, len(as))
	for i, a := range as {
		out[i] = DocDate{Doc: a.doc.ID, DCT: a.doc.DCT, DCTOrigin: a.doc.DCTOrigin, Inferred: a.inferred}
	}
	return out
}

// reanalyze infers the DCT of the undated document of a against the
// events known from the dated ones and, when one is found, analyses the
// document again with it; mentions whose date rests on the inferred DCT
// get the inference's confidence.
func reanalyze(a *analysis, known []timeline.Event, an analyzer) error {
	inf, found := inferDCT(a.doc.Text, a.timexes, a.mentions, known, a.story)
	if !found || inf.DCT.IsZero() {
		// no day: the document stays undated, with the interval (origin
		// "inferred") or the reason there is none
		if found {
			a.doc.DCTOrigin = document.Inferred
		}
		if inf.Reason != "" {
			a.inferred = &inf
		}
		return nil
	}
	a.doc.DCT, a.doc.DCTOrigin = inf.DCT, document.Inferred
	tx, ms, err := an.Analyze(a.doc)
	if err != nil {
		return err
	}
	for i := range ms {
		if ms[i].Basis != event.Explicit {
			if ms[i].Confidence <= 0 || ms[i].Confidence > inf.Confidence {
				ms[i].Confidence = inf.Confidence
			}
		}
	}
	a.timexes, a.mentions, a.inferred = tx, ms, &inf
	return nil
}

// keep appends to dst the mentions of ms that go on the timeline: asserted
// and reported ones, or all when all is set. Background references to an
// event told elsewhere ("the treaty", "their recent summits") go too: the
// merge adds them only to the one event of their document they can refer
// to (merge.Options.KeepBackground).
func keep(dst, ms []event.Mention, all bool) []event.Mention {
	if dst == nil {
		// exactly as long as it needs to be: it may be held a long time
		n := 0
		for i := range ms {
			if all || kept(&ms[i]) {
				n++
			}
		}
		dst = make([]event.Mention, 0, n)
	}
	for i := range ms {
		if all || kept(&ms[i]) {
			dst = append(dst, ms[i])
		}
	}
	return dst
}

// kept reports whether m goes on the timeline without Options.IncludeAll
// (see keep).
func kept(m *event.Mention) bool {
	return m.Factuality == event.Asserted || m.Factuality == event.Reported || m.Factuality == ""
}

// sortedDocs returns a copy of docs sorted by id, the second and later of
// documents sharing an id renamed by document.UniqueIDs (in the order
// given), with a warning each.
func sortedDocs(in []document.Document, errs *[]error) []document.Document {
	docs := slices.Clone(in)
	*errs = append(*errs, document.UniqueIDs(docs)...)
	slices.SortStableFunc(docs, func(a, b document.Document) int { return cmp.Compare(a.ID, b.ID) })
	return docs
}

// applyDates sets the DCTs the --date flags give.
func applyDates(docs []document.Document, opt Options, errs *[]error) {
	used := map[string]bool{}
	for i := range docs {
		d := &docs[i]
		if t, ok := opt.Dates[d.ID]; ok {
			d.DCT, d.DCTOrigin, used[d.ID] = day(t), document.Flag, true
		} else if d.DCT.IsZero() && !opt.AllDate.IsZero() {
			d.DCT, d.DCTOrigin = day(opt.AllDate), document.Flag
		}
		if d.DCT.IsZero() {
			d.DCTOrigin = document.None
		}
	}
	var unknown []string
	for id := range opt.Dates {
		if !used[id] {
			unknown = append(unknown, id)
		}
	}
	slices.Sort(unknown)
	for _, id := range unknown {
		*errs = append(*errs, fmt.Errorf("--date %s=...: no document has id %q", id, id))
	}
}

// docError names the document (and line of a JSON Lines record) in err.
func docError(d *document.Document, err error) error {
	where := cmp.Or(d.Path, d.ID)
	if d.Line > 0 {
		where = fmt.Sprintf("%s:%d", where, d.Line)
	}
	return fmt.Errorf("%s: %w", where, err)
}

// convertActors gives actors in the timeline's shape, sorted by id.
func convertActors(actors []actor.Actor) []timeline.Actor {
	out := make([]timeline.Actor, 0, len(actors))
	for _, a := range actors {
		out = append(out, timeline.Actor{
			ID: a.ID, Name: a.Name, Kind: string(a.Kind),
			Aliases: append([]string{}, a.Aliases...), Roles: slices.Clone(a.Roles), Affiliation: a.Affiliation,
		})
	}
	slices.SortFunc(out, func(a, b timeline.Actor) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
