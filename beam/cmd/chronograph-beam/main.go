// Command chronograph-beam runs chronograph's build on Apache Beam: the
// articles of --input (files, folders or glob patterns; repeatable or
// comma-separated) become timeline.json and graph.json in --output, the
// same bytes as `chronograph build --formats json` writes.
//
//	chronograph-beam --runner prism --input 'news/*.jsonl' --output out
//
// --runner is Beam's: prism (the default, in-process), or flink, spark,
// dataflow with their own flags (--endpoint, --project, --region,
// --staging_location…). See the README.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	chronobeam "github.com/chronograph-news/chronograph/beam"
)

// listFlag collects a repeatable, comma-separated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

func main() {
	var o chronobeam.Options
	var inputs, actors, dates listFlag
	flag.Var(&inputs, "input", "articles to read: `PATH` or glob (files, folders; repeatable, comma-separated)")
	flag.StringVar(&o.Output, "output", "out", "write timeline.json and graph.json to `DIR`")
	flag.Var(&actors, "actors", "merge the actor gazetteer `FILE` (YAML) over the built-in one (repeatable)")
	flag.Var(&dates, "date", "set a DCT: `ID=YYYY-MM-DD` for one document, YYYY-MM-DD for every undated one (repeatable)")
	flag.BoolVar(&o.CAMEOVerbs, "cameo-verbs", false, "also take as events the verbs of the CAMEO dictionary the trigger lexicon lacks")
	flag.BoolVar(&o.IncludeAll, "all", false, "include planned, hypothetical and negated events")
	flag.Int64Var(&o.MaxDocBytes, "max-doc-bytes", 0, "refuse a document larger than `N` bytes (0: 16 MB)")
	flag.Parse()
	beam.Init()
	o.Inputs, o.ActorFiles, o.Dates = inputs, actors, dates
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "chronograph-beam:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o chronobeam.Options) error {
	if len(o.Inputs) == 0 {
		return errors.New("no --input given")
	}
	p, s := beam.NewPipelineWithRoot()
	chronobeam.Build(s, o)
	return beamx.Run(ctx, p)
}
