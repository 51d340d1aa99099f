package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lead.go: an article's headline (Input.Headline) and its lead. A
// headline tells the article's news in a journalist's words, so it
//
//   - makes the statement the lead reports an event when it tells a
//     statement by a speaker it names (headlineStatement: "China's
//     peaceful development inevitable, Hu says" over ", Chinese President
//     Hu Jintao said here Sunday");
//   - titles the lead event it tells (headlineEvent: "Brazil arrests 33
//     for illegally exploiting land reservations" over "Brazil's Federal
//     Police arrested 33 people on Thursday ...").
//
// A lead that tells no other news makes its own statement an event
// (leadstatement.go).
//
// The headline is read once per article (articleHead), its tags, closing
// attribution, byline and notes dropped.

// headlineLead is how many sentences open an article where its headline's
// statement and event are looked for: the lead, or the one after a byline.
const headlineLead = 2

// headlineTitleWords is the fewest words a headline needs to title an
// event: a cut one ("says official") leaves the title to the rules.
const headlineTitleWords = 4

// headlineTagWords is how many words a headline's opening tag may span
// ("3rd Ld:").
const headlineTagWords = 2

// headlineSourceWords is the most words a headline's closing attribution
// has ("…: report", "…: Chinese FM spokesman").
const headlineSourceWords = 3

// headlineNewsDays is how many days before the publication date an event
// may lie and still be the news a headline tells: a coup of 1975 recalled
// in the lead of a report on its plotters' trial is not.
const headlineNewsDays = 7

// headlineReporting are the words of a headline that tell a statement,
// leadSpeech the verbs of its lead that tell it (not "the press
// reported"), headlineTags the tags a headline may open with,
// headlineLightVerbs the verbs it shares with too many events to tell
// which one it titles (data/words.yaml).
var (
	headlineReporting  = wordList("headline_reporting")
	leadSpeech         = wordList("lead_speech")
	headlineTags       = wordList("headline_tags")
	headlineLightVerbs = wordList("headline_light_verbs")
)

// articleHead is what an article's headline tells, read once (doc.head).
type articleHead struct {
	// title is the headline as an event's title (headlineTitle), "" when
	// too short.
	title string
	// says reports that it tells a statement (a word of
	// headlineReporting), planned that it tells an act to come
	// (plannedHeadline).
	says, planned bool
	// core holds the lemmas of its main verb and of its subject's head,
	// verb those of its main verb alone (headlineCore).
	core, verb map[string]bool
	// lowTitle is title lower-cased, made on first use (mayEchoHeadline).
	lowTitle string
	// stated and titled are set once the statement it tells is added and
	// once a lead event takes its title.
	stated, titled bool
	// told is set once the article's first sentence tells news of its own
	// (tellsLeadNews): a saying after it with no day of its own only adds
	// to that news (leadStatement).
	told bool
}

// articleHead returns what the article's headline tells, read on first use.
func (s *sent) articleHead() *articleHead {
	d := s.d
	if d.head == nil {
		h := d.in.Headline
		d.head = &articleHead{title: headlineTitle(h), says: saysHeadline(h)}
		d.head.planned = plannedHeadline(d.head.title)
	}
	return d.head
}

// headlineStatement adds, in an article whose headline tells a statement,
// the statement its lead reports: there the statement is the article's
// news, not only the frame of what it reports. It takes the first
// reporting verb of the first headlineLead sentences that itemStatement
// would take, once per article, and only when the headline names the
// speaker (a word of the speaker's name or of its mention in the text):
// "Kengo flees country: spokesman" tells the flight, and "Official says
// talks make progress" no one the lead names.
func (s *sent) headlineStatement(out []Mention) []Mention {
	if s.index >= headlineLead || s.d.in.Headline == "" {
		return out
	}
	hl := s.articleHead()
	if hl.stated || !hl.says || s.tree() == nil {
		return out
	}
	n := len(out)
	out = s.itemStatement(out, s.itemSpeaker)
	if len(out) == n {
		return out
	}
	if !leadSpeech[strings.ToLower(out[n].Trigger)] || !s.headlineNames(out[n].Participants[0].ActorID) {
		return out[:n]
	}
	if hl.title != "" {
		out[n].Title = hl.title // the journalist's own headline of the statement
	}
	hl.stated = true
	return out
}

// headlineEvent gives the headline as title to the mention m of trigger t,
// the article's lead event, when the headline tells it: m is the first
// mention of the first headlineLead sentences, in the foreground, told as
// done by the reporter or by a source ("a car bomb killed three, police
// said"), dated near the publication date (news), whose trigger shares a
// lemma, not a light verb's, with the headline's main verb or its subject
// (headlineCore: "Grenade attack injures 2 police officers" over the
// attack; not the warning of "Sudan disregards Washington's warning"). The
// journalist's headline is the event's best title; once per article.
func (s *sent) headlineEvent(t *trigger, m *Mention) {
	d := s.d
	if d.in.Item || d.in.Headline == "" || s.index >= headlineLead || m.Background || m.Factuality != Asserted && m.Factuality != Reported || !s.news(m) {
		return
	}
	hl := s.articleHead()
	if hl.titled || hl.title == "" || hl.planned {
		return
	}
	echo := false
	for i := t.start; i < t.end && !echo; i++ {
		echo = s.mayEchoHeadline(i, hl)
	}
	if !echo {
		return // no word of the headline's text could share a lemma: its parse is spared
	}
	core := s.headlineCore(hl)
	for i := t.start; i < t.end; i++ {
		for _, l := range d.lem(s.word(i)) {
			if core[l] && !headlineLightVerbs[l] {
				m.Title, m.Headlined, hl.titled = hl.title, true, true
				return
			}
		}
	}
}

// headlineTitle returns the headline h as an event's title, or "" for an
// editor's note ending in "///" or when
// fewer than headlineTitleWords words are left once these are dropped: a
// closing note after " -- " or in parentheses, a leading tag of
// headlineTags ("URGENT", "Urgent:", "3rd Ld:"), a closing byline and a
// closing attribution after a colon.
func headlineTitle(h string) string {
	if strings.HasSuffix(strings.TrimSpace(h), "///") {
		return "" // an editor's note to clients: "ATTENTION - ADDS quotes, details ///"
	}
	if i := strings.Index(h, " -- "); i > 0 {
		h = h[:i] // "Shanghai stock index closed up -- Nov. 11"
	}
	if t := strings.TrimSpace(h); strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, " ("); i > 0 {
			h = t[:i] // "... along Kashmir border (bon pour tous)", "(update 1)"
		}
	}
	ws := strings.Fields(h)
	for k := 0; k < len(ws) && k < headlineTagWords; k++ {
		if headlineTags[strings.ToLower(strings.TrimSuffix(ws[k], ":"))] {
			ws = ws[k+1:] // "Urgent:", "URGENT Kim Jong-Il promotes", "3rd Ld:"; not "U.S. says"
			break
		}
	}
	if n := len(ws); n > 3 && (ws[n-3] == "by" || ws[n-3] == "By" && sentenceCase(ws[:n-3])) && byline(ws[n-2:]) && !strings.HasSuffix(ws[n-4], "ed") {
		ws = ws[:n-3] // "... calls for tighter rules by Jan Roe", "... in eastern Europe By Ann Lee": the byline
	}
	if k := attribution(ws); k > 0 {
		ws = append(ws[:k-1:k-1], strings.TrimSuffix(ws[k-1], ":")) // "Kengo flees country: spokesman"
	}
	if len(ws) < headlineTitleWords {
		return ""
	}
	return strings.Join(ws, " ")
}

// sentenceCase reports whether a headline's words are written in sentence
// case, a word of four letters or more in lower case ("warns of fragility
// of reforms"), where a capital "By" opens a byline; in a title-cased
// headline ("Man Shot By Police Officer") it is no sign.
func sentenceCase(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' })
}

// byline reports whether the words are a writer's name closing a headline:
// each capitalized, none all capitals ("Sarah Jackson-Han"; not "US").
func byline(ws []string) bool {
	for _, w := range ws {
		if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
			return false
		}
	}
	return true
}

// attribution returns the index of the first word of a headline's closing
// attribution, the word after the one a colon ends ("Kengo flees country:
// spokesman": 3), or 0 when it has none.
func attribution(ws []string) int {
	for k := len(ws) - 2; k >= 0 && len(ws)-1-k <= headlineSourceWords; k-- {
		if strings.HasSuffix(ws[k], ":") {
			return k + 1
		}
	}
	return 0
}

// saysHeadline reports whether the headline h has a word of
// headlineReporting.
func saysHeadline(h string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(h), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if headlineReporting[w] {
			return true
		}
	}
	return false
}

// plannedHeadline reports whether the headline h tells an act to come in
// the "X to do Y" form ("Dexia bank to vote against merger", "US to give
// aid"): a "to" right before a lower-case word, after no word ending in -s
// ("EU agrees to recognize convictions" tells an agreement made). Such a
// headline titles no event told as done.
func plannedHeadline(h string) bool {
	ws := strings.Fields(h)
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] != "to" {
			continue
		}
		if n := ws[k+1]; n == "" || n[0] < 'a' || n[0] > 'z' || determiners[n] {
			continue
		}
		for _, w := range ws[:k] {
			if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "'s") && strings.ToUpper(w) != w {
				return false
			}
		}
		return true
	}
	return false
}

// nameWords splits a name or a headline into its words, keeping hyphens
// ("Jackson-Han", "G-20").
func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
}

// headlineNames reports whether the headline has a capitalized word of the
// name of actor id or of one of its mentions in the text.
func (s *sent) headlineNames(id string) bool {
	head := map[string]bool{}
	for _, w := range nameWords(s.d.in.Headline) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			head[strings.ToLower(w)] = true
		}
	}
	names := []string{s.d.name(id)}
	for _, a := range s.d.mentionsOfID(id) {
		names = append(names, a.Text)
	}
	for _, n := range names {
		for _, w := range nameWords(n) {
			if head[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}

// news reports whether m is dated by the publication date or by a time
// whose interval ends within headlineNewsDays before it (or after it).
func (s *sent) news(m *Mention) bool {
	dct := s.d.in.DCT
	if m.Time == nil || dct.IsZero() {
		return true
	}
	iv := m.Time.Interval
	return iv != nil && !iv.End.Before(dct.AddDate(0, 0, -headlineNewsDays))
}

// mayEchoHeadline reports, from the headline's text, whether the word at
// token i may share a lemma, not a light verb's, with a word of the
// headline (mayHoldLemma): false only when none could, so that the
// headline is parsed (headlineCore) only when its core may hold one.
func (s *sent) mayEchoHeadline(i int, hl *articleHead) bool {
	if hl.lowTitle == "" {
		hl.lowTitle = strings.ReplaceAll(strings.ToLower(hl.title), "’", "'")
	}
	for _, l := range s.d.lem(s.word(i)) {
		if !headlineLightVerbs[l] && mayHoldLemma(hl.lowTitle, l) {
			return true
		}
	}
	return false
}

// headlineCore returns the lemmas of the headline's main verb and of its
// subject's head, read from the parse of its title (none without a
// parser), parsed on first use.
func (s *sent) headlineCore(hl *articleHead) map[string]bool {
	if hl.core != nil {
		return hl.core
	}
	d := s.d
	hl.core, hl.verb = map[string]bool{}, map[string]bool{}
	if d.in.Parse == nil {
		return hl.core
	}
	ws := d.in.Parse(hl.title, 0, len(hl.title)).Tokens
	add := func(k int) {
		for _, l := range d.lem(strings.ToLower(ws[k].Form)) {
			hl.core[l] = true
		}
	}
	for k, w := range ws {
		if w.Head != 0 {
			continue
		}
		add(k)
		for _, l := range d.lem(strings.ToLower(w.Form)) {
			hl.verb[l] = true
		}
		for j, c := range ws {
			if c.Head == k+1 && (c.DepRel == "nsubj" || c.DepRel == "nsubj:pass") {
				add(j)
			}
			if c.Head == k+1 && c.DepRel == "acl" && c.XPOS == "VBN" && w.UPOS != "VERB" {
				// a headline's passive without its auxiliary, read as a
				// participle on its subject ("Coach fined by league"): the
				// participle is its verb
				for _, l := range d.lem(strings.ToLower(c.Form)) {
					hl.verb[l] = true
				}
			}
		}
	}
	return hl.core
}
