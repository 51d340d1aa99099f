// Package chronobeam is chronograph's build on Apache Beam: the stages of
// package pipeline (see pipeline/stages.go) as Beam transforms, so that the
// costly per-document work — the name finder, time expressions, parsing and
// event extraction — runs on as many workers as the runner gives, and the
// result is the single-machine build's, byte for byte.
//
// The graph of transforms:
//
//	Impulse → Read (one DoFn: files, folders, globs; sort, unique ids, --date)
//	        → FindNames (ParDo, per document)
//	        → Resolve (GroupByKey on one key: the resolver takes the documents in id order)
//	        → Analyze (ParDo, per document; side input: the actors)
//	        → Known (GroupByKey by merge block: the first merge, of the dated documents' mentions)
//	        → Redate (ParDo, per undated document; side inputs: the actors, the known events,
//	                  every document's story signature)
//	        → Merge (GroupByKey by merge block: the final merge)
//	        → Finish (GroupByKey on one key: the timeline, timeline.json and graph.json)
//
// Why the result equals the single-machine build: every stage is the same
// function Build runs (pipeline.Stages and its pieces), fed the same values.
// The per-document stages depend on their document and on the side inputs
// alone; the grouped stages sort what they get by document id (and a
// mention by its place in its document) — the order Build uses — before
// doing anything, so the order in which a runner delivers elements does not
// matter. The merges are keyed reduces: a mention's key is its merge block
// (merge.Block: its type's compatibility row), and no step of the merge
// joins mentions of two blocks (merge/block.go says why), so no cluster
// spans blocks and the union of the blocks' events, sorted, is the whole
// merge's (TestStagesAsBuild checks both merges by blocks against Build).
// Actor resolution runs on one worker: it depends on the documents resolved
// before (a surname after the full name named elsewhere), so it cannot be
// split without changing the result; it costs little beside the analysis
// but holds every document's candidate actors.
//
// Elements cross between transforms as gob-encoded records (record), so
// every runner carries them with its byte coder.
package chronobeam

import (
	"bytes"
	"cmp"
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"log"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // file outputs
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/merge"
	"github.com/chronograph-news/chronograph/pipeline"
	"github.com/chronograph-news/chronograph/timeline"
)

// Options are the build options a Beam pipeline carries to its workers
// (a subset of pipeline.Options, in a form the runner can serialize).
type Options struct {
	// Inputs are files, folders or glob patterns of articles.
	Inputs []string
	// Output is the folder timeline.json and graph.json are written to.
	Output string
	// ActorFiles are extra gazetteer files (as chronograph build --actors);
	// they must be readable where the workers run.
	ActorFiles []string
	// Dates sets DCTs: "ID=YYYY-MM-DD" for one document, "YYYY-MM-DD" for
	// every undated one (as chronograph build --date).
	Dates []string
	// CAMEOVerbs and IncludeAll are chronograph build's --cameo-verbs and
	// --all.
	CAMEOVerbs, IncludeAll bool
	// MaxDocBytes is --max-doc-bytes (0: the default).
	MaxDocBytes int64
}

// pipelineOptions returns o as the build's options.
func (o Options) pipelineOptions() (pipeline.Options, error) {
	opt := pipeline.Options{ActorFiles: o.ActorFiles, CAMEOVerbs: o.CAMEOVerbs, IncludeAll: o.IncludeAll, Jobs: 1}
	for _, d := range o.Dates {
		id, day, hasID := strings.Cut(d, "=")
		if !hasID {
			id, day = "", d
		}
		t, err := time.Parse(time.DateOnly, day)
		if err != nil {
			return opt, fmt.Errorf("date %q: want ID=YYYY-MM-DD or YYYY-MM-DD", d)
		}
		if !hasID {
			opt.AllDate = t
			continue
		}
		if opt.Dates == nil {
			opt.Dates = map[string]time.Time{}
		}
		opt.Dates[id] = t
	}
	return opt, nil
}

// record is one document on its way through the transforms.
type record struct {
	Doc      document.Document
	Names    pipeline.Names
	Actors   []actor.Mention
	Analysis pipeline.Analysis
}

func encode(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// send emits v encoded.
func send(emit func([]byte), v any) error {
	b, err := encode(v)
	if err != nil {
		return err
	}
	emit(b)
	return nil
}

func decode(b []byte, v any) error {
	return gob.NewDecoder(bytes.NewReader(b)).Decode(v)
}

func init() {
	register.DoFn3x1[[]byte, func([]byte), func([]byte), error](&readFn{})
	register.DoFn2x1[[]byte, func([]byte), error](&namesFn{})
	register.DoFn4x1[int, func(*[]byte) bool, func([]byte), func([]byte), error](&resolveFn{})
	register.DoFn3x1[[]byte, []byte, func([]byte), error](&analyzeFn{})
	register.Function2x1(knownMentionsFn)
	register.Function1x2(recordDate)
	register.Function1x2(storyOf)
	register.Function1x2(analysisDate)
	register.DoFn2x1[[]byte, func(string, []byte), error](&keptFn{})
	register.DoFn5x1[string, func(*[]byte) bool, func(*[]byte) bool, []byte, func([]byte), error](&mergeFn{})
	register.DoFn6x1[[]byte, []byte, func(*[]byte) bool, func(*[]byte) bool, func([]byte), func([]byte), error](&redateFn{})
	register.DoFn6x1[context.Context, int, func(*[]byte) bool, func(*[]byte) bool, func(*[]byte) bool, []byte, error](&finishFn{})
	register.Emitter1[[]byte]()
	register.Emitter2[string, []byte]()
	register.Iter1[[]byte]()
}

// Build adds chronograph's build to the pipeline under s: from o.Inputs
// to timeline.json and graph.json in o.Output.
func Build(s beam.Scope, o Options) {
	s = s.Scope("chronograph")
	docs, metas := beam.ParDo2(s, &readFn{O: o}, beam.Impulse(s))
	named := beam.ParDo(s.Scope("FindNames"), &namesFn{O: o}, docs)
	resolved, actors := beam.ParDo2(s, &resolveFn{O: o}, beam.GroupByKey(s, beam.AddFixedKey(s, named)))
	analysed := beam.ParDo(s.Scope("Analyze"), &analyzeFn{O: o}, resolved, beam.SideInput{Input: actors})

	firstDates := beam.ParDo(s.Scope("FirstDates"), recordDate, analysed)
	knownMentions := beam.ParDo(s.Scope("KnownMentions"), knownMentionsFn, analysed)
	known := beam.ParDo(s.Scope("Known"), &mergeFn{Known: true}, beam.GroupByKey(s, knownMentions),
		beam.SideInput{Input: firstDates}, beam.SideInput{Input: actors})

	stories := beam.ParDo(s.Scope("Stories"), storyOf, analysed)
	dated, redated := beam.ParDo2(s.Scope("Redate"), &redateFn{O: o}, analysed, beam.SideInput{Input: actors},
		beam.SideInput{Input: known}, beam.SideInput{Input: stories})
	all := beam.Flatten(s, dated, redated)

	dates := beam.ParDo(s.Scope("Dates"), analysisDate, all)
	kept := beam.ParDo(s.Scope("Kept"), &keptFn{O: o}, all)
	events := beam.ParDo(s.Scope("Merge"), &mergeFn{O: o}, beam.GroupByKey(s, kept),
		beam.SideInput{Input: dates}, beam.SideInput{Input: actors})
	beam.ParDo0(s, &finishFn{O: o}, beam.GroupByKey(s, beam.AddFixedKey(s, events)),
		beam.SideInput{Input: metas}, beam.SideInput{Input: dates}, beam.SideInput{Input: actors})
}

// keyed is a mention on its way to its merge block, with its place: its
// document and its rank there.
type keyed struct {
	Doc     string
	Rank    int
	Mention event.Mention
}

// emitBlocks emits each mention keyed by its merge block.
func emitBlocks(doc string, ms []event.Mention, emit func(string, []byte)) error {
	for i := range ms {
		b, err := encode(&keyed{Doc: doc, Rank: i, Mention: ms[i]})
		if err != nil {
			return err
		}
		emit(merge.Block(&ms[i]), b)
	}
	return nil
}

// knownMentionsFn emits the mentions the first merge takes.
func knownMentionsFn(b []byte, emit func(string, []byte)) error {
	var r record
	if err := decode(b, &r); err != nil {
		return err
	}
	return emitBlocks(r.Doc.ID, pipeline.KnownMentions(&r.Analysis), emit)
}

// storyOf emits what the story evidence reads of a document's first
// analysis: its id, DCT and story signature (pipeline.NewStories).
func storyOf(b []byte) ([]byte, error) {
	var r record
	if err := decode(b, &r); err != nil {
		return nil, err
	}
	return encode(pipeline.Analysis{Doc: r.Analysis.Doc, DCT: r.Analysis.DCT, Story: r.Analysis.Story})
}

// recordDate emits a document's date, from its first analysis.
func recordDate(b []byte) ([]byte, error) {
	var r record
	if err := decode(b, &r); err != nil {
		return nil, err
	}
	return encode(pipeline.Dates([]pipeline.Analysis{r.Analysis})[0])
}

// analysisDate emits a document's date, from its last analysis.
func analysisDate(b []byte) ([]byte, error) {
	var a pipeline.Analysis
	if err := decode(b, &a); err != nil {
		return nil, err
	}
	return encode(pipeline.Dates([]pipeline.Analysis{a})[0])
}

// keptFn emits the mentions that go on the timeline.
type keptFn struct{ O Options }

func (f *keptFn) ProcessElement(b []byte, emit func(string, []byte)) error {
	opt, err := f.O.pipelineOptions()
	if err != nil {
		return err
	}
	var a pipeline.Analysis
	if err := decode(b, &a); err != nil {
		return err
	}
	return emitBlocks(a.Doc, pipeline.Kept(&a, opt), emit)
}

// mergeFn merges one block's mentions: the first merge (Known) or the
// final one. It emits the block's events.
type mergeFn struct {
	O     Options
	Known bool
}

func (f *mergeFn) ProcessElement(_ string, iter, dates func(*[]byte) bool, actors []byte, emit func([]byte)) error {
	ks, err := collect[keyed](iter)
	if err != nil {
		return err
	}
	slices.SortFunc(ks, func(a, b keyed) int { return cmp.Or(strings.Compare(a.Doc, b.Doc), cmp.Compare(a.Rank, b.Rank)) })
	ds, err := collect[pipeline.DocDate](dates)
	if err != nil {
		return err
	}
	var side actorsSide
	if err := side.load(actors); err != nil {
		return err
	}
	var mo merge.Options
	if f.Known {
		mo = pipeline.KnownOptions(ds, side.actors)
	} else {
		opt, err := f.O.pipelineOptions()
		if err != nil {
			return err
		}
		mo = pipeline.FinalOptions(ds, side.actors, opt)
	}
	ms := make([]event.Mention, len(ks))
	for i := range ks {
		ms[i] = ks[i].Mention
	}
	return send(emit, merge.Merge(ms, mo))
}

// events gathers the events of every block, in Merge's order.
func events(iter func(*[]byte) bool) ([]timeline.Event, error) {
	blocks, err := collect[[]timeline.Event](iter)
	if err != nil {
		return nil, err
	}
	var out []timeline.Event
	for _, b := range blocks {
		out = append(out, b...)
	}
	merge.SortEvents(out)
	return out, nil
}

// readFn reads the inputs (one element: the impulse) and emits each
// prepared document, and its metadata without the text for Finish.
type readFn struct{ O Options }

func (f *readFn) ProcessElement(_ []byte, emit, emitMeta func([]byte)) error {
	opt, err := f.O.pipelineOptions()
	if err != nil {
		return err
	}
	paths, err := expand(f.O.Inputs)
	if err != nil {
		return err
	}
	in, errs := document.Read(paths, nil, document.ReadOptions{MaxDocBytes: f.O.MaxDocBytes})
	docs, warn := pipeline.Prepare(in, opt)
	for _, e := range append(errs, warn...) {
		log.Print(e)
	}
	if len(docs) == 0 {
		return fmt.Errorf("no document could be read from %s", strings.Join(f.O.Inputs, " "))
	}
	for _, d := range docs {
		if err := send(emit, &record{Doc: d}); err != nil {
			return err
		}
		d.Text = ""
		if err := send(emitMeta, &d); err != nil {
			return err
		}
	}
	return nil
}

// expand replaces each glob pattern of inputs by the paths it matches
// (sorted); other inputs stay as given.
func expand(inputs []string) ([]string, error) {
	var out []string
	for _, in := range inputs {
		if !strings.ContainsAny(in, "*?[") {
			out = append(out, in)
			continue
		}
		m, err := filepath.Glob(in)
		if err != nil {
			return nil, fmt.Errorf("input %q: %w", in, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("input %q matches no file", in)
		}
		slices.Sort(m)
		out = append(out, m...)
	}
	return out, nil
}

// stagesFn is the part of the DoFns that load pipeline.Stages, once per
// DoFn instance (the models themselves once per worker process).
type stagesFn struct {
	st  *pipeline.Stages
	opt pipeline.Options
}

func (f *stagesFn) setup(o Options) error {
	opt, err := o.pipelineOptions()
	if err != nil {
		return err
	}
	f.opt = opt
	f.st, err = pipeline.NewStages(opt)
	return err
}

// namesFn runs the name finder over one document.
type namesFn struct {
	O Options
	stagesFn
}

func (f *namesFn) Setup() error { return f.setup(f.O) }

func (f *namesFn) ProcessElement(b []byte, emit func([]byte)) error {
	var r record
	if err := decode(b, &r); err != nil {
		return err
	}
	n, err := f.st.FindNames(&r.Doc)
	if err != nil {
		log.Printf("%s: %v", r.Doc.Path, err)
	}
	r.Names = n
	return send(emit, &r)
}

// resolveFn resolves the actors of every document, in id order, on one
// worker; it emits each resolved document and, once, the actors.
type resolveFn struct {
	O Options
	stagesFn
}

func (f *resolveFn) Setup() error { return f.setup(f.O) }

func (f *resolveFn) ProcessElement(_ int, iter func(*[]byte) bool, emit, emitActors func([]byte)) error {
	recs, err := collect[record](iter)
	if err != nil {
		return err
	}
	slices.SortFunc(recs, func(a, b record) int { return strings.Compare(a.Doc.ID, b.Doc.ID) })
	docs := make([]document.Document, len(recs))
	names := map[string]pipeline.Names{}
	for i, r := range recs {
		docs[i] = r.Doc
		names[r.Doc.ID] = r.Names
	}
	resolved, actors, errs := f.st.Resolve(docs, names)
	for _, e := range errs {
		log.Print(e)
	}
	byID := map[string]*record{}
	for i := range recs {
		byID[recs[i].Doc.ID] = &recs[i]
	}
	for _, res := range resolved {
		r := byID[res.Doc]
		r.Names, r.Actors = pipeline.Names{}, res.Actors
		if err := send(emit, r); err != nil {
			return err
		}
	}
	return send(emitActors, actors)
}

// collect decodes every element of a grouped iterator.
func collect[T any](iter func(*[]byte) bool) ([]T, error) {
	var out []T
	var b []byte
	for iter(&b) {
		var v T
		if err := decode(b, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// actorsSide decodes the actors side input once per DoFn instance.
type actorsSide struct {
	actors []actor.Actor
	names  map[string]string
}

func (a *actorsSide) load(b []byte) error {
	if a.names != nil {
		return nil
	}
	if err := decode(b, &a.actors); err != nil {
		return err
	}
	a.names = pipeline.ActorNames(a.actors)
	return nil
}

// analyzeFn tags the time expressions of one document and extracts its
// events.
type analyzeFn struct {
	O Options
	stagesFn
	side actorsSide
}

func (f *analyzeFn) Setup() error { return f.setup(f.O) }

func (f *analyzeFn) ProcessElement(b, actors []byte, emit func([]byte)) error {
	if err := f.side.load(actors); err != nil {
		return err
	}
	var r record
	if err := decode(b, &r); err != nil {
		return err
	}
	a, err := f.st.Analyze(&r.Doc, r.Actors, f.side.names)
	if err != nil {
		log.Print(err)
		return nil // reported; the document is left out, as in a build
	}
	r.Analysis = a
	if !r.Doc.DCT.IsZero() {
		r.Doc.Text, r.Actors = "", nil // dated: done with it
	}
	return send(emit, &r)
}

// redateFn infers the DCT of an undated document and analyses it again;
// a dated document's analysis passes through (first output).
type redateFn struct {
	O Options
	stagesFn
	side    actorsSide
	known   []timeline.Event
	stories *pipeline.Stories
	got     bool
}

func (f *redateFn) Setup() error { return f.setup(f.O) }

func (f *redateFn) ProcessElement(b, actors []byte, known, stories func(*[]byte) bool, dated, redated func([]byte)) error {
	var r record
	if err := decode(b, &r); err != nil {
		return err
	}
	if !r.Analysis.DCT.IsZero() {
		return send(dated, &r.Analysis)
	}
	if err := f.side.load(actors); err != nil {
		return err
	}
	if !f.got {
		k, err := events(known)
		if err != nil {
			return err
		}
		as, err := collect[pipeline.Analysis](stories)
		if err != nil {
			return err
		}
		f.known, f.stories, f.got = k, pipeline.NewStories(as), true
	}
	if err := f.st.Redate(&r.Analysis, &r.Doc, r.Actors, f.side.names, f.known, f.stories); err != nil {
		log.Print(err)
	}
	return send(redated, &r.Analysis)
}

// finishFn merges every mention into the timeline and writes
// timeline.json and graph.json, on one worker.
type finishFn struct{ O Options }

func (f *finishFn) ProcessElement(ctx context.Context, _ int, iter, metas, dates func(*[]byte) bool, actors []byte) error {
	opt, err := f.O.pipelineOptions()
	if err != nil {
		return err
	}
	evs, err := events(iter)
	if err != nil {
		return err
	}
	docs, err := collect[document.Document](metas)
	if err != nil {
		return err
	}
	slices.SortFunc(docs, func(a, b document.Document) int { return strings.Compare(a.ID, b.ID) })
	ds, err := collect[pipeline.DocDate](dates)
	if err != nil {
		return err
	}
	var side actorsSide
	if err := side.load(actors); err != nil {
		return err
	}
	tl, errs := pipeline.Assemble(docs, ds, evs, side.actors, opt)
	for _, e := range errs {
		log.Print(e)
	}
	if tl == nil {
		return fmt.Errorf("no timeline could be built")
	}
	g, err := graph.Build(tl)
	if err != nil {
		return fmt.Errorf("graph: %w", err)
	}
	if err := write(ctx, path.Join(f.O.Output, "timeline.json"), tl.WriteJSON); err != nil {
		return err
	}
	return write(ctx, path.Join(f.O.Output, "graph.json"), g.WriteJSON)
}

// write writes one output file through Beam's file systems (a local path,
// or another scheme whose file system the program registers).
func write(ctx context.Context, name string, w func(io.Writer) error) error {
	if !strings.Contains(name, "://") {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
	}
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := w(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
