package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/timex"
)

// laterstatement.go: a named speaker's saying on a day the text gives,
// told past the lead ("The central bank said Tuesday its aim was to curb
// inflation", "the minister on Sunday said this could not be done"),
// is a statement of that day as the lead's is (leadstatement.go): what a
// speaker says on a day is news of that day, whichever paragraph tells it.
// So is a verbal act of the lead's (leadVerbalAct: "Chile's president on
// Wednesday reaffirmed that", "admitted in an interview Friday that").

// laterStatement makes the statement of a sentence past the lead an event
// when the sentence tells no other news of its day (tellsOtherNews) and its reporting
// verb, a verb of leadSpeech whose speaker the parse's subject names
// (leadSpeaker) or a verbal act (an admission or a position restated,
// the root of the parse: leadVerbalAct), has a day of its own: right next to it or hung on it
// ("said here Tuesday", "on Sunday said"; spokenOn), or the day of the
// occasion it speaks on ("said in an interview published Monday";
// occasionDay), or the day of the lead's occasion when a party of it other
// than the lead's speaker says it in the simple past ("In a meeting with
// Y, X said …" then "Y said …": occasionSaying). Any other saying with no
// day of its own ("he said", "the minister has said") is a quotation's
// frame, not news of a day, but for an announcement, a denial or an
// admission in the simple past, bound by the day of publication
// (undatedNewsSaying: "the minister later announced that"), and for a
// named speaker's first plain saying in the article, bound so too
// (namedSaying: "Jane Roe said the ferries were safe"); one whose clause
// tells an act done leaves the act as the news (reportedAct; not an
// admission's or a denial's, which is itself the news), and one in a
// relative or adverbial clause (mainSaying, relativeSaying), or dated by a
// year or by its occasion's month alone, a past stance told as background
// (sayingDays); a month of the saying's own dates it ("Last month the
// agency said").
func (s *sent) laterStatement(out []Mention) []Mention {
	dayless := !s.saysOnADay() && !s.occasionSpeech()
	if s.index < headlineLead || dayless && !s.holdsForm(newsSayings) && !s.holdsForm(plainSayings) || s.tree() == nil {
		return out
	}
	n := len(out)
	out = s.itemStatement(out, s.leadSpeaker)
	if len(out) == n {
		out = s.leadVerbalAct(out) // "reaffirmed on Monday his readiness to talk", "admitted Friday that"
	}
	if len(out) == n {
		return out
	}
	m := &out[n]
	r := s.tokenStarting(m.Start)
	verbal := leadActCode(strings.ToLower(m.Trigger)) != ""
	if !s.speechVerb(m.Trigger, m.Start) && !verbal || !s.mainSaying(r) {
		return out[:n]
	}
	if v, done := s.reportedAct(r); done && !verbal && !s.untoldAct(out[:n], m, r, v) {
		return out[:n] // the act told is the news, the saying only its source
	}
	own := !dayless && s.spokenOn(m.Start)
	undated := false
	if dayless {
		if undated = s.undatedNewsSaying(m, r) || s.namedSaying(m, r); !undated {
			return out[:n]
		}
	} else if !own {
		occasion := s.occasionDay(m.Start)
		if occasion != nil && m.Type == Statement {
			m.dateByOccasion(occasion)
		} else if day := s.occasionSaying(m, r); day != nil {
			// "Y said his country values the relations": a party of the
			// lead's occasion speaking at it (occasionsaying.go)
			m.Time, m.Basis = day, Relative
		} else if undated = s.undatedNewsSaying(m, r) || s.namedSaying(m, r); !undated {
			return out[:n]
		}
	}
	var day string
	switch {
	case undated:
		day = s.publicationDay() // "the minister later announced that" (newssaying.go)
	case m.Time == nil || !sayingDays[m.Time.Granularity] && !(own && m.Time.Granularity == timex.Month):
		return out[:n] // "said in 2004", "in an October interview": no time of the saying's own
	default:
		day = m.Time.Value
	}
	if s.relativeSaying(r) {
		return out[:n] // "Ardena, which in May said it would": a past stance recalled
	}
	if s.tellsOtherNews(out[:n], day, r) {
		return out[:n]
	}
	return out
}

// untoldAct reports whether the act v that the saying m at token r
// reports is no event of the sentence's (no mention of out lies in its
// clause), the clause the verb takes or the quotation it closes, and the
// saying is a named speaker's that tells what is said (namedSubject,
// titleSaysWhat): "Jane Roe said the two bids were ranked low and
// dropped", an act the lexicon makes no event of, whose saying is the
// only news of it. An act that is an event of its own ("said the rebels
// had seized the town") is the news, the saying only its source.
func (s *sent) untoldAct(out []Mention, m *Mention, r int, v node) bool {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	if h, ok := tr.head(v); !ok || h != n {
		if h, ok := tr.head(n); !ok || h != v || !s.inverted(r) && !s.framesQuotation(r) {
			return false // "X went on after Y announced": not the clause Y's verb reports
		}
	}
	for _, k := range tr.kids(v, is("nsubj")) {
		if tr.w(k).UPOS == "PRON" {
			return false // "said it had sold two ferries": the speaker's own act, news of its own
		}
	}
	for i := range out {
		if k, ok := s.treeNode(s.tokenStarting(out[i].Start)); ok && tr.within(k, v) {
			return false
		}
	}
	id := agentOf(m)
	return id != "" && s.namedSubject(r, id) && (s.titleSaysWhat(m, r) || m.Time != nil && !bareTitle(m))
}

// tellsOtherNews reports whether a mention of out, the sentence's other
// events, is news of the saying's day, the time value day: told as done
// (newsMention) and not dated by a time of another day. A happening of
// another day the sentence recalls ("a writer was shot dead in June and
// a reporter said Monday: ...", "the prosecutor who won the conviction in
// 1981 said Sunday") leaves the saying the day's news; one of its day
// ("said Sunday after meeting the envoy") is that day's news itself,
// unless it lies in a phrase of the reporting verb (inSpeechObject: "said
// on Tuesday after a visit to Beijing"), nor when it is the subject of
// what the saying at token r judges (judgedSubject: "said such a deal was
// within reach").
func (s *sent) tellsOtherNews(out []Mention, day string, r int) bool {
	for i := range out {
		m := &out[i]
		if !newsMention(m) || s.inSpeechObject(m.Start) || s.judgedSubject(m.Start, r) {
			continue // (a detail of what is said or of the speech's setting: "said after a visit to Beijing")
		}
		if m.Time == nil || m.Time.Value == day || m.Basis != Explicit && m.Basis != Relative {
			return true
		}
	}
	return false
}

// judgedSubject reports whether the token starting at byte offset start
// is a noun that is the subject of a predicate with no verb of its own (a
// copula's: an adjective, a noun or a phrase), the clause the reporting
// verb at token r reports ("said a new vote was not out of the
// question", "said the visit was a success"): the saying judges the
// happening its noun names, it does not tell it; the judgement is the
// saying's news.
func (s *sent) judgedSubject(start, r int) bool {
	tr, n, ok := s.treeAt(s.tokenStarting(start))
	if !ok || tr.rel(n) != "nsubj" || tr.w(n).UPOS != "NOUN" {
		return false
	}
	h, ok := tr.head(n)
	if !ok || tr.w(h).UPOS == "VERB" || !tr.copular(h) || tr.rel(h) != "ccomp" {
		return false
	}
	v, ok := tr.head(h)
	_, rn, found := s.treeAt(r)
	return ok && found && v == rn
}

// sayingDays are the granularities of the time that dates a saying past
// the lead: a day, a part of one, or a week ("said last week"); a month
// too when it is the saying's own time, next to the verb or hung on it
// ("said last month that", "earlier this month announced", "In July, the
// agency said": a dated statement of its own, as a day's), not only the
// occasion's ("in an October interview"). A year tells a stance held
// then, background to the day's news.
var sayingDays = map[timex.Granularity]bool{timex.Week: true, timex.Day: true, timex.PartOfDay: true, timex.Hour: true, timex.Minute: true}

// mainSaying reports whether the reporting verb at token r is the verb of
// its sentence's main clause or of one coordinated with it or set beside
// it (root, conj, parataxis; the frame after a quotation the parse hangs
// on its verb, inverted): not of a relative or adverbial clause
// ("Ardena, which in May said it would", "as the minister said
// Monday"), which tells the speaker's past stance as background.
func (s *sent) mainSaying(r int) bool {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	if h, ok := s.quotedHead(r); ok {
		n = h // "was quoted as saying": the quoting verb's clause
	}
	switch baseRel(tr.rel(n)) {
	case "root", "conj", "parataxis":
		return true
	case "advcl":
		// "\"We value these ties,\" said Kim" or "…,\" Kim said" read
		// with "said" as an adverbial of the quotation's verb: the frame
		// after the words it reports, no subordinator ("as Kim said" is one)
		return (s.inverted(r) || s.framesQuotation(r)) && len(tr.kids(n, is("mark"))) == 0
	}
	return false
}

// framesQuotation reports whether the reporting verb at token r follows
// a quotation that a comma, a question or an exclamation mark and a
// closing quotation mark end, with only its subject between them
// ("…,\" Jane Roe said"; "…?\" the minister asked"): the frame that
// closes the sentence reporting the quotation, however the parse hung it.
func (s *sent) framesQuotation(r int) bool {
	tr, n, ok := s.treeAt(r)
	if !ok {
		return false
	}
	subj := tr.kids(n, is("nsubj"))
	if len(subj) == 0 || subj[0] > n {
		return false
	}
	for j := r - 1; j > s.first; j-- {
		if isQuoteMark(s.word(j)) {
			return quotationEnds[s.word(j-1)]
		}
		if k, ok := s.treeNode(j); !ok || !tr.within(k, subj[0]) {
			return false
		}
	}
	return false
}

// quotationEnds are the marks that end a quotation a frame follows
// ("…,\" Roe said"; framesQuotation).
var quotationEnds = map[string]bool{",": true, "?": true, "!": true}

// relativeSaying reports whether the reporting verb at token r opens a
// relative clause of the name before it, its pronoun set off by a comma
// and parted from the verb only by a time, prepositions, auxiliaries and
// adverbs ("Ardena, which in May said", "the minister, who last week announced"),
// however the parse hung the clause: a past stance recalled as background.
func (s *sent) relativeSaying(r int) bool {
	for j := r - 1; j > s.first && r-j <= relativeSayingGap; j-- {
		w := s.word(j)
		switch {
		case subjectRelativizers[w]:
			return s.word(j-1) == ","
		case s.d.timexAt[j] >= 0 || prepositions[w] || auxiliaries[w] || s.isAdverb(j):
			continue
		}
		return false
	}
	return false
}

// relativeSayingGap is how many words a time, auxiliaries and adverbs may
// put between a relative pronoun and its reporting verb ("which earlier
// this month said").
const relativeSayingGap = 6

// saysOnADay reports, before any parse, whether the sentence holds a verb
// of leadSpeech or of a verbal act (leadActCode) and a time expression that dates events: the only
// sentences laterStatement parses for a statement of their own.
func (s *sent) saysOnADay() bool {
	for i := s.first; i < s.last; i++ {
		if leadSpeech[s.word(i)] || leadActCode(s.word(i)) != "" {
			return s.datesSentence()
		}
	}
	return s.quotedSaying() && s.datesSentence()
}
