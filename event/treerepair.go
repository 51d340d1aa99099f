package event

import (
	"strings"

	"github.com/chronograph-news/chronograph/nlp/conllu"
	"github.com/chronograph-news/chronograph/token"
)

// treerepair.go: a grammar file (syntax level). It mends sixteen misreadings
// of the parser before any rule reads the tree (a seventeenth in
// treerepair_participle.go, an eighteenth in treerepair_timeroot.go, a
// nineteenth in treerepair_pastnoun.go, a twentieth in
// treerepair_currency.go, a twenty-first in treerepair_possessive.go, a
// twenty-second in treerepair_gerundnoun.go, a twenty-third in
// treerepair_listsubject.go, a twenty-fourth in treerepair_namedpost.go, a
// twenty-fifth in treerepair_timesubject.go).
//
// News puts the time of an act between its subject and its verb ("Hamas on
// Monday called on Israel to ...", "The mayor on Friday urged ..."). The
// parser then often takes the subject for the whole sentence (its root)
// and hangs the verb on it as a reduced relative clause (acl), as if it
// read "Hamas, called on Israel", or as an adverbial clause (advcl) with
// no marker: the rules would then see a participle describing a noun, or
// a clause with no subject, no event or none with its doer. The tagger still reads the verb as a
// finite past tense (VBD, not the participle VBN), which a reduced relative never is:
// that contradiction, with the verb right after a phrase of time hanging
// on the noun, is the cue. The repair makes the verb the root, the noun
// its subject, and hangs the time phrase and the rest of the noun's
// dependents after the verb on the verb. An acronym or gloss in
// parentheses in the same place ("The International Atomic Energy Agency
// (IAEA) said") misleads the parser the same way, into a relative clause
// (acl:relcl) with no subject, no relative pronoun and no marker; the
// parenthesis stays on the noun.

// The second: a past verb right before its object's modifiers ("Jihad
// criticised Palestinian leader Mahmud Abbas") read as a participle
// modifying the object ("criticised leader", as in "the criticised
// leader"), the object then heading the sentence, while the parse still
// gives the verb its subject. A modifier has no subject: the repair makes
// the verb the head and the noun it modified its object
// (repairSubjectedModifier).

// The third: a name right before a span of time that measures the gap to
// another happening ("telephoned Chancellor Angela Merkel hours before she
// met", "met Kim days after the test") read as compound modifiers of the
// time noun, which then stands as the verb's object: "Merkel hours". The
// repair makes the name's last word the head in the time noun's place and
// the time noun a bare modifier of the verb (repairNameBeforeSpan).

// The fourth: a plural noun the tagger reads as a verb in the third
// person ("U.S. stocks closed lower": "stocks" tagged VBZ) and the parser
// then hangs on the verb as an auxiliary, no auxiliary verb being so
// spelt. The repair makes it the verb's subject, a noun, with the word
// that was the subject before it as its compound (repairFalseAuxiliary).

// The fifth: a subject with a relative clause between commas before its
// verb ("Hamas, which took power in January, has warned that ...") read
// with the relative clause's verb as the sentence's root, holding both the
// subject and the relative pronoun, and the true verb as its conjunct.
// The repair makes the conjunct the root, the subject its own, and the
// relative clause's verb a relative clause on the subject
// (repairRelativeRoot).

// The sixth: a name in apposition to a person noun, between commas, read
// as the subject of a report that follows, the reporter as the name's
// apposition ("sacked his transport minister, Anatoly Zaitsev, the
// Interfax news agency reported": Zaitsev reporting, "the agency" his
// apposition). The cue: a verb hung on the root with no conjunction,
// whose subject is a name right after a comma that follows a person noun
// (WordNet's first sense), the name's apposition a common noun that is
// no person. "Russia will act, Sergei Lavrov, the foreign minister,
// said" stays as parsed: the apposition is a person. The repair makes
// the name an apposition of the person noun, the reporter the verb's
// subject (repairAppositionReporter).

// The seventh: a clause opened by a subordinating preposition ("spoke
// hours after a farmer was wounded", "left before the talks had ended")
// read with its subject as the oblique of the preposition on the main
// verb and its verb as a conjunct of the main verb: the conjunct, having
// no subject, would share the main clause's (the speaker wounded). The
// cue: a verb conjunct with no coordinator and no subject of its own whose
// first word is an auxiliary right after an oblique of the main verb marked
// by one of clauseMarkers; or whose first word is the verb itself in a
// finite tense ("suspended the talks after the rebels rejected a demand"),
// right after such an oblique, or such a phrase the parse hangs on a noun
// of the main clause, marked also by one of finiteClauseMarkers ("as").
// The repair makes the oblique's noun the conjunct's subject (passive when the auxiliary is), the preposition its
// marker, and the conjunct an adverbial clause of the main verb
// (repairClauseOblique).

// The eighth: the object of the second of two coordinated verbs hung on
// the first ("arrested two men and seized weapons": "weapons" an object
// of "arrested"), the second verb then left with no object while the
// first has two. A verb has one direct object; a shared object ("arrested
// and questioned five men") stands after both verbs with none before the
// conjunct. The cue: a verb with an object before its verb conjunct and
// another after it, the conjunct having no object or clause complement of
// its own. The repair hangs the second object, and the first verb's
// other dependents after the conjunct, on the conjunct
// (repairStrandedObject).

// The ninth: a report closing the sentence after a comma, its speaker's
// phrase between the comma and the verb, which the parse breaks ("X will
// be completed by 2015, Malaysian Transport Minister Chan Kong Choy said
// Monday" with "Chan" an oblique of "completed"; "..., outgoing Malaysian
// ambassador Shaharuddin Som said here on Thursday" with "said" hung on
// "outgoing"; "..., the Finance Minister said here Monday" with "said" hung
// on an adjective of the reported clause). The cue: a reporting verb of
// invertedSpeech after the root, with no coordinator or marker, whose
// subtree holds the rest of the sentence, after a comma and a phrase of
// nouns, names and their modifiers (speakerPhrase), when the phrase's head
// is not the verb's subject, or the verb hangs on a word other than the
// root (inside the phrase, on a word that is no verb, on a verb inside the
// reported clause: "..., the ministry said" a conjunct of "spending") or
// with a relation no report takes (closingRels: "..., the institute said"
// a relative clause of the root noun). The repair makes the phrase's head
// the verb's subject, the phrase's other stray words its modifiers, and
// the verb, if it hung off the root, with another relation or as a
// conjunct or a complement (a report closing the sentence completes no
// verb of the clause it reports: "X will see the progress, spokesman Y
// said Tuesday", read as the complement of "will see" and so planned), a
// parataxis of the root (repairStrandedReporter). A report the parse
// reads whole, each word of its phrase below the phrase's head, stays as
// parsed.

// The tenth: a report that follows what it reports, its verb before the
// speaker ("..., said Vice Minister of Commerce Jiang Zengwei here on
// Monday"), read with the verb as an adjective of the speaker's title
// ("said" as in "the said minister"). An adjective "said" never follows a
// comma or a closing quotation mark: the repair makes the verb a parataxis
// of the sentence's root and the noun it modified its subject
// (repairInvertedReporter).

// The eleventh: an opening "according to" phrase read as the subject of
// the verb, the true subject after the comma hung inside it ("According to
// a statement released by the company, seven of its workers were taken
// hostage": "statement" the passive subject, "seven" an apposition of
// "company"). The cue: a subject whose first word is "according" and
// whose words after a comma have one head word, hung on a word before the
// comma. The repair makes that word the verb's subject and the "according
// to" phrase its oblique (repairAccordingSubject).

// The twelfth: a span of time that measures the gap to another happening
// right after the verb ("exploded 73 seconds after liftoff", "resigned two
// days before the vote") read as the verb's object. The cue: an object
// that is one of spanNouns, followed by one of spanRelations. The repair
// makes it a bare modifier of the verb (obl:npmod), as the time noun of
// the third repair (repairSpanObject).

// The thirteenth: a count after a verb with no object, opened by a word of
// approximation ("rescued over 700 migrants", "freed about 40 hostages"),
// read as an oblique with that word its preposition. The cue: an oblique
// right after its verb whose case word is one of approximators, with a
// number right after it modifying the oblique's noun. The repair makes the
// noun the verb's object and the word an adverb of the number
// (repairCountedObject).

// The fourteenth: a side named right before the score of a game ("lost to
// China 1-3", "beat South Korea 2-1") read as a modifier of the score's
// first number, which then stands as the oblique or object: "to 1". The
// cue: a number heading a name right before it (compound, flat or
// nmod:unmarked), itself followed by a dash and a number, or spelt with
// one ("2-1"). The repair makes the name's word the head in the number's
// place, with its case and determiner, and the score a bare modifier of
// the verb (obl:npmod) (repairScoreAfterName).

// The fifteenth: a clause opened by "that" after a time phrase of its
// verb of saying ("said on Monday that Putin had spoken by phone") read
// as a relative clause of the time noun ("Monday that ..."), the reported
// clause then lost to the report. A relative clause takes "that" as its
// pronoun, never as a marker (SCONJ, mark): the cue is a relative clause
// with such a marker on a time noun (timeHeads) that is an oblique of a
// verb. The repair makes the clause a complement of that verb (ccomp)
// (repairTimedComplement).

// The sixteenth: a finite verb right after its subject read as a noun, the
// subject then its compound ("A gunman shot a policeman": "gunman shot" as
// in "a warning shot"; "Police fire tear gas"). A noun never takes a direct
// object: the cue is a noun heading an object (obj), at the head of the
// sentence or of a clause (nounVerbRels), with a noun or name right before
// it as its compound or bare modifier (nmod with no case word), when the
// word has a verb reading in the lexicon (a verb trigger whose lemma is one
// of its lemmas: "shot" → "shoot"). The repair makes the word a verb of
// that lemma and the noun before it its subject, with the word's
// modifiers before the subject (its determiner) (repairNounVerb).

// treeRepairs are the repairs above, in the order they run on a parse.
var treeRepairs = []func([]conllu.Token) []conllu.Token{
	repairTimedSubject, repairSubjectedModifier, repairNameBeforeSpan, repairFalseAuxiliary, repairRelativeRoot,
	repairAppositionReporter, repairClauseOblique, repairStrandedObject, repairStrandedReporter, repairInvertedReporter,
	repairAccordingSubject, repairSpanObject, repairCountedObject, repairScoreAfterName, repairTimedComplement,
	repairNounVerb, repairParticipleRoot, repairTimeRoot, repairPastNoun, repairCurrencyWon, repairPossessiveGerund,
	repairGerundNoun, repairListSubject, repairNamedPost, repairTimeSubject,
}

// repairAccordingSubject returns ws with the misreading above mended, or
// ws itself when there is none. It never modifies ws.
func repairAccordingSubject(ws []conllu.Token) []conllu.Token {
	for k := range ws {
		v := ws[k].Head - 1
		if v < 0 || ws[k].DepRel != "nsubj" && ws[k].DepRel != "nsubj:pass" {
			continue
		}
		f := firstOfSubtree(ws, k)
		if !strings.EqualFold(ws[f].Form, "according") {
			continue
		}
		comma := -1
		for j := k + 1; j < v && j < len(ws); j++ {
			if ws[j].Form == "," && inSubtree(ws, j, k) {
				comma = j
			}
		}
		if comma < 0 {
			continue
		}
		top := -1
		for j := comma + 1; j < v; j++ {
			if !inSubtree(ws, j, k) || ws[j].UPOS == "PUNCT" {
				continue
			}
			if h := ws[j].Head - 1; h <= comma {
				if top >= 0 {
					return ws // two heads after the comma: no one subject
				}
				top = j
			}
		}
		if top < 0 || ws[top].UPOS != "NOUN" && ws[top].UPOS != "PROPN" && ws[top].UPOS != "NUM" && ws[top].UPOS != "PRON" {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[top].Head, out[top].DepRel = v+1, ws[k].DepRel
		out[k].DepRel = "obl"
		return out
	}
	return ws
}

// repairTimedSubject returns ws with the misreading above mended, or ws
// itself when there is none. It never modifies ws (the parser's result
// may be shared): a repaired tree is a copy.
func repairTimedSubject(ws []conllu.Token) []conllu.Token {
	for v := range ws {
		h := ws[v].Head - 1
		if !finiteActing(ws, v, h) {
			continue
		}
		t := timePhraseBefore(ws, v, h)
		if t < 0 && !parentheticalBefore(ws, v, h) {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[v].Head, out[v].DepRel = out[h].Head, out[h].DepRel
		out[h].Head, out[h].DepRel = v+1, "nsubj"
		for k := range out {
			if out[k].Head-1 != h || k <= h || k == v {
				continue
			}
			if k > v || k == t {
				out[k].Head = v + 1
				out[k].DepRel = clauseRel(out[k].DepRel)
			}
		}
		return out
	}
	return ws
}

// finiteActing reports whether word v is a finite past verb that the
// parse hangs as a reduced relative (acl) on the word h before it, a noun
// or a name that is the root of the sentence, with no subject of its own:
// nor a relative clause (acl:relcl) or an adverbial clause (advcl) with no
// subject, no relative pronoun and no marker, which a finite verb after
// its subject's time phrase never is either ("opposition leader Aung San
// Suu Kyi on Tuesday urged" with "urged" an advcl of "leader"), nor a bare
// dependent (dep: "Ardena on Thursday said" with "said" a dep of
// "Ardena").
func finiteActing(ws []conllu.Token, v, h int) bool {
	w := ws[v]
	if r := baseRel(w.DepRel); r != "acl" && r != "advcl" && r != "dep" || w.UPOS != "VERB" || w.XPOS != "VBD" {
		return false
	}
	if h < 0 || h >= v || ws[h].Head != 0 || (ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN") {
		return false
	}
	for k := range ws {
		if ws[k].Head-1 == v && (strings.HasPrefix(ws[k].DepRel, "nsubj") || ws[k].DepRel == "mark") {
			return false
		}
	}
	return true
}

// timePhraseBefore returns the dependent of h that ends right before v and
// names a time (a weekday, a month, "week", "night"...: timeHeads), or -1.
func timePhraseBefore(ws []conllu.Token, v, h int) int {
	for k := range ws {
		if ws[k].Head-1 != h || k >= v || k <= h || baseRel(ws[k].DepRel) != "nmod" && baseRel(ws[k].DepRel) != "obl" {
			continue
		}
		if lastOfSubtree(ws, k) != v-1 {
			continue
		}
		if timeHeads[strings.ToLower(ws[k].Form)] {
			return k
		}
	}
	return -1
}

// parentheticalBefore reports whether a dependent of h between
// parentheses ends right before v: the acronym or gloss that news sets
// between a name and its verb ("The International Atomic Energy Agency
// (IAEA) said"), after which the parser takes the verb for a relative
// clause of the name.
func parentheticalBefore(ws []conllu.Token, v, h int) bool {
	if v < 2 || ws[v-1].Form != ")" {
		return false
	}
	for k := h + 1; k < v; k++ {
		if ws[k].Head-1 == h && ws[k-1].Form == "(" && inSubtree(ws, k-1, k) && lastOfSubtree(ws, k) == v-1 {
			return true
		}
	}
	return false
}

// lastOfSubtree returns the last word of the subtree of k.
func lastOfSubtree(ws []conllu.Token, k int) int {
	last := k
	for changed := true; changed; {
		changed = false
		for j := last + 1; j < len(ws); j++ {
			if inSubtree(ws, j, k) {
				last, changed = j, true
			}
		}
	}
	return last
}

// inSubtree reports whether word j lies in the subtree of k.
func inSubtree(ws []conllu.Token, j, k int) bool {
	for steps := 0; j >= 0 && steps <= len(ws); steps++ {
		if j == k {
			return true
		}
		j = ws[j].Head - 1
	}
	return false
}

// clauseRel turns a noun's dependent relation into the verb's: a noun
// modifier becomes an oblique ("nmod:tmod" → "obl:tmod").
func clauseRel(r string) string {
	if b, sub, ok := strings.Cut(r, ":"); ok && b == "nmod" && sub != "poss" {
		return "obl:" + sub
	}
	if r == "nmod" {
		return "obl"
	}
	return r
}

// timeHeads are the head words of a phrase of time set between a subject
// and its verb ("on Monday", "last week", "on Friday night").
var timeHeads = wordList("time_heads")

// repairSubjectedModifier returns ws with a verb the parse reads as a
// modifier (amod) of a noun after it, yet gives a subject of its own, made
// the head of that noun, its object; ws itself when there is none. It
// never modifies ws.
func repairSubjectedModifier(ws []conllu.Token) []conllu.Token {
	for v := range ws {
		h := ws[v].Head - 1
		if ws[v].DepRel != "amod" || ws[v].UPOS != "VERB" || h <= v || h >= len(ws) ||
			(ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN") {
			continue
		}
		subject := false
		for k := range ws {
			subject = subject || ws[k].Head-1 == v && ws[k].DepRel == "nsubj" && k < v
		}
		if !subject {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[v].Head, out[v].DepRel = out[h].Head, out[h].DepRel
		if out[v].Head == 0 {
			out[v].DepRel = "root"
		}
		out[h].Head, out[h].DepRel = v+1, "obj"
		return out
	}
	return ws
}

// repairNameBeforeSpan returns ws with a name the parse made a compound
// modifier of a time noun after it ("Merkel hours before") made the head
// in the time noun's place, the time noun an oblique of its old head
// (obl:npmod); ws itself when there is none. The cue: the time noun is
// one of spanNouns, the word after it one of spanRelations, the word
// before it a proper noun hanging on it as a compound. It never modifies
// ws.
func repairNameBeforeSpan(ws []conllu.Token) []conllu.Token {
	for t := 1; t+1 < len(ws); t++ {
		n := t - 1
		if ws[t].UPOS != "NOUN" || !spanNouns[strings.ToLower(ws[t].Form)] || !spanRelations[strings.ToLower(ws[t+1].Form)] ||
			ws[n].UPOS != "PROPN" || ws[n].Head-1 != t || ws[n].DepRel != "compound" {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[n].Head, out[n].DepRel = out[t].Head, out[t].DepRel
		if out[n].Head == 0 {
			out[n].DepRel = "root"
		} else if strings.HasPrefix(out[n].DepRel, "obl") && !hasChild(ws, t, "case") && !hasChild(ws, ws[t].Head-1, "obj") {
			out[n].DepRel = "obj" // the span read as a bare oblique: the name is the verb's object
		}
		for k := range out {
			if k != n && k < n && out[k].Head-1 == t {
				out[k].Head = n + 1 // the name's other words ("Chancellor Angela")
			}
		}
		out[t].DepRel = "obl:npmod" // on the verb the name is the object of
		return out
	}
	return ws
}

// repairSpanObject returns ws with a span of time read as the verb's
// object, right before a word relating it to another happening, made a
// bare modifier of the verb; ws itself when there is none. It never
// modifies ws.
func repairSpanObject(ws []conllu.Token) []conllu.Token {
	for t := 0; t+1 < len(ws); t++ {
		if ws[t].DepRel != "obj" || ws[t].UPOS != "NOUN" || !spanNouns[strings.ToLower(ws[t].Form)] ||
			!spanRelations[strings.ToLower(ws[t+1].Form)] {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[t].DepRel = "obl:npmod"
		return out
	}
	return ws
}

// repairCountedObject returns ws with a counted object read as an oblique
// of its verb mended (see above), or ws itself when there is none. It
// never modifies ws.
func repairCountedObject(ws []conllu.Token) []conllu.Token {
	for c := 1; c+2 < len(ws); c++ {
		num, noun := c+1, ws[c].Head-1
		if ws[c].DepRel != "case" || !approximators[strings.ToLower(ws[c].Form)] || ws[num].UPOS != "NUM" ||
			ws[num].Head-1 != noun || noun <= num || ws[noun].DepRel != "obl" {
			continue
		}
		v := ws[noun].Head - 1
		if v != c-1 || v < 0 || ws[v].UPOS != "VERB" || hasChild(ws, v, "obj") {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[noun].DepRel = "obj"
		out[c].UPOS, out[c].XPOS, out[c].Head, out[c].DepRel = "ADV", "RB", num+1, "advmod"
		return out
	}
	return ws
}

// repairScoreAfterName returns ws with a side named before a game's score
// and read as the score's modifier mended (see above), or ws itself when
// there is none. It never modifies ws.
func repairScoreAfterName(ws []conllu.Token) []conllu.Token {
	for num := 1; num < len(ws); num++ {
		n := num - 1
		if ws[num].UPOS != "NUM" || ws[n].UPOS != "PROPN" || ws[n].Head-1 != num || !scoredNameRels[ws[n].DepRel] || !scoreAt(ws, num) {
			continue
		}
		h := ws[num].Head - 1
		if h < 0 || ws[h].UPOS != "VERB" {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[n].Head, out[n].DepRel = out[num].Head, out[num].DepRel
		for k := range out {
			if k < n && out[k].Head-1 == num {
				out[k].Head = n + 1 // the name's other words, its case and determiner
			}
		}
		out[num].Head, out[num].DepRel = h+1, "obl:npmod"
		return out
	}
	return ws
}

// repairTimedComplement returns ws with a reported clause read as a
// relative clause of its verb's time noun mended (see above), or ws
// itself when there is none. It never modifies ws.
func repairTimedComplement(ws []conllu.Token) []conllu.Token {
	for v := range ws {
		h := ws[v].Head - 1
		if ws[v].DepRel != "acl:relcl" || h < 0 || !timeHeads[strings.ToLower(ws[h].Form)] || !strings.HasPrefix(ws[h].DepRel, "obl") {
			continue
		}
		r := ws[h].Head - 1
		if r < 0 || ws[r].UPOS != "VERB" || !hasMarker(ws, v, "that") {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[v].Head, out[v].DepRel = r+1, "ccomp"
		return out
	}
	return ws
}

// hasMarker reports whether the word at v has the marker word (mark,
// SCONJ) w.
func hasMarker(ws []conllu.Token, v int, w string) bool {
	for k := range ws {
		if ws[k].Head-1 == v && ws[k].DepRel == "mark" && ws[k].UPOS == "SCONJ" && strings.EqualFold(ws[k].Form, w) {
			return true
		}
	}
	return false
}

// scoredNameRels are the relations the parse hangs a name on a number after it
// with, reading the number as the head.
var scoredNameRels = map[string]bool{"compound": true, "flat": true, "nmod:unmarked": true, "nmod": true}

// scoreAt reports whether the number at i begins a game's score: spelt
// with a dash as one word ("2-1": token.SplitScore) or followed by a dash
// and a number ("1 - 3": token.IsScoreDash).
func scoreAt(ws []conllu.Token, i int) bool {
	f := ws[i].Form
	if _, _, ok := token.SplitScore(f); ok {
		return true
	}
	return i+2 < len(ws) && token.IsScoreDash(ws[i+1].Form) && ws[i+2].UPOS == "NUM" && token.AllDigits(f) && token.AllDigits(ws[i+2].Form)
}

// approximators are the words that approximate a count before it ("over
// 700", "about 40").
var approximators = wordList("approximators")

// spanNouns are the plural time units a span before or after another
// happening is counted in ("hours before", "days after"); spanRelations
// the words that relate the span to it.
var (
	spanNouns     = wordList("span_nouns")
	spanRelations = wordList("span_relations")
)

// repairFalseAuxiliary returns ws with an auxiliary that is no auxiliary
// verb (auxiliaryLemmas), right before its verb and right after the verb's
// subject, made the subject (a plural noun) and the old subject its
// compound; ws itself when there is none. It never modifies ws.
func repairFalseAuxiliary(ws []conllu.Token) []conllu.Token {
	for a := 1; a+1 < len(ws); a++ {
		v := ws[a].Head - 1
		if (ws[a].DepRel != "aux" && ws[a].DepRel != "aux:pass") || v != a+1 || auxiliaryForms[strings.ToLower(ws[a].Form)] ||
			!strings.HasSuffix(strings.ToLower(ws[a].Form), "s") {
			continue
		}
		subj := a - 1
		if ws[subj].Head-1 != v || !strings.HasPrefix(ws[subj].DepRel, "nsubj") || (ws[subj].UPOS != "PROPN" && ws[subj].UPOS != "NOUN") {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[a].UPOS, out[a].XPOS, out[a].DepRel = "NOUN", "NNS", "nsubj"
		out[subj].Head, out[subj].DepRel = a+1, "compound"
		if ws[subj].DepRel == "nsubj:pass" && !hasChild(ws, v, "aux:pass") {
			// the verb read as a passive participle is the past tense
			out[v].XPOS = "VBD"
		}
		for k := range out {
			if k != subj && out[k].Head-1 == subj && k < subj {
				out[k].Head = a + 1 // the subject's own modifiers ("the U.S.")
			}
		}
		return out
	}
	return ws
}

// auxiliaryForms are the words that are auxiliary verbs.
var auxiliaryForms = wordList("auxiliary_forms")

// repairRelativeRoot returns ws with the misreading of a relative clause
// between commas as the sentence's root mended (see above), or ws itself.
// The cue: a root verb with two subjects, a noun or name and after it,
// past a comma, a relative pronoun (relativizers), and a verb conjunct
// after it with no subject of its own. It never modifies ws.
func repairRelativeRoot(ws []conllu.Token) []conllu.Token {
	for r := range ws {
		if ws[r].Head != 0 || ws[r].UPOS != "VERB" {
			continue
		}
		subj, rel, conj := -1, -1, -1
		for k := range ws {
			if ws[k].Head-1 != r {
				continue
			}
			switch {
			case ws[k].DepRel == "nsubj" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") && subj < 0 && k < r:
				subj = k
			case ws[k].DepRel == "nsubj" && relativizers[strings.ToLower(ws[k].Form)] && k < r:
				rel = k
			case ws[k].DepRel == "conj" && ws[k].UPOS == "VERB" && k > r && conj < 0:
				conj = k
			}
		}
		if subj < 0 || rel < 0 || conj < 0 || rel != subj+2 || ws[subj+1].Form != "," || hasSubject(ws, conj) {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[conj].Head, out[conj].DepRel = 0, "root"
		out[r].Head, out[r].DepRel = subj+1, "acl:relcl"
		out[subj].Head = conj + 1
		for k := range out {
			if k != conj && out[k].Head-1 == r && (k > lastOfSubtree(ws, conj) || k == subj+1) {
				out[k].Head = conj + 1 // the closing punctuation, the subject's comma
			}
		}
		return out
	}
	return ws
}

// hasSubject reports whether word v has a subject of its own.
func hasSubject(ws []conllu.Token, v int) bool {
	for k := range ws {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].DepRel, "nsubj") {
			return true
		}
	}
	return false
}

// repairAppositionReporter returns ws with the misreading of a name in
// apposition as a report's subject mended (see above), or ws itself. It
// never modifies ws.
func repairAppositionReporter(ws []conllu.Token) []conllu.Token {
	for v := range ws {
		if ws[v].UPOS != "VERB" || ws[v].DepRel != "conj" && ws[v].DepRel != "parataxis" || hasChild(ws, v, "cc") {
			continue
		}
		for n := range ws[:v] {
			if ws[n].Head-1 != v || ws[n].DepRel != "nsubj" || ws[n].UPOS != "PROPN" || n < 2 || ws[n-1].Form != "," {
				continue
			}
			o := n - 2
			if ws[o].UPOS != "NOUN" || !personWord(strings.ToLower(ws[o].Form)) {
				continue
			}
			a := -1
			for k := n + 1; k < v; k++ {
				if ws[k].Head-1 == n && ws[k].DepRel == "appos" && ws[k].UPOS == "NOUN" && !personWord(strings.ToLower(ws[k].Form)) {
					a = k
				}
			}
			if a < 0 {
				continue
			}
			out := append([]conllu.Token(nil), ws...)
			out[n].Head, out[n].DepRel = o+1, "appos"
			out[a].Head, out[a].DepRel = v+1, "nsubj"
			return out
		}
	}
	return ws
}

// clauseMarkers are the prepositions that also open a clause ("after the
// farmer was wounded") (repairClauseOblique).
var clauseMarkers = wordList("clause_markers")

// clauseSubjectPOS are the word classes the head of such an oblique may
// have: a noun, or a noun the tagger took for an adjective ("after an
// Israeli civilian was wounded"), a number, a pronoun.
var clauseSubjectPOS = map[string]bool{"NOUN": true, "PROPN": true, "ADJ": true, "NUM": true, "PRON": true}

// repairClauseOblique returns ws with the misreading of a subordinate
// clause as an oblique and a conjunct mended (see above), or ws itself. It
// never modifies ws.
func repairClauseOblique(ws []conllu.Token) []conllu.Token {
	for v := range ws {
		if ws[v].UPOS != "VERB" || ws[v].DepRel != "conj" || hasChild(ws, v, "cc") || hasSubject(ws, v) {
			continue
		}
		h := ws[v].Head - 1
		a := -1 // the conjunct's first word: its first auxiliary
		for k := 0; k < v; k++ {
			if ws[k].Head-1 == v && (ws[k].DepRel == "aux" || ws[k].DepRel == "aux:pass") {
				a = k
				break
			}
		}
		finite := false // a verb in a finite tense opens the conjunct
		if a < 0 && finiteXPOS[ws[v].XPOS] {
			a, finite = v, true
		}
		if h < 0 || h >= v || a < 1 || a > v || firstOfSubtree(ws, v) != a {
			continue
		}
		n := clauseOblique(ws, h, a, finite)
		if n < 0 {
			continue
		}
		c := -1
		for k := range ws[:n] {
			if ws[k].Head-1 == n && ws[k].DepRel == "case" {
				c = k
			}
		}
		if c < 0 || !clauseMarkers[strings.ToLower(ws[c].Form)] && !(finite && finiteClauseMarkers[strings.ToLower(ws[c].Form)]) {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[n].Head, out[n].DepRel = v+1, "nsubj"
		if hasChild(ws, v, "aux:pass") {
			out[n].DepRel = "nsubj:pass"
		}
		out[c].Head, out[c].DepRel = v+1, "mark"
		out[v].DepRel = "advcl"
		return out
	}
	return ws
}

// finiteClauseMarkers are the prepositions that open a clause only when
// the word after their noun phrase is a finite verb ("rallied as investors
// bought"), also a preposition of role ("served as envoy") before an
// auxiliary (repairClauseOblique).
var finiteClauseMarkers = wordList("finite_clause_markers")

// clauseOblique returns the noun of the oblique phrase ending right before
// token a, the first word of a conjunct of the verb at h, or -1. The
// oblique hangs on h; when the conjunct opens with its finite verb, it
// may hang on a noun inside h's phrase instead ("barred from meetings
// after a court ruled": "court" read as a modifier of "meetings").
func clauseOblique(ws []conllu.Token, h, a int, finite bool) int {
	n := -1
	for k := h + 1; k < a; k++ {
		if !clauseSubjectPOS[ws[k].UPOS] || lastOfSubtree(ws, k) != a-1 {
			continue
		}
		if finite && commaWithin(ws, firstOfSubtree(ws, k), a) {
			continue // "before the handover, an official said": the speaker's phrase, set off by a comma
		}
		switch {
		case ws[k].Head-1 == h && baseRel(ws[k].DepRel) == "obl":
			n = k
		case finite && baseRel(ws[k].DepRel) == "nmod" && ws[k].Head-1 > h && inSubtree(ws, ws[k].Head-1, h):
			n = k
		}
	}
	return n
}

// firstOfSubtree returns the first word of the subtree of v.
func firstOfSubtree(ws []conllu.Token, v int) int {
	for k := 0; k < v; k++ {
		if inSubtree(ws, k, v) {
			return k
		}
	}
	return v
}

// rootOf returns the root word of ws (the last, should a malformed parse
// give two), or -1.
func rootOf(ws []conllu.Token) int {
	root := -1
	for k := range ws {
		if ws[k].Head == 0 {
			root = k
		}
	}
	return root
}

// hasChild reports whether word h has a dependent of relation rel.
func hasChild(ws []conllu.Token, h int, rel string) bool {
	for k := range ws {
		if ws[k].Head-1 == h && ws[k].DepRel == rel {
			return true
		}
	}
	return false
}

// strandedRels are the relations of the first verb's dependents after its
// conjunct that repairStrandedObject moves to the conjunct with the
// stranded object: its arguments and modifiers, not its punctuation,
// coordination or the frame of a report ("..., police said").
var strandedRels = map[string]bool{
	"obj": true, "iobj": true, "obl": true, "obl:tmod": true, "obl:unmarked": true, "obl:npmod": true,
	"nmod:tmod": true, "advmod": true, "advcl": true, "xcomp": true,
}

// repairStrandedObject returns ws with the object of a verb conjunct that
// the parse hangs on the first verb, which has an object of its own
// before the conjunct, made the conjunct's, with the first verb's other
// dependents after the conjunct (strandedRels); ws itself when there is
// none. It never modifies ws.
func repairStrandedObject(ws []conllu.Token) []conllu.Token {
	for c := range ws {
		v := ws[c].Head - 1
		if ws[c].UPOS != "VERB" || ws[c].DepRel != "conj" || v < 0 || v >= c || ws[v].UPOS != "VERB" ||
			hasChild(ws, c, "obj") || hasChild(ws, c, "ccomp") || hasChild(ws, c, "xcomp") {
			continue
		}
		before, after := false, -1
		for k := range ws {
			if ws[k].Head-1 != v || ws[k].DepRel != "obj" {
				continue
			}
			if k < c {
				before = true
			} else if after < 0 {
				after = k
			}
		}
		if !before || after < 0 {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		for k := c + 1; k < len(ws); k++ {
			if ws[k].Head-1 == v && strandedRels[ws[k].DepRel] {
				out[k].Head = c + 1
			}
		}
		return out
	}
	return ws
}

// closingRels are the relations a closing report takes on the root of the
// clause it reports in the parses kept as they are: UD's parataxis, and
// the conjunct, adverbial clause, unspecified dependent and complement
// the parser also gives it. A report hung on another word of the clause
// ("X has given the go-ahead to increased spending, the ministry said"
// with "said" a conjunct of "increased"; "HIV is the leading cause of
// death, the institute said" with "said" a relative clause of "cause")
// or with another relation reports the whole sentence all the same.
var closingRels = map[string]bool{"parataxis": true, "conj": true, "advcl": true, "dep": true, "ccomp": true}

// strandedReach is how many words the phrase of a stranded reporter may
// hold ("the Manila-based Asian Development Bank"), not counting marks
// of punctuation ("the Nordic Court of Justice (NCJ)": five).
const strandedReach = 11

// repairStrandedReporter returns ws with a closing report's speaker that
// the parse hangs elsewhere made its subject (the ninth misreading above),
// or ws itself when there is none. It never modifies ws.
func repairStrandedReporter(ws []conllu.Token) []conllu.Token {
	root := rootOf(ws)
	if root < 0 {
		return ws
	}
	for v := root + 1; v < len(ws); v++ {
		w := ws[v]
		if w.UPOS != "VERB" || !invertedSpeech[strings.ToLower(w.Form)] || hasChild(ws, v, "cc") || hasChild(ws, v, "mark") || !closes(ws, v) {
			continue
		}
		c, words := v-1, 0
		for c > root && words < strandedReach && ws[c].Form != "," {
			if ws[c].UPOS != "PUNCT" {
				words++
			}
			c--
		}
		if c <= root || ws[c].Form != "," || c == v-1 {
			continue
		}
		p, phrase := speakerPhrase(ws, c, v)
		if !phrase {
			continue
		}
		stranded := !subjectOf(ws, p, v)
		// hung inside the speaker's phrase, on a word that is no verb, on
		// a verb inside the reported clause, or with a relation no report
		// takes
		misplaced := ws[v].Head-1 != root || !closingRels[ws[v].DepRel]
		if !stranded && !misplaced && !strayWords(ws, c, v, p) {
			return ws // the parse reads the report as it is
		}
		out := append([]conllu.Token(nil), ws...)
		for k := c + 1; k < v; k++ {
			if h := ws[k].Head - 1; k != p && (h <= c || h >= v) {
				out[k].Head, out[k].DepRel = p+1, phraseRel(ws[k])
			}
		}
		out[p].Head, out[p].DepRel = v+1, "nsubj"
		if misplaced || ws[v].DepRel == "conj" || ws[v].DepRel == "ccomp" {
			out[v].Head, out[v].DepRel = root+1, "parataxis"
		}
		return out
	}
	return ws
}

// strayWords reports whether a word of the speaker's phrase between the
// comma c and the verb v, other than its head p, hangs outside the phrase:
// on a word of the clause it reports ("..., a senior Nordic Party (NP)
// official said", "Party" read as a complement of the reported verb), so
// that the speaker's phrase loses the name that says whose it is.
func strayWords(ws []conllu.Token, c, v, p int) bool {
	for k := c + 1; k < v; k++ {
		if h := ws[k].Head - 1; k != p && ws[k].UPOS != "PUNCT" && (h <= c || h >= v) {
			return true
		}
	}
	return false
}

// closes reports whether every word after v hangs below v or is a mark of
// punctuation: the report closes the sentence ("..., the minister said
// here on Monday.").
func closes(ws []conllu.Token, v int) bool {
	for k := v + 1; k < len(ws); k++ {
		if ws[k].UPOS != "PUNCT" && !inSubtree(ws, k, v) {
			return false
		}
	}
	return true
}

// speakerPhrase returns the head of the name or noun phrase that fills
// the words between the comma c and the verb v, and whether they make
// one: nouns, names, their determiners, adjectives and participles ("the
// Philippines-based Asian Development Bank (ADB)", "outgoing Malaysian
// ambassador to Zimbabwe Shaharuddin Som"), no finite verb, no
// coordinator. The head is v's subject when the parse gives one there,
// else the last noun or name whose head lies outside the phrase.
func speakerPhrase(ws []conllu.Token, c, v int) (int, bool) {
	subj, last, named := -1, -1, false
	for k := c + 1; k < v; k++ {
		switch ws[k].UPOS {
		case "PROPN", "NOUN":
			named = true
			if h := ws[k].Head - 1; h <= c || h >= v {
				if subjectOf(ws, k, v) {
					subj = k
				} else {
					last = k
				}
			}
		case "ADJ", "DET", "PART", "PUNCT", "NUM", "ADP":
		case "VERB":
			if ws[k].DepRel != "amod" && ws[k].XPOS != "VBN" && ws[k].XPOS != "VBG" {
				return -1, false // a finite clause of its own, no name phrase ("outgoing" is a participle)
			}
		default:
			return -1, false
		}
	}
	head := subj
	if head < 0 {
		head = last
	}
	return head, named && head >= 0
}

// subjectOf reports whether word k is a subject of word v.
func subjectOf(ws []conllu.Token, k, v int) bool {
	return ws[k].Head-1 == v && strings.HasPrefix(ws[k].DepRel, "nsubj")
}

// phraseRel is the relation a word of a speaker's phrase the parse hung
// elsewhere takes on the phrase's head.
func phraseRel(w conllu.Token) string {
	switch w.UPOS {
	case "NOUN", "PROPN":
		return "compound"
	case "ADJ", "VERB":
		return "amod"
	case "DET":
		return "det"
	case "PUNCT":
		return "punct"
	}
	return "dep"
}

// repairInvertedReporter returns ws with a reporting verb after a comma
// or a closing quotation mark that the parse reads as an adjective of
// the noun after it made a parataxis of the root with that noun for
// subject (the tenth misreading above), or ws itself when there is none.
// It never modifies ws.
func repairInvertedReporter(ws []conllu.Token) []conllu.Token {
	root := rootOf(ws)
	if root < 0 {
		return ws
	}
	for v := max(1, root+1); v < len(ws); v++ {
		w := ws[v]
		h := w.Head - 1
		if w.DepRel != "amod" || w.XPOS != "VBD" || !invertedSpeech[strings.ToLower(w.Form)] ||
			h <= v || ws[h].UPOS != "PROPN" && ws[h].UPOS != "NOUN" || ws[v-1].Form != "," && !quoteMarks[ws[v-1].Form] {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[v].Head, out[v].DepRel, out[v].UPOS = root+1, "parataxis", "VERB"
		out[h].Head, out[h].DepRel = v+1, "nsubj"
		return out
	}
	return ws
}

// nounVerbRels are the relations a verb read as a noun may hold that a
// clause holds (repairNounVerb): the sentence's head, a reported clause,
// an aside.
var nounVerbRels = map[string]bool{"root": true, "ccomp": true, "parataxis": true}

// repairNounVerb returns ws with a verb read as a noun heading an object
// mended (see above), or ws itself when there is none. It never modifies
// ws.
func repairNounVerb(ws []conllu.Token) []conllu.Token {
	for v := 1; v < len(ws); v++ {
		if ws[v].UPOS != "NOUN" || !nounVerbRels[ws[v].DepRel] || !hasChild(ws, v, "obj") {
			continue
		}
		subj := v - 1
		if ws[subj].Head-1 != v || (ws[subj].UPOS != "NOUN" && ws[subj].UPOS != "PROPN") ||
			(ws[subj].DepRel != "compound" && (ws[subj].DepRel != "nmod" || hasChild(ws, subj, "case"))) {
			continue
		}
		lemma, ok := verbReading(ws[v].Form)
		if !ok {
			continue
		}
		out := append([]conllu.Token(nil), ws...)
		out[v].UPOS, out[v].XPOS, out[v].Lemma, out[v].Feats = "VERB", verbTag(ws[v].Form, lemma), lemma, "_"
		out[subj].DepRel = "nsubj"
		for k := 0; k < subj; k++ {
			if out[k].Head-1 == v {
				out[k].Head = subj + 1 // the subject's own modifiers ("a gunman")
			}
		}
		return out
	}
	return ws
}

// verbReading returns the lemma of a verb trigger of the lexicon that form
// may inflect ("shot" → "shoot", "fire"), and whether there is one.
func verbReading(form string) (string, bool) {
	for _, l := range lemmas(form) {
		for _, i := range theLexicon.byFirst[l] {
			if e := &theLexicon.entries[i]; len(e.words) == 1 && e.verb() {
				return l, true
			}
		}
	}
	return "", false
}

// verbTag returns the tag of form read as a finite verb of lemma: the third
// person present for a form with -s ("fires"), the base form's present for
// the lemma itself ("fire"), the past otherwise ("shot", "attacked").
func verbTag(form, lemma string) string {
	f := strings.ToLower(form)
	switch {
	case f == lemma:
		return "VBP"
	case strings.HasSuffix(f, "s") && !strings.HasSuffix(lemma, "s"):
		return "VBZ"
	}
	return "VBD"
}
