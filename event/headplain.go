package event

import (
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// Bounds of a clause told in its own words (plainReported).
const (
	// minPlainWords is the fewest words the clause must keep: fewer say
	// too little to stand for what was said.
	minPlainWords = 3
	// maxThatGap is the most words (a day, "here", "in a statement", "in
	// a speech at the annual meeting of the bank", whom it is told to)
	// between the verb of saying and the "that" opening what it reports.
	maxThatGap = 14
)

// plainReported returns what the verb of saying at n reports, told in the
// clause's own words (plainClause) when the rules of saidClause give
// nothing: the "that" clause right after the verb or its day ("said on
// Friday that a new plan would be announced in the capital" → "new plan
// will be announced in capital"), or the clause a closing "..., an
// official said" reports; "" when there is none or it cannot be told
// plainly; budget bounds its length (plainClause). The parse of such clauses is often torn (the clause hung on the
// day, its subject read as a relative pronoun's), so the words are read in
// order, by their tags; for the same reason the closing report may hang
// on any word of the clause before it, the sentence's root standing
// before it too. A statement then says what was said rather than the bare
// "issues statement".
func (h *head) plainReported(n node, budget int) string {
	d := h.s.tr
	tagged := false // a phrase before k was read by its tags (taggedOblique)
	for k := n + 1; k <= n+maxThatGap && int(k) < len(d.words); k++ {
		w := d.w(k)
		if strings.EqualFold(w.Form, "that") && (w.UPOS == "SCONJ" || w.UPOS == "PRON") {
			if tagged && (w.UPOS != "SCONJ" || int(k)+1 >= len(d.words) || !clauseStarts[d.w(k+1).UPOS]) {
				break // past a phrase read by tags, a relative "that" is none of the verb's
			}
			if o := h.thatOpener(k + 1); o != noNode {
				return h.plainClause(o, node(len(d.words)), budget) // past an opening adverbial and its comma (headopener.go)
			}
			return h.plainClause(k+1, node(len(d.words)), budget)
		}
		if first := h.complementSubject(n, k); first != noNode {
			// "said on Friday he believes elections will take place":
			// the reported clause with no "that", from its subject
			if r := h.plainClause(first, node(len(d.words)), budget); r != "" {
				return r
			}
			break
		}
		if first := h.taggedSubject(n, k); first != noNode && !h.besideVerb(n, k) {
			// "said Carl Weiss violated the rules", the parse torn: the
			// clause from the subject its tags read (headtagged.go)
			if r := h.plainClause(first, node(len(d.words)), budget); r != "" {
				return r
			}
			break
		}
		if (w.UPOS == "VERB" || w.UPOS == "AUX" || w.UPOS == "SCONJ") && !h.withinOblique(n, k) || !h.besideVerb(n, k) {
			// only the verb's day, place, manner or addressee before
			// "that" (not "said the fact that"), a verb only inside
			// one of its phrases ("in the town held by rebels"), or a
			// phrase its tags read as one where the parse tore it
			// ("said at his forum with reporters that": taggedOblique)
			if h.taggedOblique(n, k) {
				tagged = true
				continue
			}
			break
		}
	}
	start := h.reportStart()
	if start == noNode {
		return "" // a clause a fronted adverbial opens: no report before it is told
	}
	hd, ok := d.head(n)
	if r, rok := d.root(); ok && rok && hd < n && r < n && start < n && commaBetween(d, hd, n) && h.reportsBefore(n) && (len(h.agents) > 0 || len(d.kids(n, is("nsubj"))) > 0) {
		if r := h.plainClause(start, n, budget); r != "" {
			return r
		}
	}
	if c := h.closingReport(n); c != noNode && start < c {
		return h.plainClause(start, c, budget)
	}
	return ""
}

// Bounds of the opening a report closing the sentence may leave out
// (reportStart).
const (
	// maxOpenerWords is the most words an opening adverbial may hold
	// before its comma ("In a speech to the assembly on Monday, ...").
	maxOpenerWords = 20
	// maxSubjectClimb is the most heads climbed from the sentence's first
	// word to the subject it is part of ("up to five people", "more than
	// 600 of the refugees", "seasonally adjusted jobless rate").
	maxSubjectClimb = 3
)

// openerRels are the relations of a sentence's opening phrase or clause
// to the clause after its comma: an adverbial ("In 2005,", "Since
// joining the group,", "As a signatory,", "Meanwhile,").
var openerRels = set("obl", "advcl", "advmod", "discourse", "nmod")

// subjectModifierRels are the relations a subject's first word and the
// words it hangs on may have below the subject's head ("up to five
// people", "seasonally adjusted rate"): an opening word reached through
// others is an adverbial's.
var subjectModifierRels = set("advmod", "amod", "nummod", "case", "fixed", "compound", "det", "nmod")

// clauseStarts are the parts of speech of a word that opens the clause
// after an opening adverbial's comma: a noun phrase or a pronoun, never
// a relative word nor another phrase's preposition.
var clauseStarts = set("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON")

// reportStart returns the first word of the clause a report closing the
// sentence tells (plainReported): the sentence's first word, unless it
// is a preposition, a subordinator, an adverb or a conjunction. Such a
// word in the clause's subject ("Up to five people were lost", "More
// than 600 refugees died", "Seasonally adjusted jobless rate fell":
// within maxSubjectClimb heads of an nsubj through its modifiers, and
// no comma between) opens the clause too; one
// that opens an adverbial ended by a comma ("In 2005, demand would rise
// ..., the agency said", "Since joining the group, the country has
// seen ...") leaves it out, the clause opening after its comma with a
// noun phrase or a pronoun (clauseStarts); noNode for any other
// opening, or a condition (conditionMarks: "If demand falls, output will
// be cut" is no plain claim), whose clause is not told plainly.
func (h *head) reportStart() node {
	d := h.s.tr
	if u := d.w(0).UPOS; u != "SCONJ" && u != "ADP" && u != "ADV" && u != "CCONJ" {
		return 0
	}
	comma := noNode
	for k := node(1); k <= maxOpenerWords && int(k) < len(d.words); k++ {
		if d.w(k).Form == "," {
			comma = k
			break
		}
	}
	k := node(0)
	for range maxSubjectClimb {
		if comma != noNode && k > comma {
			break // "Of them, 42 have died": a phrase set off is no part of the subject
		}
		if r := d.rel(k); r == "nsubj" || r == "nsubj:pass" || r == "root" && nominalWord(d.w(k)) {
			return 0 // (a subject the parse tears from its verb heads the sentence)
		}
		hd, ok := d.head(k)
		if !ok || !subjectModifierRels[d.rel(k)] {
			break
		}
		k = hd
	}
	if comma == noNode || int(comma)+1 >= len(d.words) {
		return noNode
	}
	top := noNode // the opener's head: its one word hung outside it
	for k := node(0); k < comma; k++ {
		hd, ok := d.head(k)
		if ok && hd < comma {
			continue
		}
		if top != noNode || !ok || hd <= comma {
			return noNode
		}
		top = k
	}
	if top == noNode || !openerRels[baseRel(d.rel(top))] || d.marked(top, conditionMarks) {
		return noNode
	}
	next := d.w(comma + 1)
	if !clauseStarts[next.UPOS] || next.XPOS == "WDT" || next.XPOS == "WP" {
		return noNode
	}
	return comma + 1
}

// maxSpeakerWords is the most words a speaker's phrase may hold between
// the comma that closes a reported clause and the verb of saying after it
// (closingReport).
const maxSpeakerWords = 10

// speakerTags are the parts of speech a speaker's phrase before its verb
// of saying is made of ("the country's central bank", "an official with
// the ministry"): no verb, no clause of its own.
var speakerTags = set("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "PART", "PUNCT", "CCONJ")

// closingReport returns the comma that closes the clause a sentence-final
// report tells, read by word order where the parse hangs the verb of
// saying at n on a word deep inside that clause (a relative or adverbial
// clause, a conjunct): "..., the statistics office said on Thursday.",
// "..., said an official with the bureau." Between the comma and the verb
// stands nothing or only a speaker's noun phrase (speakerTags, a
// possessive pronoun, the verb's own auxiliary, at most maxSpeakerWords
// words), the verb's subject there or the event's agent known, and after
// the verb, up to the next comma, no clause of its own (a verb with a
// subject, a "that"); else noNode. A quotation that opens the sentence
// is such a clause only when it is too long to be told as one
// (quotation): "'The talks have failed and the strike will go on for
// weeks,' the union leader said" tells its first clause plainly, never
// the bare "issues statement"; one with a pronoun of the speaker is
// still no plain clause (plainClause).
func (h *head) closingReport(n node) node {
	d := h.s.tr
	c := noNode
	for k := n - 1; k > 0; k-- {
		if d.w(k).Form == "," {
			c = k
			break
		}
	}
	if c == noNode || c < minPlainWords || n-c-1 > maxSpeakerWords || quoteMarks[d.w(0).Form] && h.quotation(n) != "" {
		return noNode // (a quotation short enough is told as one, in its own words: quotation)
	}
	subject := len(h.agents) > 0
	for k := c + 1; k < n; k++ {
		w := d.w(k)
		if !speakerTags[w.UPOS] && w.XPOS != "PRP$" && !(w.UPOS == "AUX" && d.rel(k) == "aux" && k == n-1) || k == c+1 && w.UPOS == "CCONJ" {
			return noNode // (its own auxiliary: "had told"; never a clause of its own, "..., and the minister said")
		}
		if hd, ok := d.head(k); ok && hd == n && strings.HasPrefix(d.rel(k), "nsubj") {
			subject = true
		}
	}
	if !subject {
		return noNode
	}
	for k := n + 1; int(k) < len(d.words) && d.w(k).Form != ","; k++ {
		w := d.w(k)
		if strings.EqualFold(w.Form, "that") || (w.UPOS == "VERB" || w.UPOS == "AUX") && len(d.kids(k, is("nsubj", "nsubj:pass"))) > 0 {
			return noNode
		}
	}
	return c
}

// cutOblique reports whether the preposition at k opens an oblique of
// the verb right before it that tells where, when or amid what it is done
// (cut_obliques: "appear in court"), a phrase a cut may leave out as it
// leaves out a noun's; never a verb of a relative clause or a participle
// modifying a noun, nor a figure the verb reaches.
func (h *head) cutOblique(k node) bool {
	d := h.s.tr
	if k < 1 || d.w(k-1).UPOS != "VERB" || baseRel(d.rel(k-1)) == "acl" || d.rel(k) != "case" || !theHeadWords.cutObliques[strings.ToLower(d.w(k).Form)] {
		return false // (never a relative clause's or a participle's: "failures made during the war" is torn after "made")
	}
	o, ok := d.head(k)
	if !ok || baseRel(d.rel(o)) != "obl" || d.w(o).UPOS == "NUM" {
		return false // (a figure the verb reaches is its complement: "to close at 1,200 points")
	}
	v, ok := d.head(o)
	return ok && v == k-1
}

// listTags are the parts of speech of a list's members whose commas part
// no clause ("Italian, German and Swiss tourists": listComma).
var listTags = set("NOUN", "PROPN", "ADJ", "NUM")

// listComma reports whether the comma at k parts the members of a list a
// later "and" or "or" closes ("A, B and C"), which a clause told in its
// own words keeps whole.
func (h *head) listComma(k node) bool {
	d := h.s.tr
	if d.w(k).Form != "," {
		return false
	}
	c, ok := d.head(k)
	if !ok || c <= k || d.rel(c) != "conj" || !listTags[d.w(c).UPOS] {
		return false
	}
	p, ok := d.head(c)
	if !ok || p > k {
		return false
	}
	return slices.ContainsFunc(d.kids(p, is("conj")), func(x node) bool { return x >= c && len(d.kids(x, is("cc"))) > 0 })
}

// plainClause returns the words from first up to the first comma, colon,
// dash, bracket or stop before end (a mark inside a word or a figure, as
// "4.0-percent" or "7,000", is none, and a short aside in brackets after
// a word is left out: asideClose) as a headline tells a reported clause:
// articles, quotation marks and times (with their own preposition) left out, words written together
// kept together ("Turkey's"), its first finite verb in the present
// ("would" → "will", "had seized" → "has seized", a past tense in the
// present, "was approved" → "approved"), and no adverbial clause after
// that verb ("could escalate unless ..."). Longer than budget characters,
// it is cut before the last preposition after its verb that leaves it
// short enough, and a cut never ends on a function word nor parts a
// subject from its verb. "" when the
// clause opens with a conjunction, has no noun or pronoun before its
// verb, a demonstrative for subject ("that was what they wanted") or a
// pronoun that may not stand for the speaker (said_pronouns),
// holds a pronoun of the speaker or the one spoken to (a quotation, told
// as one elsewhere), keeps fewer than minPlainWords words or stays longer
// than budget.
func (h *head) plainClause(first, end node, budget int) string {
	d := h.s.tr
	joined := func(a, b node) bool {
		return a >= 0 && int(b) < len(d.words) && d.w(a).End == d.w(b).Start
	}
	glued := func(a, b node) bool { // written together, save with the clause's closing mark ("Tuesday.")
		return joined(a, b) && !(d.w(b).UPOS == "PUNCT" && d.w(b).Form != "-" && d.w(b).Form != "/")
	}
	figure := func(k node) bool { // the comma of "7, 000"
		return d.w(k).Form == "," && k > 0 && int(k)+1 < len(d.words) && d.w(k-1).UPOS == "NUM" && d.w(k+1).UPOS == "NUM"
	}
	bracketed := map[node]bool{} // the words of a short aside in brackets ("European Union (EU)")
	last := first
	for last < end && int(last) < len(d.words) {
		w := d.w(last)
		inside := last > first && int(last)+1 < len(d.words) && joined(last-1, last) && joined(last, last+1) && d.w(last+1).UPOS != "PUNCT" // (not the comma before a quotation's close)
		if close := h.asideClose(last, end); last > first && close != noNode {
			for k := last; k <= close; k++ {
				bracketed[k] = true
			}
			last = close + 1
			continue
		}
		if w.UPOS == "PUNCT" && w.XPOS != "``" && w.XPOS != "''" && !inside && !(last > first && (figure(last) || h.listComma(last))) {
			break
		}
		last++
	}
	type piece struct {
		form string
		k    node
	}
	var words []piece
	var cuts []node // the prepositions after the verb a cut may fall before
	subject, finite := noNode, noNode
	for k := first; k < last; k++ {
		w := d.w(k)
		lw := strings.ToLower(w.Form)
		switch {
		case bracketed[k]:
			continue
		case w.UPOS == "PUNCT" && (w.XPOS == "``" || w.XPOS == "''"):
			continue // quotation marks
		case theHeadWords.quotePronoun(w):
			return ""
		case (h.inTime(k, first) || h.isTime(k)) && !joined(k-1, k) && !glued(k, k+1) && len(words) > 0 && h.openingPreposition(words[0].k, first, len(words)):
			// a preposition opening the clause goes with the time after
			// it, whatever the parse hangs it on ("said on Saturday
			// parliament would ratify ...", "on Saturday" read as a
			// modifier of "parliament"; "said that on May 9 they had
			// taken ...")
			words = words[:0]
			continue
		case h.inTime(k, first) && !joined(k-1, k) && !glued(k, k+1) && len(words) > 0 && h.caseOf(words[len(words)-1].k, k):
			words = words[:len(words)-1] // the time's own preposition goes with it ("before summer")
			continue
		case h.inTime(k, first) && !joined(k-1, k) && !glued(k, k+1) && len(words) > 0 && h.timeAdverb(words[len(words)-1].k, k):
			words = words[:len(words)-1] // an adverb of the time goes with it ("later this month")
			continue
		case h.inTime(k, first) && !joined(k-1, k) && !glued(k, k+1) && len(words) > 0 && danglingBefore[d.w(words[len(words)-1].k).UPOS] && d.rel(words[len(words)-1].k) != "compound:prt":
			return "" // a time inside a phrase ("queues of up to an hour"): no cut leaves it whole
		case w.XPOS == "DT" && articles[lw] && (lw == w.Form || len(words) == 0) && !(k+1 < last && theHeadWords.articleKept[strings.ToLower(d.w(k+1).Form)]) || h.inTime(k, first) && !joined(k-1, k) && !glued(k, k+1):
			// (an article keeps a name's capital, "Nghe An", and its
			// quantity, "a little": article_kept)
			continue // headlines drop articles and times (not "one-day", "July-to-September")
		case finite != noNode && w.UPOS == "SCONJ" && lw != "that" && !h.gerundPreposition(k):
			k = last // an adverbial clause after the verb (not "contributes to maintaining": headfinite.go)
			continue
		case finite == noNode && (w.UPOS == "SCONJ" || w.UPOS == "CCONJ") && len(words) == 0:
			return "" // a clause a conjunction opens ("that if sanctions ...")
		}
		form := w.Form
		if finite == noNode && (w.XPOS == "MD" || w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP" || h.treeFinite(k)) {
			if subject == noNode || d.w(subject).XPOS == "DT" {
				return "" // no subject before the verb, or "that", "this"
			}
			if sw := d.w(h.plainSubject(k, subject)); sw.XPOS == "PRP" && !(theHeadWords.saidPronouns[strings.ToLower(sw.Form)] && h.speakerPronoun(strings.ToLower(sw.Form))) {
				return "" // a pronoun that may not stand for the speaker ("Chile denied that he ...")
			}
			finite = k
			f, ok := h.plainFinite(k, last, h.plainSubject(k, subject))
			if !ok {
				return ""
			}
			form = f
		} else if finite == noNode && (w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "PRON" || w.UPOS == "NUM" && (subject == noNode || !joined(k-1, k))) {
			subject = k // (a figure written onto a name is the name's: "Nikkei-225")
		}
		if finite != noNode && k > finite+1 && w.UPOS == "ADP" && len(words) >= minPlainWords && (nominalWord(d.w(k-1)) || h.cutOblique(k)) && !h.partsClause(k, finite, last) &&
			!(d.w(k-1).UPOS == "PROPN" && int(k)+1 < len(d.words) && d.w(k+1).UPOS == "PROPN") {
			// (never inside a name: "Association of Southeast Asian Nations")
			// between a noun phrase and its prepositional phrase, never
			// inside a verb's ("give up", "resort to")
			cuts = append(cuts, k)
		}
		if form != "" {
			words = append(words, piece{form, k})
		}
	}
	if finite == noNode {
		return ""
	}
	opens := func(k node) bool { // the clause's first word, after its quotation mark
		for j := first; j < k; j++ {
			if d.w(j).UPOS != "PUNCT" {
				return false
			}
		}
		return true
	}
	render := func(words []piece) string {
		var b strings.Builder
		for i, p := range words {
			if i > 0 && !joined(words[i-1].k, p.k) && !figure(words[i-1].k) && !figure(p.k) {
				b.WriteByte(' ')
			}
			if w := d.w(p.k); i == 0 && opens(p.k) && w.UPOS != "PROPN" && !strings.HasPrefix(w.XPOS, "NNP") && !h.isActorWord(p.k) {
				b.WriteString(strings.ToLower(p.form[:1]) + p.form[1:]) // the sentence's capital, not a name's
				continue
			}
			b.WriteString(p.form)
		}
		return b.String()
	}
	fit := func(words []piece) []piece {
		for i := len(cuts) - 1; i >= 0 && len(render(words)) > budget; i-- {
			at := slices.IndexFunc(words, func(p piece) bool { return p.k >= cuts[i] })
			if at < minPlainWords {
				continue // (a cut a dropped phrase moved too near the start)
			}
			words = words[:at] // "will be announced on Friday at event": "will be announced on Friday"
			for len(words) > 0 && d.w(words[len(words)-1].k).UPOS == "ADV" && words[len(words)-1].k > finite {
				words = words[:len(words)-1] // "ahead" of "suspended ahead of an announcement"
			}
		}
		return words
	}
	core := h.subjectPhrase(h.plainSubject(finite, subject), first, finite)
	dropped := false
	if cut := fit(words); len(render(cut)) <= budget {
		words = cut
	} else {
		dropped = true
		// still too long: the phrases a headline leaves out go in turn
		// (plainDrops), each drop cut again at a preposition after the
		// verb, until the clause fits
		for _, c := range h.plainDrops(first, last, finite, core) {
			gone := noNode // the last word left out: a word written onto it goes with it ("HIV/AIDS")
			words = slices.DeleteFunc(words, func(p piece) bool {
				if d.within(p.k, c) || gone != noNode && joined(gone, p.k) {
					gone = p.k
					return true
				}
				return false
			})
			if cut := fit(words); len(render(cut)) <= budget {
				words = cut
				break
			}
		}
	}
	subjectKept := false
	for _, p := range words {
		subjectKept = subjectKept || p.k == subject || dropped && p.k == core && slices.ContainsFunc(words, func(q piece) bool { return q.k == h.leadNoun(first, finite) })
		// (a drop may leave out the last noun before the verb, never its
		// subject's head nor its first noun: a clause whose first noun
		// went as a time is torn)
	}
	if !subjectKept || len(words) < minPlainWords || words[len(words)-1].k <= finite || standIn(d.w(words[len(words)-1].k)) {
		return "" // too short, the verb left with nothing after it, or a pronoun left without the phrase it stands for ("comparably with that")
	}
	if out := render(words); len(out) <= budget {
		return out
	}
	return ""
}

// quotePronoun reports whether w is a pronoun of the speaker or the one
// spoken to (data/headlines.yaml quote_pronouns), never an abbreviation
// written in capitals that spells one ("US" for the United States is no
// "us").
func (hw *headWords) quotePronoun(w *conllu.Token) bool {
	return hw.quotePronouns[strings.ToLower(w.Form)] && !(len(w.Form) > 1 && w.Form == strings.ToUpper(w.Form))
}

// besideVerb reports whether the word k after the verb of saying at n is
// punctuation or part of one of the verb's obliques or adverbs ("said
// here on Friday in a statement that ...") or of whom it is told to, an
// indirect object or an object naming people or a body ("told reporters
// on Monday that ...", not "said the fact that").
func (h *head) besideVerb(n, k node) bool {
	d := h.s.tr
	if d.w(k).UPOS == "PUNCT" || h.withinOblique(n, k) {
		return true
	}
	for _, c := range d.kids(n, is("iobj", "obj")) {
		if d.within(k, c) && (d.rel(c) == "iobj" || h.s.personNode(c)) {
			return true
		}
	}
	return h.inTime(k, n)
}

// withinOblique reports whether the word k is part of one of the obliques
// or adverbs of the verb at n.
func (h *head) withinOblique(n, k node) bool {
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" || r == "advmod" }) {
		if d.within(k, c) {
			return true
		}
	}
	return false
}

// maxTimeDepth bounds the climb from a word to the time phrase it is part
// of (inTime).
const maxTimeDepth = 3

// inTime reports whether the word k is a time or part of one's phrase
// ("the end of the year", "10:00 am"), climbing at most maxTimeDepth
// heads, never to stop nor out of the clause that stop opens.
func (h *head) inTime(k, stop node) bool {
	d := h.s.tr
	for depth := 0; depth <= maxTimeDepth && k != stop; depth++ {
		if d.rel(k) == "compound:prt" {
			return false // "turned off at 10:00": the verb's own
		}
		if r := baseRel(d.rel(k)); h.isTime(k) && (r == "obl" || r == "advmod") {
			// an adverbial time of a verb, never a head the parse tore
			// ("the 2007-2011 period" as a subject's) nor a noun's
			// measure ("queues of up to an hour")
			hd, ok := d.head(k)
			return ok && (d.w(hd).UPOS == "VERB" || d.w(hd).UPOS == "AUX")
		}
		if r := baseRel(d.rel(k)); r == "acl" || r == "ccomp" || r == "advcl" || r == "parataxis" || r == "conj" && d.w(k).UPOS == "VERB" {
			return false // a clause of its own the parse hangs on a time
		}
		hd, ok := d.head(k)
		if !ok || hd < stop && k >= stop {
			return false // out of the clause
		}
		k = hd
	}
	return false
}

// nominalWord reports whether w is a noun, a name or a figure, which a
// prepositional phrase after it may be cut from.
func nominalWord(w *conllu.Token) bool {
	return w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "NUM"
}

// danglingBefore are the parts of speech a dropped time may not follow:
// the phrase would be left without its head.
var danglingBefore = set("ADP", "ADV", "CCONJ", "DET", "PART")

// trailingFunction are the parts of speech a headline never ends on.
var trailingFunction = set("DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT")

// plainSubject returns the subject word of the finite verb at k: its own
// nsubj, or its head's when it is an auxiliary or a copula, else the last
// noun or pronoun before it (last).
func (h *head) plainSubject(k, last node) node {
	d := h.s.tr
	v := k
	if r := d.rel(k); r == "aux" || r == "aux:pass" || r == "cop" {
		if hd, ok := d.head(k); ok {
			v = hd
		}
	}
	if s := d.kids(v, is("nsubj", "nsubj:pass")); len(s) == 1 && s[0] < k {
		return s[0]
	}
	return last
}

// plainFinite returns the finite verb at k, before last, in a headline's
// present for the subject word at subj (plural when it is a plural noun,
// a pronoun in the plural, or the last of a coordination; for "there",
// the subject after the verb): "would" →
// "will", "was" → "is" (nothing before a passive participle: "was
// approved" → "approved"), "had" → "has", "did" → "does", a past tense
// in the present; false for a past tense whose base is unknown.
func (h *head) plainFinite(k, last, subj node) (string, bool) {
	d := h.s.tr
	w := d.w(k)
	lw := strings.ToLower(w.Form)
	if hd, ok := d.head(subj); ok && d.rel(subj) == "expl" {
		// "there had been reports": the verb agrees with "reports", the
		// subject after it, or the noun "there" hangs on (a copula's)
		if hd > k && nominalWord(d.w(hd)) {
			subj = hd
		}
		for _, c := range d.kids(hd, is("nsubj")) {
			if c > k {
				subj = c
			}
		}
	}
	plural := pluralWord(d.w(subj)) || theHeadWords.pluralPronouns[strings.ToLower(d.w(subj).Form)] || subj > 1 && d.w(subj-1).UPOS == "CCONJ"
	if w.XPOS == "MD" {
		if lw == "would" {
			return "will", true
		}
		return lw, true
	}
	if w.XPOS != "VBD" && (w.XPOS != "VBN" || !h.treeFinite(k)) {
		return w.Form, true // (a past tense tagged as a participle is one: treeFinite)
	}
	base := cmpOr(irregular[lw], h.verbBase(k))
	if base == "be" {
		next := k + 1
		for next < last && (d.w(next).UPOS == "ADV" || d.w(next).UPOS == "PART") {
			next++ // "was not", "was also"
		}
		if next < last && d.w(next).XPOS == "VBN" && d.w(subj).UPOS != "PRON" {
			return "", true // a passive: its participle says it
		}
		if next < last && d.w(next).XPOS == "VBN" {
			return w.Form, true // "she was told to": a pronoun's passive reads active without it
		}
	}
	if base == "" {
		return "", false
	}
	return theHeadWords.presentOf(base, plural), true
}

// presentOf returns the present of a base verb for its subject: third
// person singular, or the plural form (data/headlines.yaml plural_present:
// "be" → "are"), else the base.
func (hw *headWords) presentOf(base string, plural bool) string {
	if base == "" {
		return ""
	}
	if plural {
		if f, ok := hw.PluralPresent[base]; ok {
			return f
		}
		return base
	}
	return hw.present(base, false)
}

// complementSubject returns the first word of the subject of a clause the
// verb of saying at n reports with no "that" ("said on Friday she has
// decided ...", "said there had been reports ..."), when that subject
// (or its "there") starts at the word k after the verb or
// only a time the parse hangs on the clause stands between ("said
// Wednesday he believes ...", the day read as the clause's); else noNode.
func (h *head) complementSubject(n, k node) node {
	d := h.s.tr
	for _, c := range d.kids(n, is("ccomp")) {
		if c <= k || !d.within(k, c) {
			continue
		}
		for _, sj := range d.kids(c, is("nsubj", "nsubj:pass", "expl")) {
			first := sj
			for first > k && d.within(first-1, sj) {
				first--
			}
			if first < k {
				continue
			}
			j := k
			for j < first && (h.isTime(j) || d.w(j).UPOS == "PUNCT") {
				j++
			}
			if j == first {
				return first
			}
		}
	}
	return noNode
}

// maxAsideWords bounds the words of an aside in brackets a reported
// clause leaves out ("(EU)", "(parliament)"): a longer one ends the clause.
const maxAsideWords = 3

// asideClose returns the closing bracket of a short aside the word k opens
// ("(" and at most maxAsideWords words, none a bracket or a verb, before
// its ")"), before end; else noNode.
func (h *head) asideClose(k, end node) node {
	d := h.s.tr
	if d.w(k).Form != "(" {
		return noNode
	}
	for j := k + 1; j < end && j <= k+maxAsideWords+1 && int(j) < len(d.words); j++ {
		switch w := d.w(j); {
		case w.Form == ")":
			if j == k+1 {
				return noNode
			}
			return j
		case w.UPOS == "PUNCT" || w.UPOS == "VERB" || w.UPOS == "AUX":
			return noNode
		}
	}
	return noNode
}

// caseOf reports whether the word p is the preposition of the phrase
// whose head is k ("before" of "before summer").
func (h *head) caseOf(p, k node) bool {
	d := h.s.tr
	hd, ok := d.head(p)
	return ok && hd == k && d.rel(p) == "case"
}

// plainContent returns the content clause at x of a statement noun ("a
// statement saying the talks had failed", "an announcement that ...")
// told in its own words (plainClause), from the clause's first word after
// its "that", within budget characters; "" when it cannot be told so.
func (h *head) plainContent(x node, budget int) string {
	d := h.s.tr
	first := x
	for first > 0 && d.within(first-1, x) {
		first--
	}
	for _, m := range d.kids(x, is("mark")) {
		if m == first && strings.EqualFold(d.w(m).Form, "that") {
			first++
		}
	}
	if o := h.tornSubject(x, first); o != noNode {
		first = o
	}
	return h.plainClause(first, node(len(d.words)), budget)
}

// openingPreposition reports whether the one word kept so far (count
// 1), at k, is a preposition opening the clause at first: the time after
// it is its object, whatever the parse hangs it on.
func (h *head) openingPreposition(k, first node, count int) bool {
	return count == 1 && k == first && h.s.tr.w(k).UPOS == "ADP"
}

// timeAdverb reports whether the adverb at a, right before the time word
// at k, is a modifier of that time's phrase ("later this month", "later"
// hung on "month"), which goes with the time.
func (h *head) timeAdverb(a, k node) bool {
	d := h.s.tr
	if a != k-1 || d.w(a).UPOS != "ADV" {
		return false
	}
	hd, ok := d.head(a)
	return ok && hd >= k && h.inTime(hd, a)
}

// tornSubject returns the first word of the subject of the content clause
// at x (whose own words start at first) that the parse tears from it and
// hangs as its object on the participle of saying right before the clause
// ("issued a statement saying the council ruling was \"regrettable\"",
// "ruling" read as the object of "saying" and "was regrettable" as a
// complement of "issued"; a quotation mark may stand between); noNode
// when the clause has a subject of its own or no such object.
func (h *head) tornSubject(x, first node) node {
	d := h.s.tr
	if len(d.kids(x, is("nsubj", "nsubj:pass", "expl"))) > 0 {
		return noNode
	}
	k := first - 1
	for k > 0 && quoteMarks[d.w(k).Form] {
		k--
	}
	o := k // the head of the phrase the word before the clause ends
	for range maxTornClimb {
		hd, ok := d.head(o)
		if !ok || d.rel(o) == "obj" || hd >= first || hd < 0 {
			break
		}
		o = hd
	}
	v, ok := d.head(o)
	if !ok || d.rel(o) != "obj" || v >= o || d.w(v).XPOS != "VBG" || !nominalWord(d.w(o)) && d.w(o).UPOS != "PRON" || d.within(h.event, o) {
		return noNode // (never the statement's own noun: "issued a statement saying ...")
	}
	for j := v + 1; j < first; j++ {
		if !d.within(j, o) && !quoteMarks[d.w(j).Form] {
			return noNode // a word of neither: no clause torn in two
		}
	}
	return v + 1
}

// maxTornClimb bounds the climb from the word before a torn clause to the
// object phrase it ends (tornSubject: "the cabinet decision").
const maxTornClimb = 3

// partsClause reports whether a cut before the word k, in a clause whose
// finite verb is at finite and which ends before last, would part a verb
// after finite from its subject or its clausal complement ("believe the
// closure of the mine contributes to ...": no cut before "of").
func (h *head) partsClause(k, finite, last node) bool {
	d := h.s.tr
	for j := finite + 1; j < last; j++ {
		switch d.rel(j) {
		case "nsubj", "nsubj:pass", "ccomp":
		default:
			continue
		}
		hd, ok := d.head(j)
		if ok && hd > finite && hd < last && min(j, hd) < k && k <= max(j, hd) {
			return true
		}
	}
	return false
}

// accordingClause returns what the clause an "according to" phrase at n
// (its noun) hangs on tells, as a headline says what is said: by the
// rules of saidClause, else in the clause's own words (plainClause) — the
// words before the comma that opens the phrase ("consumer confidence
// fell in December, according to a survey"), or after the comma that
// closes a phrase opening the sentence ("According to the report, 154
// countries have signed the treaty"); "" when there is none, within
// budget characters.
func (h *head) accordingClause(n node, budget int) string {
	d := h.s.tr
	if hd, ok := d.head(n); ok && hd != n {
		if r := h.saidClause(hd, true); r != "" && len(r) <= budget {
			return r
		}
	}
	first := n
	for first > 0 && d.within(first-1, n) {
		first--
	}
	if first > 0 && d.w(first-1).Form == "," {
		return h.plainClause(0, first-1, budget) // "..., according to a survey"
	}
	if first != 0 {
		return ""
	}
	last := n
	for int(last)+1 < len(d.words) && d.within(last+1, n) {
		last++
	}
	if c := last + 1; int(c)+1 < len(d.words) && d.w(c).Form == "," {
		return h.plainClause(c+1, node(len(d.words)), budget) // "According to the report, ..."
	}
	return ""
}

// releasedReport returns the headline of a statement told by the
// participle at n on the noun of an "according to" phrase ("according to
// a survey released Wednesday", "a report issued by the ministry"): who
// issued it, else the noun itself, says what the clause the phrase hangs
// on tells (accordingClause: "Survey says consumer confidence falls"),
// never the bare "Survey released"; else "".
func (h *head) releasedReport(n node) string {
	d := h.s.tr
	hd, ok := d.head(n)
	if h.m.Type != Statement || !ok || d.rel(n) != "acl" || !participleWord(d.w(n)) || !accordingTo(d, hd) {
		return ""
	}
	subj, plural := h.subject()
	if subj == "" {
		subj, plural = h.nounPhrase(hd, 0), pluralWord(d.w(hd))
	}
	if subj == "" {
		return ""
	}
	if r := h.accordingClause(hd, maxTitleChars-len(subj)-len(" says ")); r != "" {
		return capitalize(subj) + " " + theHeadWords.present("say", plural) + " " + r
	}
	return ""
}
