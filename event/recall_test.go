package event

import (
	"html"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// tmlEvent is a TimeML EVENT of the recall measurement: its span in the
// stripped text, its class and the values of the dates its TLINKs tie it
// to.
type tmlEvent struct {
	start, end int
	eid, class string
	word       string
	dates      []string // values of linked in-text DATE TIMEX3s
	dct        bool     // a dating TLINK ties it to the DCT
}

// tmlDoc is one TimeML document as the recall measurement reads it.
type tmlDoc struct {
	text   string
	dct    time.Time
	events []*tmlEvent
}

var (
	tmlTagRe   = regexp.MustCompile(`<[^>]+>`)
	tmlAttrRe  = regexp.MustCompile(`(\w+)="([^"]*)"`)
	tmlDCTRe   = regexp.MustCompile(`<DCT>[^<]*(<TIMEX3 [^>]*>)`)
	fullDateRe = regexp.MustCompile(`^\d{4}(-\d\d){0,2}$`)
)

// tmlDating are the TLINK relations that place an event at a date.
var tmlDating = map[string]bool{
	"IS_INCLUDED": true, "DURING": true, "SIMULTANEOUS": true,
	"BEGINS": true, "ENDS": true, "INCLUDES": true,
}

func tmlAttrs(tag string) map[string]string {
	a := map[string]string{}
	for _, m := range tmlAttrRe.FindAllStringSubmatch(tag, -1) {
		a[m[1]] = m[2]
	}
	return a
}

// parseTML strips a TimeML file's TEXT of its tags (decoding entities as
// package timeml does) and ties each EVENT to the full in-text DATEs its
// TLINKs relate it to.
func parseTML(raw string) tmlDoc {
	var d tmlDoc
	dctID := ""
	if m := tmlDCTRe.FindStringSubmatch(raw); m != nil {
		a := tmlAttrs(m[1])
		dctID = a["tid"]
		if len(a["value"]) >= 10 {
			d.dct, _ = time.Parse("2006-01-02", a["value"][:10])
		}
	}
	body := raw
	if i, j := strings.Index(raw, "<TEXT>"), strings.Index(raw, "</TEXT>"); i >= 0 && j > i {
		body = raw[i+6 : j]
	}
	var b strings.Builder
	byEID := map[string]*tmlEvent{}
	dates := map[string]string{} // tid → value of a full in-text DATE
	var cur *tmlEvent
	pos := 0
	for _, loc := range tmlTagRe.FindAllStringIndex(body, -1) {
		b.WriteString(html.UnescapeString(body[pos:loc[0]]))
		tag := body[loc[0]:loc[1]]
		switch {
		case strings.HasPrefix(tag, "<EVENT"):
			a := tmlAttrs(tag)
			cur = &tmlEvent{start: b.Len(), eid: a["eid"], class: a["class"]}
		case tag == "</EVENT>" && cur != nil:
			cur.end = b.Len()
			cur.word = b.String()[cur.start:cur.end]
			d.events = append(d.events, cur)
			byEID[cur.eid] = cur
			cur = nil
		case strings.HasPrefix(tag, "<TIMEX3"):
			a := tmlAttrs(tag)
			if a["type"] == "DATE" && fullDateRe.MatchString(a["value"]) {
				dates[a["tid"]] = a["value"]
			}
		}
		pos = loc[1]
	}
	b.WriteString(html.UnescapeString(body[pos:]))
	d.text = b.String()
	inst := map[string]string{} // eiid → eid
	for _, tag := range regexp.MustCompile(`<MAKEINSTANCE [^>]*>`).FindAllString(raw, -1) {
		a := tmlAttrs(tag)
		inst[a["eiid"]] = a["eventID"]
	}
	for _, tag := range regexp.MustCompile(`<TLINK [^>]*>`).FindAllString(raw, -1) {
		a := tmlAttrs(tag)
		if !tmlDating[a["relType"]] {
			continue
		}
		ei, tid := a["eventInstanceID"], a["relatedToTime"]
		if ei == "" || tid == "" {
			ei, tid = a["relatedToEventInstance"], a["timeID"]
		}
		e, v := byEID[inst[ei]], dates[tid]
		if e != nil && v != "" {
			e.dates = append(e.dates, v)
		}
		if e != nil && tid == dctID {
			e.dct = true
		}
	}
	return d
}

// lexiconHeads returns the words of the trigger lexicon that can head a
// mention on their own: single-word lemmas and the head noun of a
// multi-word noun trigger. The verb of a multi-word verb trigger ("take"
// of "take hostage", "go" of "go off") triggers nothing alone.
func lexiconHeads() map[string]bool {
	heads := map[string]bool{}
	for _, e := range theLexicon.entries {
		w := e.words
		if len(w) == 1 {
			heads[w[0]] = true
			continue
		}
		if e.noun() {
			heads[w[len(w)-1]] = true
		}
	}
	return heads
}

// timexCovers reports whether our value v dates an event the gold dates
// at g: the same value, or a finer one inside a coarser gold date (a day
// in the gold month, a part of the gold day: "1998-08-07TMO").
func timexCovers(v, g string) bool {
	return v == g || strings.HasPrefix(v, g+"-") || strings.HasPrefix(v, g+"T")
}

// TestTimeMLRecall measures the recall and dating of dated events on the
// TempEval-3 gold: the OCCURRENCE, I_ACTION and ASPECTUAL events a TLINK
// (IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS, INCLUDES) ties to a
// full DATE in the text. The real pipeline (token, timex.Tag with the
// gold DCT, the default actor gazetteer, Extract) runs per document.
// Figures: (a) in-lexicon recall, over gold events whose word has a lemma
// in the trigger lexicon; (b) dating, the share of found events whose Time
// has the linked date's value (or a finer one inside it), the DCT standing
// for the Time of an event dated by the publication (Basis Publication:
// the day the timeline gives it); (c) overall
// recall, over all such gold events. A gold event counts as found when a
// mention's extent covers it (support.go: the trigger with the light,
// aspectual or intent verb that carries its event, "began talks"); the
// share its trigger alone covers is logged too. Run with -v to see them. It runs
// twice: "parsed" as a build does (Input.Parse and the name finder of the
// language core, actors as of the DCT), "words" on the fallback word
// windows alone (no parse, no name finder).
func TestTimeMLRecall(t *testing.T) {
	files := TimeMLFiles(t)
	for _, mode := range []struct {
		name   string
		parsed bool
		want   [4]float64 // in-lexicon recall, dating, overall recall, publication-day dating
	}{
		// in-lexicon recall fell from 74.5% to 70.1% (parsed) when the
		// types of the news CAMEO does not code brought sense-gated
		// entries for common verbs (approve, adopt, pass, win, draw,
		// delay, flee, remove): TimeML's events of their other senses
		// joined the denominator; overall recall rose (34.5% to 35.1%).
		// It fell again, to 68.5% (parsed) and 68.1% (words), when "find"
		// became a verdict's verb before "guilty" ("found the driver
		// guilty", issue 8): TimeML's twelve dated "found" of inquiries
		// and studies joined the denominator; overall recall held.
		// The parsed run fell to 67.9% and 34.8% (3 of 1,077 events)
		// when the CAMEO dictionary read a verb's clause from the tree
		// (cameotree.go): a pattern word of another clause no longer fits
		// the verb ("ordered the police to catch whoever is responsible
		// for this attack" is no attack), and a few token-window matches
		// ("called on many of the people") went with them; on the
		// held-out gold events recall rose 60.6% to 62.5%.
		// The words run fell to 67.9% (476 gold events with a lexicon
		// lemma, from 473) when report, enter, deny, challenge and
		// uprising joined the lexicon, each only in some contexts
		// (issued reports, fighters entering a town, denied
		// involvement); overall recall rose (parsed 34.8% to 35.0%).
		// Both fell again when "end" became a market verb ("stocks ended
		// lower": TimeBank's nine dated "ended" of wars and talks joined
		// the denominator) and the sport entries took "take", "grab",
		// "sweep" (a medal taken) and the noun "win" (a win over a side),
		// each only in a game: TimeML's other takes and wins joined it
		// too; overall recall rose (35.0% to 35.2%). The parsed run fell
		// below 65% (64.9%, 504 gold events with a lexicon lemma, from
		// 501) when grow, expand, contract, shrink and stagnate joined
		// the lexicon for an economy's growth only (its subject an
		// economy or its output): TimeML's other "grew" joined the
		// denominator; overall recall rose (35.4% to 35.5%).
		// Both fell to 62.5% (parsed, 344/550, from 343/530) and 62.4%
		// (words) when go up, go down, inch, trade, hover and breach
		// joined the lexicon for a market's move only (its subject a
		// market: "the index went up 12 points", "stocks traded
		// higher"): TimeML's other "went" and "traded" joined the
		// denominator; overall recall rose (parsed 36.6% to 36.7%). With
		// "welcome" (an act endorsed) and records set or broken in a
		// game they are 62.3% and 62.1% (552 gold events with a lexicon
		// lemma); overall recall held. They are 61.9% and 61.7% (556)
		// since establish, restore, resume, normalize, upgrade, cut and
		// break off joined the lexicon for diplomatic ties only
		// ("restored diplomatic relations") and "loan" for one granted:
		// TimeML's other uses of those verbs joined the denominator;
		// overall recall held (36.7%). They are 60.9% and 61.4% (573)
		// since put and place joined the lexicon for forces put on alert
		// only, sue for a lawsuit and rescue for people rescued: TimeML's
		// seven other "put" and "place" joined the denominator; overall
		// recall rose (parsed 36.7% to 36.8%). They are 60.4% and 60.2%
		// (606) since receive and accept joined the lexicon for a prize
		// or an honour received by a person the text names (award):
		// TimeML's other "received" and "accepted" joined the
		// denominator; overall recall held (parsed 37.7%). They are 59.97%
		// and 59.2% (617) since bid joined the lexicon for a bid for a
		// company only and leap for a traded market only: TimeML's
		// other "bid" and "leapt" joined the denominator; overall recall
		// held (parsed 38.0%, 409/1077). They are 59.7% (376/630) since
		// join, rejoin and accede joined it for a state joining a bloc
		// (TimeML's other "join" joined the denominator); overall recall
		// rose to 38.4% (414/1077). Dating rose from 70.8% to 73.7%
		// (305/414) when an event dated by the publication (no Time)
		// counted on the DCT, the day the timeline gives it, as (d) does.
		// In-lexicon recall is 59.5% (376/632) since destroy, bury, top,
		// edge and the other verbs of a side beaten with the game's score
		// after it joined the lexicon (score_after): TimeML's dated
		// "destroyed" monuments and "buried" rifle joined the
		// denominator; overall recall held (38.4%).
		{"parsed", true, [4]float64{0.594, 0.68, 0.345, 0.90}},
		// The words run fell to 64.8% (506) with the same entries and
		// the refusals, forums and founding stones added beside them
		// (each in its own sense); its overall recall held (34.2%). It
		// fell below 60% (59.3%, 365/615; parsed 60.2%, 370/615) when offer, promise, propose and
		// decide joined the lexicon as intents told with a to-infinitive
		// only ("offered to mediate", pledge.go), and finish and average
		// for a currency's close and a rate's weekly average only
		// ("ended at 1,184.20 won", "averaged 5.9 percent, up from"):
		// TimeML's other uses of them ("the proposed merger", "decided
		// the case", "finished") joined the denominator; overall recall
		// held (words 36.6%; parsed 37.8% to 38.0%).
		{"words", false, [4]float64{0.59, 0.66, 0.33, 0.90}},
	} {
		t.Run(mode.name, func(t *testing.T) { timemlRecall(t, files, mode.parsed, mode.want) })
	}
}

// timemlRecall is TestTimeMLRecall over files, with the language core's
// parse and name finder when parsed; want are the least figures passing.
func timemlRecall(t *testing.T, files []string, parsed bool, want [4]float64) {
	g, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := actor.NewResolver(g)
	var parse func(string, int, int) conllu.Sentence
	var find actor.NameFinder
	if parsed {
		parse, find = CoreAnalysis(t)
	}
	heads := lexiconHeads()
	var all, inLex, foundLex, foundAll, dated, rightDate int
	var dctFound, dctRight int // found events the gold dates by the DCT only
	foundTrigger := 0          // gold events a mention's trigger itself covers
	missed := map[string]int{}
	wrongDate := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := parseTML(string(raw))
		toks := token.Tokenize(d.text)
		sents := token.Sentences(d.text, toks)
		actors := r.Document(d.text, toks, sents)
		if parsed {
			actors = r.DocumentNamed(d.text, toks, sents, d.dct, find)
		}
		// With the CAMEO dictionary's verbs (build --cameo-verbs).
		ms, extents := extract(Input{CAMEOVerbs: true, Doc: f, Text: d.text, DCT: d.dct, Tokens: toks, Sentences: sents,
			Times: timex.Tag(d.text, d.dct), Actors: actors, Parse: parse}, true)
		dctValue := d.dct.Format(time.DateOnly)
		for _, e := range d.events {
			if e.class != "OCCURRENCE" && e.class != "I_ACTION" && e.class != "ASPECTUAL" {
				continue
			}
			if len(e.dates) == 0 {
				if !e.dct || d.dct.IsZero() {
					continue
				}
				// an event of the publication day: no date of its own,
				// or one that covers the DCT
				for i := range ms {
					if m := &ms[i]; m.Start < e.end && e.start < m.End {
						dctFound++
						if m.Time == nil || timexCovers(m.Time.Value, dctValue) {
							dctRight++
						} else if os.Getenv("CHRONOGRAPH_SHOWDATES") == "dct" {
							t.Logf("date %s, gold DCT %s: %q in %q", m.Time.Value, dctValue, m.Trigger, m.Quote)
						}
						break
					}
				}
				continue
			}
			all++
			lex := lemmaIn(e.word, heads)
			if lex {
				inLex++
			}
			var m *Mention
			for i := range ms {
				if ms[i].Start < e.end && e.start < ms[i].End {
					m = &ms[i]
					foundTrigger++
					break
				}
			}
			for i := range ms {
				if x := extents[[2]int{ms[i].Start, ms[i].End}]; m == nil && x[0] < e.end && e.start < x[1] {
					m = &ms[i] // the verb that carries the mention's event (support.go)
				}
			}
			if m == nil {
				w := strings.ToLower(e.word)
				if show := os.Getenv("CHRONOGRAPH_SHOWMISSED"); show == "all" || lex && show == "2" {
					t.Logf("missed %q in %q", e.word, d.text[max(0, e.start-80):min(len(d.text), e.end+60)])
				}
				if lex {
					w = "*" + w
				}
				missed[w]++
				continue
			}
			foundAll++
			if lex {
				foundLex++
			}
			dated++
			ok := false
			got := ""
			switch {
			case m.Time != nil:
				got = m.Time.Value
			case m.Basis == Publication && !d.dct.IsZero():
				got = dctValue // dated by the publication: the timeline's day is the DCT, as (d) counts it
			}
			for _, v := range e.dates {
				ok = ok || got != "" && timexCovers(got, v)
			}
			if ok {
				rightDate++
			} else {
				wrongDate++
				if os.Getenv("CHRONOGRAPH_SHOWDATES") != "" {
					got = "<none>"
					if m.Time != nil {
						got = m.Time.Value + " " + m.Time.Text
					}
					t.Logf("date %s, gold %v, dct %s, basis %s: %q in %q", got, e.dates, dctValue, m.Basis, m.Trigger, m.Quote)
				}
			}
		}
	}
	a := float64(foundLex) / float64(max(inLex, 1))
	b := float64(rightDate) / float64(max(dated, 1))
	c := float64(foundAll) / float64(max(all, 1))
	dd := float64(dctRight) / float64(max(dctFound, 1))
	t.Logf("%d documents: %d dated gold events, %d with a lexicon lemma", len(files), all, inLex)
	t.Logf("(d) publication-day events found %d, dated on the DCT (or by none) %.1f%% (%d/%d)", dctFound, 100*dd, dctRight, dctFound)
	t.Logf("(a) in-lexicon recall %.1f%% (%d/%d); (b) dating %.1f%% (%d/%d); (c) overall recall %.1f%% (%d/%d)",
		100*a, foundLex, inLex, 100*b, rightDate, dated, 100*c, foundAll, all)
	t.Logf("(c) counts the gold events a mention's extent covers (its trigger and the verb that carries it: support.go); its trigger alone covers %.1f%% (%d/%d)",
		100*float64(foundTrigger)/float64(max(all, 1)), foundTrigger, all)
	if os.Getenv("CHRONOGRAPH_SHOWMISSED") != "" {
		var ws []string
		for w := range missed {
			ws = append(ws, w)
		}
		sort.Slice(ws, func(i, j int) bool {
			return missed[ws[i]] > missed[ws[j]] || missed[ws[i]] == missed[ws[j]] && ws[i] < ws[j]
		})
		t.Logf("missed words (* in the lexicon; CHRONOGRAPH_SHOWMISSED=2 quotes these, =all every miss): %v", ws)
	}
	for _, f := range []struct {
		name      string
		got, want float64
	}{{"in-lexicon recall", a, want[0]}, {"dating", b, want[1]}, {"overall recall", c, want[2]}, {"publication-day dating", dd, want[3]}} {
		if f.got < f.want {
			t.Errorf("%s %.1f%%, want at least %.1f%%", f.name, 100*f.got, 100*f.want)
		}
	}
}
