package event_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

var dump = flag.Bool("dump", false, "print the mentions found in the seeds")

var datePrefix = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2})\s`)

// extractSeeds runs the tokenizer, the time tagger, the actor resolver and
// Extract over the seed articles.
func extractSeeds(t *testing.T) map[string][]event.Mention {
	t.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no seeds")
	}
	g, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := actor.NewResolver(g)
	out := map[string][]event.Mention{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		var dct time.Time
		if m := datePrefix.FindStringSubmatch(text); m != nil {
			dct, _ = time.Parse("2006-01-02", m[1])
		}
		toks := token.Tokenize(text)
		sents := token.Sentences(text, toks)
		in := event.Input{Doc: filepath.Base(f), Text: text, DCT: dct, Tokens: toks, Sentences: sents,
			Times: timex.Tag(text, dct), Actors: r.Document(text, toks, sents), Names: map[string]string{}}
		for _, a := range r.Actors() {
			in.Names[a.ID] = a.Name
		}
		out[in.Doc] = event.Extract(in)
	}
	return out
}

// TestSeeds runs the whole front end over the seed articles: every
// mention must be well formed, and the seeds' visits and meetings found.
func TestSeeds(t *testing.T) {
	all := extractSeeds(t)
	types := map[event.Type]int{}
	docs := make([]string, 0, len(all))
	for doc := range all {
		docs = append(docs, doc)
	}
	sort.Strings(docs)
	for _, doc := range docs {
		ms := all[doc]
		for _, m := range ms {
			types[m.Type]++
			if m.Doc != doc || m.Quote == "" || m.Title == "" || !strings.Contains(m.Quote, m.Trigger) {
				t.Errorf("%s: malformed mention %+v", doc, m)
			}
			if *dump {
				when := "DCT"
				if m.Time != nil {
					when = m.Time.Value
				}
				bg := ""
				if m.Background {
					bg = " [background]"
				}
				fmt.Printf("%s s%d %-18s %-12s %-10s %-26q %s%s | %v src=%s q=%v\n", doc[:3], m.Sentence, m.Type, m.Factuality, when, m.Trigger, m.Title, bg, m.Participants, m.Source, m.Quantities)
			}
		}
	}
	for _, typ := range []event.Type{event.Visit, event.Meeting, event.MilitaryDeployment} {
		if types[typ] == 0 {
			t.Errorf("no %s mention in the seeds (found %v)", typ, types)
		}
	}
}
