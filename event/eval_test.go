package event_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

var tagRe = regexp.MustCompile(`<[^>]+>`)

// goldEvent is a TimeML EVENT: its span in the stripped text and the
// polarity, modality and tense of its (first) MAKEINSTANCE.
type goldEvent struct {
	start, end int
	id         string
	polarity   string
	modality   string
	tense      string
}

var (
	eidRe  = regexp.MustCompile(`eid="([^"]+)"`)
	instRe = regexp.MustCompile(`<MAKEINSTANCE [^>]*>`)
	attrRe = regexp.MustCompile(`(\w+)="([^"]*)"`)
)

// strip removes the tags of a TimeML file, keeping its TEXT, and returns
// its EVENT elements with their spans in the stripped text.
func strip(raw string) (string, []goldEvent) {
	inst := map[string]map[string]string{}
	for _, tag := range instRe.FindAllString(raw, -1) {
		a := map[string]string{}
		for _, m := range attrRe.FindAllStringSubmatch(tag, -1) {
			a[m[1]] = m[2]
		}
		if _, ok := inst[a["eventID"]]; !ok {
			inst[a["eventID"]] = a
		}
	}
	i := strings.Index(raw, "<TEXT>")
	j := strings.Index(raw, "</TEXT>")
	if i >= 0 && j > i {
		raw = raw[i+6 : j]
	}
	var b strings.Builder
	var evs []goldEvent
	var cur *goldEvent
	pos := 0
	for _, loc := range tagRe.FindAllStringIndex(raw, -1) {
		b.WriteString(raw[pos:loc[0]])
		tag := raw[loc[0]:loc[1]]
		if strings.HasPrefix(tag, "<EVENT") {
			cur = &goldEvent{start: b.Len()}
			if m := eidRe.FindStringSubmatch(tag); m != nil {
				cur.id = m[1]
				a := inst[m[1]]
				cur.polarity, cur.modality, cur.tense = a["polarity"], a["modality"], a["tense"]
			}
		} else if tag == "</EVENT>" && cur != nil {
			cur.end = b.Len()
			evs = append(evs, *cur)
			cur = nil
		}
		pos = loc[1]
	}
	b.WriteString(raw[pos:])
	return b.String(), evs
}

// TestTimeMLOverlap measures trigger precision against TimeML: the share of
// event mentions whose trigger overlaps an EVENT of the TempEval-3 gold.
// Our types are a narrow subset of TimeML events, so recall means nothing
// here, but a trigger outside every TimeML EVENT is most likely a false
// one. Run with -v to see the figures. It runs as a build does
// ("parsed": the language core's parse and name finder, actors as of the
// DCT), the same with the CAMEO dictionary's verbs ("parsed-cameo", build
// --cameo-verbs, as TestTimeMLRecall runs), and on the fallback word
// windows alone ("words").
func TestTimeMLOverlap(t *testing.T) {
	files := event.TimeMLFiles(t)
	for _, mode := range []struct {
		name          string
		parsed, cameo bool
	}{{"parsed", true, false}, {"parsed-cameo", true, true}, {"words", false, false}} {
		t.Run(mode.name, func(t *testing.T) { timemlOverlap(t, files, mode.parsed, mode.cameo) })
	}
}

// timemlOverlap is TestTimeMLOverlap over files, with the language core
// when parsed and the CAMEO dictionary's verbs when cameo.
func timemlOverlap(t *testing.T, files []string, parsed, cameo bool) {
	g, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := actor.NewResolver(g)
	var parse func(string, int, int) conllu.Sentence
	var find actor.NameFinder
	if parsed {
		parse, find = event.CoreAnalysis(t)
	}
	var n, hit, size int
	var negTP, negFP, negFN, futTP, futFP, futFN int
	types := map[event.Type]int{}
	fact := map[event.Factuality]int{}
	var dt time.Duration
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, evs := strip(string(b))
		toks := token.Tokenize(text)
		sents := token.Sentences(text, toks)
		actors := r.Document(text, toks, sents)
		if parsed {
			actors = r.DocumentNamed(text, toks, sents, time.Time{}, find)
		}
		in := event.Input{Doc: f, Text: text, Tokens: toks, Sentences: sents, CAMEOVerbs: cameo,
			Times: timex.Tag(text, time.Time{}), Actors: actors, Parse: parse}
		t0 := time.Now()
		ms := event.Extract(in)
		dt += time.Since(t0)
		size += len(text)
		for _, m := range ms {
			n++
			types[m.Type]++
			fact[m.Factuality]++
			if os.Getenv("CHRONOGRAPH_SHOWFP") != "" && !onGold(m, evs) {
				t.Logf("no TimeML EVENT under %s %q in %q", m.Type, m.Trigger, m.Quote)
			}
			for _, e := range evs {
				if e.start < m.End && m.Start < e.end {
					hit++
					neg, goldNeg := m.Factuality == event.Negated, e.polarity == "NEG"
					negTP += b2i(neg && goldNeg)
					negFP += b2i(neg && !goldNeg)
					negFN += b2i(!neg && goldNeg)
					if neg != goldNeg && os.Getenv("CHRONOGRAPH_SHOWNEG") != "" {
						t.Logf("negation disagrees (gold %s) on %q in %q", e.polarity, m.Trigger, m.Quote)
					}
					fut, goldFut := m.Factuality == event.Planned, e.tense == "FUTURE"
					futTP += b2i(fut && goldFut)
					futFP += b2i(fut && !goldFut)
					futFN += b2i(!fut && goldFut)
					break
				}
			}
		}
	}
	p := float64(hit) / float64(max(n, 1))
	t.Logf("%d documents, %d bytes: %d event mentions, %d (%.1f%%) on a TimeML EVENT; Extract took %v",
		len(files), size, n, hit, 100*p, dt)
	t.Logf("types %v", types)
	t.Logf("factuality %v", fact)
	t.Logf("on aligned mentions: negated vs polarity=NEG: %d right, %d wrong, %d missed; planned vs tense=FUTURE: %d right, %d other, %d missed",
		negTP, negFP, negFN, futTP, futFP, futFN)
	if n == 0 || p < 0.80 {
		t.Errorf("trigger precision against TimeML EVENTs %.1f%% (%d of %d), want at least 80%%", 100*p, hit, n)
	}
}

// onGold reports whether m's trigger overlaps a gold EVENT.
func onGold(m event.Mention, evs []goldEvent) bool {
	for _, e := range evs {
		if e.start < m.End && m.Start < e.end {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
