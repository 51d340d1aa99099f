package event

import (
	"cmp"
	"sort"
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// Input is one document's text and what earlier stages found in it.
type Input struct {
	Doc  string    // document id, copied into every mention
	Text string    // the document text
	DCT  time.Time // document creation time; zero when unknown
	// DCTInferred reports that the DCT was inferred (document.Inferred)
	// rather than given: events dated by it get a lower confidence.
	DCTInferred bool
	// Tokens and Sentences are token.Tokenize and token.Sentences of Text;
	// Extract computes them when nil.
	Tokens    []token.Token
	Sentences []token.Sentence
	Times     []timex.Timex   // time expressions of Text
	Actors    []actor.Mention // actor mentions of Text
	// Parse returns the dependency analysis of text[start:end], one of
	// Sentences, as one sentence of words with byte offsets into text
	// (nlp.Pipeline.Sentence); the words need UPOS, HEAD and DEPREL.
	// Extract calls it for every sentence with a trigger and no other,
	// at most once each, and keeps no result past its sentence; and once
	// on the Headline alone (text the headline, start 0, end its length)
	// when a lead event may take it as title (lead.go, headlineCore). When nil,
	// roles and modality come from the word windows of participants.go
	// and factuality.go alone.
	Parse func(text string, start, end int) conllu.Sentence
	// Capital reports whether a name is a country's capital (the
	// gazetteer's actor.Gazetteer.Capital), which the actor mentions
	// resolve to its state: before an event noun it says where, not who
	// ("the Helsinki accord", venueModifier); optional.
	Capital func(name string) bool
	// Names maps actor ids to display names for titles; optional (the
	// mention's text is used when an id is missing).
	Names map[string]string
	// Item marks a document of one sentence as a dated news item, the
	// entry a digest lists under a day: its main clause is then its event
	// even where the lexicon has no trigger for it (item.go). The
	// pipeline sets it for every one-sentence document.
	Item bool
	// Headline is the document's title, "" when it has none. A headline
	// that tells a statement ("Peaceful development inevitable, Hu says")
	// makes the statement its lead sentence reports an event (item.go,
	// headlineStatement).
	Headline string
	// CAMEOVerbs also makes triggers of the verbs of the CAMEO dictionary
	// where the trigger lexicon gives none (see cameo.go). On the
	// project's gold events they find about a fifth more of them, but on
	// the held-out part most of the events they add are wrong (precision
	// 71 → 64%), so they are off by default.
	CAMEOVerbs bool
}

// Extract finds the event mentions of one document, sorted by position.
// Mentions and time expressions whose offsets fall outside Text are
// ignored.
func Extract(in Input) []Mention {
	ms, _ := extract(in, false)
	return ms
}

// extract is Extract; with extents it also returns, by the byte span of
// each mention's trigger, the span of the event's whole expression: the
// trigger with the verb that carries it (support.go).
func extract(in Input, extents bool) ([]Mention, map[[2]int][2]int) {
	if in.Tokens == nil {
		in.Tokens = token.Tokenize(in.Text)
	}
	if in.Sentences == nil {
		in.Sentences = token.Sentences(in.Text, in.Tokens)
	}
	d := newDoc(in)
	if extents {
		d.extents = map[[2]int][2]int{}
	}
	var out []Mention
	for si, s := range in.Sentences {
		if s.First < 0 || s.Last > len(in.Tokens) || s.First >= s.Last {
			continue
		}
		out = append(out, d.sentence(si, s)...)
	}
	dateLeadSpeech(out, d.remarks, in.DCT)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out, d.extents
}

// doc is one document under extraction: its analysis, what its sentences
// told so far that later ones may refer to (mem), and the caches and
// collections of the event rules.
type doc struct {
	*analysis
	// mem is what the document's sentences told so far that later ones
	// may refer to.
	mem discourse
	// exercise caches exerciseName, gameDoc gameDocument, scores the
	// count of matchReport.
	exercise *string
	gameDoc  *bool
	scores   *int
	// head is the article's headline, read on first use (lead.go).
	head *articleHead
	// extents, when not nil, collects the span of each mention's whole
	// expression (extract).
	extents map[[2]int][2]int
	// remarks holds the sentences that place a saying told before
	// (noteRemarksDay).
	remarks []remarksDay
}

func newDoc(in Input) *doc {
	return &doc{analysis: newAnalysis(in), mem: newDiscourse()}
}

// sent is one sentence under extraction: its grammar (syntax, read from
// the analysis) and the event rules' state for it — the triggers found
// and the reporting frame met so far. The rules of the meaning files are
// its methods; the memory across sentences is the doc's discourse value.
type sent struct {
	syntax
	d        *doc
	triggers []*trigger
	// framed is the end of the last reporting frame met ("told a news
	// conference"): no trigger starts before it.
	framed int
	// ofGerunds holds the sentence's "of" gerund clauses (gerundSpans), read
	// once when a trigger's date first asks for them; ofGerundsRead tells
	// whether they were.
	ofGerunds     [][2]int
	ofGerundsRead bool
}

// injuryVerbs are the lexicon's killing verbs of people wounded, injured
// or hurt (data/words.yaml; Mention.Injury, clashHarm).
var injuryVerbs = wordList("injury_verbs")

func (d *doc) sentence(si int, ts token.Sentence) []Mention {
	s := &sent{syntax: syntax{d: d.analysis, index: si, first: ts.First, last: ts.Last, low: make([]string, 0, max(ts.Last-ts.First, 0))}, d: d}
	for i := ts.First; i < ts.Last; i++ {
		w := strings.ToLower(d.in.Tokens[i].Text)
		s.low = append(s.low, strings.ReplaceAll(w, "’", "'"))
	}
	s.findTriggers()
	quants := s.quantities()
	var out []Mention
	var kept []*trigger
	cue := s.openedApart()
	apart := cue || d.mem.apartNext
	for _, t := range s.triggers {
		m := s.mention(t)
		if !s.frame(t, &m) || t.scoreOnly && !sideTaken(&m) {
			continue
		}
		m.Apart = apart || s.anotherAt(t) || s.answersAnother(t)
		m.Also = s.alsoByOther(t)
		m.Injury = m.Type == Killing && injuryVerbs[t.lemma]
		m.PersonPatient = s.personPatient(t, m.Type)
		if !cue && d.mem.apartNext && m.Anaphor {
			// "In a separate incident, a car bomber drove into a patrol.
			// The suicide attack destroyed a Humvee.": the reference is to
			// the happening the cue told with no trigger, its first mention
			m.Background, m.Anaphor = false, false
		}
		kept = append(kept, t)
		d.mem.note(&m)
		out = append(out, m)
	}
	kept, out = s.sweptArrests(kept, out)
	s.triggers = kept
	d.mem.apartNext = cue && len(kept) == 0 // the next sentence tells the happening the cue sets apart
	s.eventSubjects(kept, out)
	s.clashHarm(kept, out)
	s.appointers(kept, out)
	s.continueNarrative(kept, out)
	s.noteSpeechDay(out)
	s.noteRemarksDay()
	s.carrySpeechDay(kept, out)
	s.retell(kept, out)
	s.announcedAid(out)
	announcers := s.meetingAnnouncers(kept, out)
	s.bindUndated(kept, out)
	s.noteNewsDay(kept, out)
	s.carryNewsDay(kept, out)
	s.bindLasting(kept, out)
	s.bindAfterOld(kept, out)
	s.bindDelayed(kept, out)
	s.bindHistory(kept, out)
	s.boundByReport(kept, out)
	s.noteHistory(kept, out)
	s.noteLead(out)
	sameInstrument(out)
	for k, t := range kept {
		m := &out[k]
		for _, q := range quants {
			if s.nearestTrigger(q.at) == t {
				m.Quantities = append(m.Quantities, q.q)
			}
		}
		m.Title = s.title(t, m)
		s.headlineEvent(t, m)
		s.dropObjectPlaces(t, m)
		if d.extents != nil {
			i, j := s.supportSpan(t)
			d.extents[[2]int{m.Start, m.End}] = [2]int{s.tok(i).Start, s.tok(j - 1).End}
		}
	}
	out = s.itemEvents(s.repeatedDates(s.splitAppointees(kept, out)))
	s.noteOccasion(out) // the lead's statement is among them (occasionsaying.go)
	s.noteStated(out)
	announcedMeetings(announcers, out)
	return out
}

// sideTaken reports whether the mention m of a game's result has a side
// for agent: no person nor a country's people (a club, a national side,
// a club the gazetteer knows by its town's name). A result
// found only by the score before its noun ("a 2-0 home win":
// trigger.scoreOnly) stands
// only with the side that took it; a scorer ("X scored twice in a 2-1
// win"), a people ("the Frenchman's team") or no one at all leaves it
// out, as it would be merged with another game's result.
func sideTaken(m *Mention) bool {
	for _, p := range m.Participants {
		if p.Role == Agent && !strings.HasPrefix(p.ActorID, "person:") && !strings.HasSuffix(p.ActorID, ":people") {
			return true
		}
	}
	return false
}

// mention builds the Mention of trigger t.
func (s *sent) mention(t *trigger) Mention {
	in := s.d.in
	if t.e.Type == WeaponsTest && s.aimedAt(t) {
		e := *t.e // "launched rockets at Israel": an attack, not a test
		e.Type, e.Armed = Attack, true
		t.e, t.code = &e, ""
	}
	start, end := s.tok(t.start).Start, s.tok(t.end-1).End
	ts := in.Sentences[s.index]
	m := Mention{
		Doc:        in.Doc,
		Sentence:   s.index,
		Start:      start,
		End:        end,
		Trigger:    in.Text[start:end],
		Type:       t.e.Type,
		CAMEO:      cmp.Or(t.code, t.e.Type.CAMEO()),
		Quote:      in.Text[ts.Start:ts.End],
		QuoteStart: ts.Start,
		QuoteEnd:   ts.End,
		Confidence: t.e.Confidence,
		Noun:       t.noun,
		Definite:   s.definiteNoun(t),
		UnderWay:   s.underWay(t),
	}
	m.Participants, m.Location = s.participants(t)
	m.Instrument = s.instrument(t, m.Participants)
	m.Direction = s.direction(t)
	s.possessedTarget(t, &m)
	s.captiveType(t, &m)
	s.forcedRescue(t, &m)
	s.policeType(t, &m)
	s.experiencedRoles(t, &m)
	victimSubject(t, &m)
	loserSubject(t, &m)
	dropUnwilledAgents(&m)
	if t.noun && len(m.Participants) == 0 {
		// a bare noun ("the treaty", "summits") often refers back to an
		// event told elsewhere: a weak cue
		m.Confidence *= bareNounConfidence
	}
	f, src, parsed := s.factuality(t)
	m.Factuality, m.Source = f, src
	if m.Source != "" {
		s.d.mem.noteReporter(m.Source)
	}
	if parsed && !s.ownSpeech(t) && !s.reporterVenue(t) && !s.speakerOwned(t) {
		s.dropReporter(&m)
	}
	x, local, own := s.date(t)
	m.ReportDated = s.reportDated(t, x) || s.hostDated(t, x)
	switch {
	case x == nil:
		m.Basis = Publication
	case x.Relative:
		m.Basis = Relative
	default:
		m.Basis = Explicit
	}
	switch {
	case m.Basis == Publication && in.DCT.IsZero():
		m.Confidence *= undatedConfidence
	case (m.Basis == Publication || m.Basis == Relative) && in.DCTInferred:
		m.Confidence *= inferredDCTConfidence
	}
	if s.background(t, &m, own) || t.charge {
		m.Background = true
		m.Anaphor = !t.charge && s.refersBack(t, &m, own)
		m.Confidence = min(m.Confidence, backgroundConfidence)
	}
	if x != nil {
		xc := *x
		if ref := s.d.mem.dayBefore(s.index); ref != nil && sameDay(x.Text) {
			// "on the same day that ...": the day told before
			xc.Value, xc.Granularity, xc.Interval, xc.Relative = ref.Value, ref.Granularity, ref.Interval, true
			m.Basis = Relative
		}
		m.Time = &xc
		if !local {
			m.Confidence *= distantDateConfidence
		}
		s.futureDate(t, &m)
		s.statisticReport(t, &m)
		if t.noun && countRoles(&m, Agent, Counterpart, Target, Recipient) == 0 && m.Time != nil && s.ancient(m.Time) {
			// "the invasion of 1812": history told as background
			m.Background = true
			m.Confidence = min(m.Confidence, backgroundConfidence)
		}
	}
	return m
}

// lastWeekday re-resolves a weekday resolved forward ("Thursday" read
// as next Thursday) to the same weekday of the week before, when that day
// is not after dct: the date a past-tense verb means. It returns nil for
// other expressions.
func lastWeekday(x *timex.Timex, dct time.Time) *timex.Timex {
	if x == nil || !x.Relative || x.Interval == nil || x.Granularity != timex.Day || dct.IsZero() {
		return nil
	}
	named := false
	for _, w := range strings.Fields(strings.ToLower(x.Text)) {
		_, day := timex.Weekday(strings.Trim(w, ".,"))
		named = named || day
	}
	if !named {
		return nil
	}
	d := x.Interval.Start.AddDate(0, 0, -7)
	if d.After(dct) {
		return nil
	}
	y := *x
	y.Interval = &timex.Interval{Start: d, End: d}
	y.Value = d.Format(time.DateOnly)
	return &y
}

// ancientYears is how old a dated event with no participant must be to
// be history told as background rather than news.
const ancientYears = 100

var futureAuxiliaries = wordList("future_auxiliaries")

// pastForm reports whether w is a past tense or past participle form:
// a regular -ed form or an irregular form other than the lemma itself
// ("met", "held"; not "hit", "set").
func pastForm(w string) bool {
	if l, ok := irregular[w]; ok {
		return l != w && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") && l != "be"
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// betterName reports whether mention text a (seen na times) makes a
// better title name than b (seen nb times) when Input.Names lacks the
// actor: a proper noun over a nationality adjective ("North Korea" over
// "North Korean"), then the more frequent, then the shorter, then the
// first in byte order.
func betterName(a string, na int, b string, nb int) bool {
	if da, db := demonym(a), demonym(b); da != db {
		return db
	}
	if na != nb {
		return na > nb
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}
