package event

import (
	"sort"

	"github.com/chronograph-news/chronograph/timex"
)

// discourse is what the extraction of one document remembers from sentence
// to sentence, and all it remembers: the rules of a sentence read the
// analysis of that sentence and, for what refers back, this value. It
// changes only through its methods, called once a sentence's mentions are
// made (note, noteReporter, noteHeadline, noteAct, continueNarrative,
// noteLead, noteHistory, noteSpeechDay).
type discourse struct {
	// lastPair holds the agents, counterparts and recipients of the last
	// mention with exactly two of them ("the two discussed ...");
	// phoneCalls those of each phone call so far ("his conversation with
	// Putin").
	lastPair   []string
	phoneCalls [][]string
	// lastDay is the last day-precise date that dated a mention of an
	// earlier sentence, and its sentence: "the same day" refers to it.
	lastDay         *timex.Timex
	lastDaySentence int
	// narr is the date the previous sentence gave its events (see
	// narrative.go).
	narr narrative
	// subject is what the previous sentence leaves for a pronoun subject
	// to go on with (narrative.go: continueSubject).
	subject subjectTime
	// reporters holds the actor ids that reported a claim so far (see
	// sent.media).
	reporters map[string]bool
	// headlines holds, per type and trigger lemma and per type, the last
	// headline of more than one word built from the parse (title.go), a
	// noun phrase with no verb only while no full headline is held
	// (fullHeadline): a bare noun that refers back takes it.
	headlines    map[string]string
	fullHeadline map[string]bool
	// appointer is the person agent of the last appointment told by an
	// appointing verb (see appointer.go), or "".
	appointer string
	// apartNext marks that the previous sentence opened on a cue of
	// another happening but told it with no trigger ("In a separate
	// incident, a suicide car bomber drove his car into a patrol"): the
	// next sentence's mentions tell that happening (incident.go).
	apartNext bool
	// acts holds, per act (retell.go: type, verb and the head of what it
	// is done to), the time that dated its first telling.
	acts map[string]*timex.Timex
	// leadSeen marks that the lead's date was read (delayed.go); delayed
	// that it made the article a delayed report.
	leadSeen, delayed bool
	// history is the index of the last sentence that opened an account
	// of the past (history.go), or -1.
	history int
	// historyRoot is the last sentence that dates no event and whose
	// root verb may open such an account, its parse not yet read: only
	// the next sentence asks, and rarely (rootOpens).
	historyRoot *sent
	// speech is the speaker and day of the lead's speech (speechday.go).
	speech speechDay
	// occasion is the parties and the day of the lead's saying or
	// meeting (occasionsaying.go).
	occasion occasion
	// newsDay is the day before publication the lead tells its news on,
	// or nil (newsday.go).
	newsDay *timex.Timex
	// mishap is the type of the last accident or disaster told, and
	// mishapSentence its sentence (-1 for none): the deaths the next
	// sentence tells with no one doing them are an accident's toll
	// (mishapcause.go, accidentBefore).
	mishap         Type
	mishapSentence int
	// stated holds the agents of the statements told so far
	// (namedsaying.go: noteStated).
	stated map[string]bool
}

func newDiscourse() discourse {
	return discourse{history: -1, mishapSentence: -1, reporters: map[string]bool{}, headlines: map[string]string{}, fullHeadline: map[string]bool{}, acts: map[string]*timex.Timex{}}
}

// noteAct records x as the time of the act key unless one is held.
func (c *discourse) noteAct(key string, x *timex.Timex) {
	if _, ok := c.acts[key]; !ok {
		c.acts[key] = x
	}
}

// actTime returns the time of the act key told before, or nil.
func (c *discourse) actTime(key string) *timex.Timex { return c.acts[key] }

// note records what later sentences of the document may refer to in
// mention m: the last accident or disaster told, the last day that dated an event ("on the same day"), the
// parties of a two-party event ("the two discussed ...") and the pairs
// that spoke by phone ("his conversation with Putin").
func (c *discourse) note(m *Mention) {
	if misfortunes[m.Type] && !m.Background {
		c.mishap, c.mishapSentence = m.Type, m.Sentence
	}
	if x := m.Time; x != nil && x.Granularity == timex.Day && x.Interval != nil && !sameDay(x.Text) {
		c.lastDay, c.lastDaySentence = x, m.Sentence
	}
	ids := parties(m)
	if len(ids) < 2 {
		return
	}
	sort.Strings(ids)
	if len(ids) == 2 {
		c.lastPair = ids
	}
	if m.Type == PhoneCall {
		c.phoneCalls = append(c.phoneCalls, ids)
	}
}

// dayBefore returns the day told before sentence index that "the same
// day" refers to, or nil.
func (c *discourse) dayBefore(index int) *timex.Timex {
	if c.lastDay != nil && c.lastDaySentence < index {
		return c.lastDay
	}
	return nil
}

// calledBefore reports whether ids all took part in one phone call told
// before.
func (c *discourse) calledBefore(ids []string) bool {
	for _, pair := range c.phoneCalls {
		if subset(ids, pair) {
			return true
		}
	}
	return false
}

// noteReporter records that actor id reported a claim.
func (c *discourse) noteReporter(id string) { c.reporters[id] = true }

// reported reports whether actor id reported a claim so far.
func (c *discourse) reported(id string) bool { return c.reporters[id] }

// noteHeadline records h as the last headline of key (type and trigger
// lemma, or type alone), full when it has a verb; headline returns it. A
// noun phrase ("Vukovar massacre") does not replace a full headline ("200
// prisoners massacred").
func (c *discourse) noteHeadline(key, h string, full bool) {
	if !full && c.fullHeadline[key] {
		return
	}
	c.headlines[key], c.fullHeadline[key] = h, full
}

func (c *discourse) headline(key string) string { return c.headlines[key] }

// parties returns the agents, counterparts and recipients of m.
func parties(m *Mention) []string {
	var ids []string
	for _, p := range m.Participants {
		if p.Role == Agent || p.Role == Counterpart || p.Role == Recipient {
			ids = append(ids, p.ActorID)
		}
	}
	return ids
}
