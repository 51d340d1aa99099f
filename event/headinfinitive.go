package event

import (
	"slices"
	"strings"
)

// Bounds of an infinitive told in its own words (plainInfinitive).
const (
	// maxInfinitiveChars is the longest a plain infinitive may run, its
	// "to" included: longer, it is cut before a preposition.
	maxInfinitiveChars = 50
	// minInfinitiveWords is the fewest words it must keep, its "to"
	// included: "to act" says it, "to" alone nothing.
	minInfinitiveWords = 2
)

// plainInfinitive returns what the verb of asking at n asks, told in the
// words of its "to" infinitive when the rules of infinitive and
// bareInfinitive could not tell it ("urged the council to permanently
// disarm" → "to permanently disarm", "called on the states to respect each
// other" → "to respect each other"): the first "to" after n whose verb
// the parse hangs within n's clause, its words up to the first
// punctuation, subordinator or relative word, articles, quotation marks
// and times left out, cut before its last preposition after a noun while
// longer than maxInfinitiveChars; "" when there is none, when it would
// end on a word infinitiveEnd refuses ("to make its strategy clear" cut
// to "clear" is none) or part a subject from its verb, or when it holds a
// pronoun of the speaker or the one spoken to (a quotation's).
func (h *head) plainInfinitive(n node) string {
	d := h.s.tr
	to := noNode
	for k := n + 1; int(k) < len(d.words); k++ {
		w := d.w(k)
		if w.UPOS == "PUNCT" && (w.Form == ";" || w.Form == ":" || w.Form == ".") {
			return ""
		}
		if hd, ok := d.head(k); ok && strings.EqualFold(w.Form, "to") && w.UPOS == "PART" && d.rel(k) == "mark" &&
			d.w(hd).UPOS == "VERB" && (d.w(hd).XPOS == "VB" || d.w(hd).XPOS == "VBN" || d.w(hd).XPOS == "") && hd > k && h.askedClause(hd, n) {
			to = k
			break
		}
	}
	if to == noNode {
		return ""
	}
	verb, _ := d.head(to)
	start := to
	if neg := to - 1; neg > n && d.rel(neg) == "advmod" && (strings.EqualFold(d.w(neg).Form, "not") || strings.EqualFold(d.w(neg).Form, "never")) {
		start = neg // "not to be fooled"
	}
	var words []node
	for k := start; int(k) < len(d.words); k++ {
		w := d.w(k)
		lw := strings.ToLower(w.Form)
		if w.XPOS == "``" || w.XPOS == "''" {
			continue
		}
		if w.UPOS == "PUNCT" && w.Form != "-" || w.UPOS == "SCONJ" || w.UPOS == "CCONJ" || strings.HasPrefix(w.XPOS, "W") {
			break
		}
		if theHeadWords.quotePronoun(w) {
			return ""
		}
		if w.XPOS == "DT" && articles[lw] {
			continue
		}
		if h.isTime(k) || h.inTime(k, verb) {
			for len(words) > 0 && d.w(words[len(words)-1]).UPOS == "ADP" {
				words = words[:len(words)-1] // the time's own preposition goes with it
			}
			continue // "to begin last month": a time is no part of what is asked
		}
		words = append(words, k)
	}
	render := func(ws []node) string {
		var b strings.Builder
		for i, k := range ws {
			if i > 0 && !(d.w(ws[i-1]).End == d.w(k).Start) {
				b.WriteByte(' ')
			}
			b.WriteString(d.w(k).Form)
		}
		return b.String()
	}
	for len(words) > minInfinitiveWords && len(render(words)) > maxInfinitiveChars {
		cut := len(words) - 1
		for cut > minInfinitiveWords && (d.w(words[cut]).UPOS != "ADP" || !nominalWord(d.w(words[cut-1]))) {
			cut--
		}
		if cut <= minInfinitiveWords {
			return ""
		}
		words = words[:cut]
	}
	for len(words) > minInfinitiveWords && trailingFunction[d.w(words[len(words)-1]).UPOS] {
		words = words[:len(words)-1]
	}
	if len(words) < minInfinitiveWords+int(to-start) || len(render(words)) > maxInfinitiveChars || !h.infinitiveEnd(words[len(words)-1], verb) {
		return ""
	}
	kept := map[node]bool{}
	for _, k := range words {
		kept[k] = true
	}
	for _, k := range words {
		if r := d.rel(k); r == "nsubj" || r == "nsubj:pass" {
			if hd, ok := d.head(k); ok && !kept[hd] {
				return "" // "to ensure laws are upheld" cut after "laws": its verb left out
			}
		}
	}
	if last := words[len(words)-1]; last == verb && len(d.kids(verb, is("obj", "ccomp", "xcomp", "obl"))) > 0 {
		return "" // "to ensure" of "to ensure that ...": cut
	}
	return render(words)
}

// askedClause reports whether the infinitive's verb at x hangs on the verb
// of asking at n directly, or through the one asked (its object or
// oblique, or a relative clause or a participle on it the parse hangs the
// infinitive on: "called on nations which still allow child labour
// to limit working hours"), never through another clause ("demanded an
// increase unless they agreed to sell ...").
func (h *head) askedClause(x, n node) bool {
	d := h.s.tr
	for k, depth := x, 0; depth < len(d.words); depth++ {
		hd, ok := d.head(k)
		if !ok {
			return false
		}
		if hd == n {
			return true
		}
		if r := d.rel(hd); !nominalWord(d.w(hd)) && d.w(hd).UPOS != "PRON" && r != "acl:relcl" && r != "acl" {
			return false
		}
		k = hd
	}
	return false
}

// infinitiveEnd reports whether a plain infinitive may end on the word k,
// its verb at verb: a noun, a name, a figure, a pronoun other than a
// personal one ("each other", never "return them"), the verb itself with
// nothing the cut left out, or its particle ("to come forward"); never an
// adjective, a determiner or a function word ("to take bold", "to reach as
// soon").
func (h *head) infinitiveEnd(k, verb node) bool {
	d := h.s.tr
	switch w := d.w(k); {
	case w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "NUM":
		return true
	case w.UPOS == "PRON":
		return w.XPOS != "PRP"
	case k == verb:
		return true
	case w.UPOS == "ADV" || w.UPOS == "ADP":
		hd, ok := d.head(k)
		return ok && hd == verb && (d.rel(k) == "compound:prt" || particleAdverbs[strings.ToLower(w.Form)])
	}
	return false
}

// infinitive returns the verb phrase a verb's complement clause gives it
// as its object: "vowed to give utmost attention", "discussed expanding
// cooperation", or with no object its first oblique: "vowed to push for
// closer cooperation"; "" when the clause has neither.
func (h *head) infinitive(n node) string {
	d := h.s.tr
	for _, x := range d.kids(n, is("xcomp", "advcl", "acl", "dep")) {
		w := d.w(x)
		gerund := d.particleGerund(x, n) // "ruled out sending troops" parsed as advcl or dep
		if d.rel(x) == "advcl" && !hasMark(d, x, "to") && !gerund || d.rel(x) == "dep" && !gerund {
			continue // "vowed ... to give" parsed as a purpose clause counts
		}
		if hasMark(d, x, "whether") {
			continue // "decided whether to press charges": nothing is decided, nor said, to be done
		}
		if d.rel(x) == "acl" && (!hasMark(d, x, "to") || !d.nominal(n)) {
			continue // "urged the organisation to set" parsed with the clause on the object
		}
		if w.UPOS == "ADJ" && hasMark(d, x, "to") && len(d.kids(x, is("cop"))) > 0 && len(d.kids(x, is("ccomp", "xcomp"))) == 0 {
			return toNegated(d, x) + "be " + strings.ToLower(w.Form) // "warned Kim to be careful"
		}
		if w.UPOS != "VERB" {
			return ""
		}
		if aim := h.aimOfEffort(x); aim != noNode {
			x, w = aim, d.w(aim) // "vowed to do everything possible to hunt down the killers"
		}
		var object string
		for _, c := range d.kids(x, is("obj")) {
			if u := d.w(c).UPOS; !h.isTime(c) && (u == "NOUN" || u == "PROPN" || u == "NUM") {
				object, _ = h.phrase(c, false)
				if t := titledOblique(d, x, c); t != noNode && object != "" {
					object = d.casePhrase(t) + " " + object // "to turn against president Abbas" parsed with Abbas the object
				}
				if object == "" && h.definiteThing(c) {
					// "urged the parties to spare the city": a vague
					// object alone says nothing, after its verb it says
					// what is asked
					object = h.nounPhrase(c, 0)
				}
				if p := h.smallPredicate(x, c); object != "" && p != noNode {
					object += " " + h.nounPhrase(p, 0) // "to make Ruritania a priority"
				} else if a := adjectivePredicate(d, x, c); object != "" && a != noNode {
					object += " " + strings.ToLower(d.w(a).Form) // "to keep the port open"
				} else if object != "" {
					object += h.forPhrase(c) // "to back demands for the recall of X"
					object += h.goalOblique(x, c)
				}
			}
			break
		}
		if object == "" && hasMark(d, x, "to") && len(d.kids(x, is("obj", "ccomp", "xcomp"))) == 0 {
			// no object: a "to" infinitive's first oblique with its
			// preposition ("vowed to push for closer cooperation", "to
			// bring about a permanent resolution"), not a time
			object = h.firstOblique(x)
		}
		if object == "" && hasMark(d, x, "to") && len(d.kids(x, is("obj"))) == 0 {
			object = h.catenated(x) // "vowed to keep fighting Israel"
		}
		if object == "" && hasMark(d, x, "to") && len(d.kids(x, is("obj", "ccomp", "xcomp"))) == 0 && h.pluralDoer(n) &&
			(theHeadWords.symmetricVerbs[h.verbBase(x)] || theHeadWords.jointVerbs[h.verbBase(x)]) && (w.XPOS == "VB" || w.XPOS == "") {
			// "the two banks agreed to merge": a plural subject completes
			// the verb, as it does its headline ("agree to merge")
			return toNegated(d, x) + strings.ToLower(w.Form)
		}
		if object == "" {
			return ""
		}
		if w.XPOS == "VBG" || w.XPOS == "" && strings.HasSuffix(strings.ToLower(w.Form), "ing") {
			return strings.ToLower(w.Form) + " " + object // "discussed expanding cooperation"; not "to bring"
		}
		if hasMark(d, x, "to") && (w.XPOS == "VB" || w.XPOS == "") {
			verb := strings.ToLower(w.Form)
			for _, p := range d.kids(x, is("compound:prt")) {
				verb += " " + strings.ToLower(d.w(p).Form) // "hunt down"
			}
			if a := x + 1; len(d.kids(x, is("compound:prt"))) == 0 && slices.Contains(d.kids(x, is("advmod")), a) && len(d.children[a]) == 0 &&
				theHeadWords.goalAdverbs[strings.ToLower(d.w(a).Form)] && !strings.HasPrefix(object, strings.ToLower(d.w(a).Form)+" ") {
				// "not to send back refugee boats" with "back" parsed an
				// adverb: without it the title asks the opposite
				verb += " " + strings.ToLower(d.w(a).Form)
			}
			return toNegated(d, x) + verb + " " + object // the base form
		}
	}
	return ""
}

// appealCases are the prepositions of those an appeal is made to
// ("appealed to the community", "called on the parties").
var appealCases = wordList("appeal_cases")

// appealedTo returns, for an appeal at n, the oblique of those it is made
// to, a noun no actor names, with its preposition, and the "to" clause of
// what they are asked to do ("appealed to the fishing cooperatives to
// rebuild the harbour" → "to fishing cooperatives", "to rebuild
// harbour"), or "", "": an appeal with no such clause says too little to
// name them.
func (h *head) appealedTo(n node) (to, inf string) {
	d := h.s.tr
	if h.m.Type != Appeal {
		return "", ""
	}
	for _, c := range d.kids(n, is("obl")) {
		cw := d.caseWord(c)
		if !appealCases[cw] || h.isTime(c) || d.w(c).UPOS != "NOUN" || c < n || commaBetween(d, n, c) {
			continue
		}
		text := h.nounPhrase(c, 0)
		// the parse may hang the clause on them ("community to back")
		if inf = cmpOr(h.bareInfinitive(n), h.infinitive(c), h.plainInfinitive(n)); text == "" || theHeadWords.vague[strings.ToLower(text)] || !strings.HasPrefix(inf, "to ") {
			return "", ""
		}
		return cw + " " + text, inf
	}
	return "", ""
}

// soughtFor returns the "for" oblique of the verb at n of an appeal or a
// demand, what is asked for ("called for unity", "pressed for talks"), or
// noNode.
func (h *head) soughtFor(n node) node {
	if h.m.Type != Appeal && h.m.Type != Demand {
		return noNode
	}
	d := h.s.tr
	for _, c := range d.kids(n, func(r string) bool { return baseRel(r) == "obl" }) {
		if d.caseWord(c) == "for" && !h.isTime(c) && (d.nominal(c) || h.adjectiveNoun(c)) {
			return c
		}
	}
	return noNode
}

// soughtPhrase returns what is asked for, the phrase at c with the
// actor it is of (phraseOfActor) and a bare noun coordinated with it
// ("appealed for calm and unity" → "calm and unity").
func (h *head) soughtPhrase(c node) string {
	d := h.s.tr
	p := h.phraseOfActor(c)
	for _, k := range d.kids(c, is("conj")) {
		if d.w(k).UPOS == "NOUN" && len(d.kids(k, func(r string) bool { return r != "cc" && r != "punct" })) == 0 {
			p += " and " + strings.ToLower(d.w(k).Form)
		}
		break
	}
	return p
}

// soughtGerund returns what an appeal asks for when it is a gerund clause
// "for" marks with no subject of its own, with the gerund's object
// ("called for exchanging visits": "exchanging visits"), or "".
func (h *head) soughtGerund(n node) string {
	if h.m.Type != Appeal && h.m.Type != Demand {
		return ""
	}
	d := h.s.tr
	for _, c := range d.kids(n, is("advcl", "xcomp")) {
		if !hasMark(d, c, "for") || d.w(c).XPOS != "VBG" || len(d.kids(c, is("nsubj"))) > 0 {
			continue
		}
		g := strings.ToLower(d.w(c).Form)
		if o := d.kids(c, is("obj")); len(o) > 0 {
			g += " " + h.nounPhrase(o[0], 0)
		}
		return g
	}
	return ""
}

// forSubject returns the subject of an appeal's infinitive clause marked
// "for" and "to" ("called for every club to hire": "club"), or noNode.
func (h *head) forSubject(n node) node {
	if h.m.Type != Appeal && h.m.Type != Demand {
		return noNode
	}
	d := h.s.tr
	for _, c := range d.kids(n, is("advcl", "xcomp", "ccomp")) {
		if hasMark(d, c, "for") && hasMark(d, c, "to") {
			if k := d.kids(c, is("nsubj")); len(k) > 0 {
				return k[0]
			}
		}
	}
	return noNode
}

// negation returns the negating adverb of the verb at x with a space
// after it ("never " of "to never use violence", "not " of "didn't", "no
// longer "), or "": a headline that dropped it would say the opposite.
func negation(d *tree, x node) string {
	for _, a := range d.kids(x, is("advmod")) {
		switch lw := strings.ToLower(d.w(a).Form); lw {
		case "never", "not":
			return lw + " "
		case "n't", "n’t":
			return "not "
		case "longer":
			for _, n := range d.kids(a, is("advmod")) {
				if strings.EqualFold(d.w(n).Form, "no") {
					return "no longer " // "was no longer possible"
				}
			}
		}
	}
	return ""
}

// toNegated returns the opening of the "to" infinitive at x with its
// negation where the text puts it: "not to " ("pledged not to reduce"),
// "to never " ("vowed to never use"), or "to ".
func toNegated(d *tree, x node) string {
	neg := negation(d, x)
	if neg == "" {
		return "to "
	}
	for _, a := range d.kids(x, is("advmod")) {
		if strings.EqualFold(d.w(a).Form, strings.TrimSpace(neg)) {
			for _, m := range d.kids(x, is("mark")) {
				if strings.EqualFold(d.w(m).Form, "to") && a < m {
					return neg + "to "
				}
			}
			break
		}
	}
	return "to " + neg
}

// bareInfinitive returns the "to" clause of the verb at n whose verb has
// no object ("called on the Ruritanian voters to abstain": "to abstain";
// the parse may hang it on the voters), or "".
func (h *head) bareInfinitive(n node) string {
	d := h.s.tr
	clauses := d.kids(n, is("xcomp", "advcl"))
	for _, c := range d.kids(n, is("obl")) {
		clauses = append(clauses, d.kids(c, is("acl"))...)
	}
	for _, c := range d.kids(n, is("obl")) {
		if r := h.misreadToVerb(c); r != "" {
			return r
		}
	}
	for _, x := range clauses {
		w := d.w(x)
		if !hasMark(d, x, "to") || w.UPOS != "VERB" || w.XPOS != "VB" && w.XPOS != "" {
			continue
		}
		if len(d.kids(x, is("obj", "ccomp", "xcomp"))) > 0 {
			return h.infinitive(n) // its object completes it, or nothing does
		}
		verb := strings.ToLower(w.Form)
		for _, p := range d.kids(x, is("compound:prt")) {
			verb += " " + strings.ToLower(d.w(p).Form) // "to pull out"
		}
		if a := particleAdverb(d, x); a != noNode {
			verb += " " + strings.ToLower(d.w(a).Form) // "to bounce back"
		}
		return toNegated(d, x) + verb + h.adjectiveComplement(n, x)
	}
	return ""
}

// bareClause reports whether the "to" infinitive complement of the verb
// at n has nothing after it but its particle ("urged Ethiopia to pull
// out", "to act"): one with an oblique or an adverb ("to come forward",
// "to work towards restoring ties") reads cut without them.
func (h *head) bareClause(n node) bool {
	d := h.s.tr
	clauses := d.kids(n, is("xcomp", "advcl"))
	for _, o := range d.kids(n, is("obj")) {
		clauses = append(clauses, d.kids(o, is("acl"))...) // the clause parsed as the object's
	}
	for _, x := range clauses {
		if !hasMark(d, x, "to") || d.w(x).UPOS != "VERB" {
			continue
		}
		for _, k := range d.children[x] {
			switch d.rel(k) {
			case "mark", "compound:prt", "punct":
			default:
				if k != particleAdverb(d, x) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// particleAdverbs are the adverbs that complete a verb as its particle
// does ("bounce back", "come forward", "step down") where the parse reads
// them as adverbs.
var particleAdverbs = wordList("particle_adverbs")

// particleAdverb returns the adverb right after the verb at x that
// completes it as a particle (particleAdverbs), with nothing of its own;
// else noNode.
func particleAdverb(d *tree, x node) node {
	a := x + 1
	if int(a) >= len(d.words) || !slices.Contains(d.kids(x, is("advmod")), a) || len(d.children[a]) > 0 ||
		!particleAdverbs[strings.ToLower(d.w(a).Form)] {
		return noNode
	}
	return a
}

// adjectiveComplement returns the adjective that completes the bare
// infinitive at x of the verb at n (" calm" of "to stay calm"): its own
// adjective complement, or one right after it that the parse hangs on n;
// else "".
func (h *head) adjectiveComplement(n, x node) string {
	d := h.s.tr
	for _, c := range append(d.kids(x, is("xcomp")), d.kids(n, is("xcomp"))...) {
		if w := d.w(c); w.UPOS == "ADJ" && (c == x+1 || d.within(c, x)) {
			return " " + strings.ToLower(w.Form)
		}
	}
	return ""
}

// byMeans returns the "to" infinitive of the verb at n whose verb has no
// object but a "by" gerund that says how ("threatened to respond by
// declining to permit export of timber" → "to respond by declining to
// permit export of timber"), the gerund with its own infinitive or
// object, or "": the bare "to respond" would leave out what is threatened.
func (h *head) byMeans(n node) string {
	d := h.s.tr
	for _, x := range d.kids(n, is("xcomp")) {
		if !hasMark(d, x, "to") || d.w(x).UPOS != "VERB" || len(d.kids(x, is("obj", "iobj", "ccomp", "xcomp"))) > 0 || negation(d, x) != "" {
			continue
		}
		for _, g := range d.kids(x, is("advcl")) {
			form := strings.ToLower(d.w(g).Form)
			if !hasMark(d, g, "by") || !strings.HasSuffix(form, "ing") || negation(d, g) != "" {
				continue
			}
			// what the gerund does to: its object, or its own
			// infinitive's ("declining to permit export", the parse may
			// read "export" as an indirect object)
			verb, obj := form, noNode
			for _, y := range d.kids(g, is("xcomp")) {
				if hasMark(d, y, "to") && d.w(y).UPOS == "VERB" {
					verb += " to " + strings.ToLower(d.w(y).Form)
					g = y
				}
				break
			}
			for _, o := range d.kids(g, is("obj", "iobj")) {
				obj = o
				break
			}
			if obj == noNode || h.isTime(obj) {
				return ""
			}
			if text, _ := h.phrase(obj, false); text != "" {
				to := strings.ToLower(d.w(x).Form)
				for _, p := range d.kids(x, is("compound:prt")) {
					to += " " + strings.ToLower(d.w(p).Form) // "to hit back"
				}
				if a := particleAdverb(d, x); a != noNode {
					to += " " + strings.ToLower(d.w(a).Form)
				}
				return "to " + to + " by " + verb + " " + text
			}
			return ""
		}
	}
	return ""
}

// askedInfinitive returns the "to" infinitive complement of the verb at n
// that says what its patient is asked, told or made to do ("urged
// citizens to shun violence" → "to shun violence"), or "": a passive or
// patient-first headline without it reads cut ("Citizens urged").
func (h *head) askedInfinitive(n node) string {
	d := h.s.tr
	if !slices.ContainsFunc(d.kids(n, is("xcomp", "advcl")), func(x node) bool { return hasMark(d, x, "to") && d.w(x).UPOS == "VERB" }) {
		return ""
	}
	x := h.infinitive(n)
	if x == "" && h.bareClause(n) {
		x = h.bareInfinitive(n) // "ordered to withdraw"
	}
	if strings.HasPrefix(x, "to ") {
		return x
	}
	return ""
}

// triggerInfinitive is askedInfinitive of trigger t's word in mention m.
func (s *sent) triggerInfinitive(t *trigger, m *Mention) string {
	n, ok := s.parsedTrigger(t)
	if !ok {
		return ""
	}
	return (&head{s: s, m: m, used: map[string]bool{}, event: n}).askedInfinitive(n)
}

// aimOf returns the "to" infinitive of the object at o, a noun of an act
// aimed at (data/headlines.yaml aim_nouns: "the move to dissolve the
// court" → "to dissolve court"), or "".
func (h *head) aimOf(o node) string {
	if o == noNode || !theHeadWords.aimNouns[strings.ToLower(h.s.tr.w(o).Form)] {
		return ""
	}
	if x := h.infinitive(o); strings.HasPrefix(x, "to ") {
		return x
	}
	return ""
}

// misreadInfinitive returns the headline of a verb trigger at n after
// "to" that the parse reads as an adjective of its object ("called on
// Borduria to free reporters and jailed monks", "free" parsed as
// modifying "reporters"): the event's one-word type with what it is
// done to ("Release of reporters and jailed monks"),
// the act asked for and not said to be done; else "".
func (h *head) misreadInfinitive(n node) string {
	d := h.s.tr
	hd, ok := d.head(n)
	typ := string(h.m.Type)
	if !ok || n < 1 || !strings.EqualFold(d.w(n-1).Form, "to") || hd <= n || strings.Contains(typ, "_") || !d.nominal(hd) {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(h.nounPhrase(hd, 0)) {
		if !strings.EqualFold(w, d.w(n).Form) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return ""
	}
	objs := []string{strings.Join(words, " ")}
	for _, c := range d.kids(hd, is("conj")) {
		if d.nominal(c) {
			objs = append(objs, h.nounPhrase(c, 0))
		}
	}
	return capitalize(typ) + " of " + joinNames(objs)
}

// misreadToVerb returns the infinitive clause the parse reads as a "to"
// phrase at c whose first modifier is a verb taken for an adjective
// ("called on Borduria to free reporters and jailed monks", "free"
// parsed as modifying "reporters"): "to free reporters and jailed
// monks", the actors it names marked named; else "".
func (h *head) misreadToVerb(c node) string {
	d := h.s.tr
	if d.caseWord(c) != "to" || !d.nominal(c) {
		return ""
	}
	mods := d.kids(c, is("amod"))
	if len(mods) == 0 {
		return ""
	}
	verb := mods[0] // right after "to", a verb's base form
	if w := d.w(verb); verb < 1 || w.UPOS != "ADJ" || !strings.EqualFold(d.w(verb-1).Form, "to") || cameoForms()[strings.ToLower(w.Form)] != strings.ToLower(w.Form) {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(h.nounPhrase(c, 0)) {
		if !strings.EqualFold(w, d.w(verb).Form) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return ""
	}
	objs := []string{strings.Join(words, " ")}
	for _, k := range append([]node{c}, d.kids(c, is("conj"))...) {
		if k != c && d.nominal(k) {
			objs = append(objs, h.nounPhrase(k, 0))
		}
		h.told(k)
	}
	return "to " + strings.ToLower(d.w(verb).Form) + " " + joinNames(objs)
}

// gerundAfterTo returns the lowercased gerund the verb at x takes after
// the preposition "to" as its complement ("contributes to maintaining
// stability", "looks forward to signing"), or "": the headline keeps the
// "to" that infinitive leaves off its gerunds.
func (h *head) gerundAfterTo(x node) string {
	d := h.s.tr
	for _, c := range d.kids(x, is("xcomp", "advcl")) {
		lw := strings.ToLower(d.w(c).Form)
		if hasMark(d, c, "to") && d.w(c).UPOS == "VERB" && (d.w(c).XPOS == "VBG" || d.w(c).XPOS == "" && strings.HasSuffix(lw, "ing")) {
			return lw
		}
	}
	return ""
}

// bareVerbOf reports whether the verb at x has nothing but its subject,
// its object and times: no oblique, complement or infinitive that a
// headline keeping a vague object would cut off ("brought the situation
// under control" is no "brings situation").
func (h *head) bareVerbOf(x node) bool {
	d := h.s.tr
	return !slices.ContainsFunc(d.kids(x, is("obl", "xcomp", "ccomp", "advcl", "iobj")), func(c node) bool { return !h.isTime(c) })
}
