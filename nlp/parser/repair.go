package parser

import (
	"strings"
	"time"

	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// The transitions can leave a tree Universal Dependencies does not allow:
// a word hung on punctuation, a verb with two subjects, a passive subject
// with no passive auxiliary. repair mends what the tree itself shows to be
// wrong, keeping the rest as decoded; the gold trees of the training data
// have almost none of these, news read by the parser some (6% of
// TE3-Silver sentences had an arc from punctuation, 4% a second subject).
// It also mends the constructions news has and the training trees seldom
// do, where the tree shows the misreading: a clause opened by "after" or
// "before" read as a prepositional phrase and a conjunct; a passive with a
// time between its auxiliary and its participle ("was on Saturday
// expelled"); the speaker of a closing ", officials said" hung elsewhere;
// a conjunct joined across a relative clause; and a bare weekday read as
// a subject, an object or a conjunct ("The bank Tuesday imposed limits":
// one weekday in six came out a core argument); and a sentence opened by
// a comparative count ("More than 50 students demonstrated") read as
// rooted in "More". A repair looks at a
// word's dependents at most once per word it mends, so its cost is at
// worst quadratic in a sentence's words, which the tokenizer bounds
// (token.MaxSentence); none moves the EWT or GUM test scores by more than
// an arc.

// repair mends the decoded tree s (see above).
func repair(s *conllu.Sentence) {
	liftFromPunct(s)
	clauseAfterAdposition(s)
	timedPassives(s)
	trailingSpeaker(s)
	nearConjuncts(s)
	bareWeekdays(s)
	comparativeCounts(s)
	oneSubject(s)
	activeSubjects(s)
}

// liftFromPunct gives each word the parse hung on punctuation the
// punctuation's own head: punctuation heads nothing in Universal
// Dependencies ("denied that it had sent troops." with "sent" on the
// period is "sent" on "denied"); punctuation that is the root keeps its
// dependents (a sentence of punctuation alone). A clause keeps its
// relation (liftedClauses); any other word takes the unspecified
// relation fallbackLabel: a relation chosen for a punctuation head says
// nothing of the new one ("Shoigu arrived in Pyongyang since Putin held
// talks with Trump." with "Trump" a subject of the period is no subject
// of "arrived").
func liftFromPunct(s *conllu.Sentence) {
	ups := punctAnchors(s)
	lifted := make([]bool, len(s.Tokens))
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.Head <= 0 || t.Head >= len(ups) || ups[t.Head] == t.Head {
			continue
		}
		t.Head, lifted[i] = ups[t.Head], true
		if t.UPOS != "PUNCT" && !liftedClauses[baseRelation(t.DepRel)] {
			t.DepRel = fallbackLabel
		}
	}
	markLiftedClauses(s, lifted)
}

// punctAnchors returns, for each word number w (1-based), the word a
// dependent of w is lifted to: w itself unless w is punctuation with a
// head, else the first ancestor of w that is not (or punctuation at the
// root). Each chain of punctuation is walked once.
func punctAnchors(s *conllu.Sentence) []int {
	n := len(s.Tokens)
	up := make([]int, n+1)
	done := make([]bool, n+1)
	var path []int
	for w := 1; w <= n; w++ {
		path = path[:0]
		v := w
		for !done[v] {
			if t := s.Tokens[v-1]; t.UPOS != "PUNCT" || t.Head <= 0 || t.Head > n {
				up[v], done[v] = v, true
				break
			}
			path = append(path, v)
			done[v] = true // on the path: a tree has no cycle, this guards a malformed one
			v = s.Tokens[v-1].Head
		}
		for _, p := range path {
			up[p] = up[v]
		}
	}
	return up
}

// markLiftedClauses mends a subordinator lifted from punctuation with the
// clause after it: it marks the first lifted verb that follows it, and a
// clause "that" opens under a verb is that verb's complement ("denied
// that it had sent troops." hung on the period: "that" marks "sent",
// "sent" the complement of "denied").
func markLiftedClauses(s *conllu.Sentence, lifted []bool) {
	next := -1 // the first lifted verb after i
	for i := len(s.Tokens) - 1; i >= 0; i-- {
		t := &s.Tokens[i]
		if !lifted[i] {
			continue
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			next = i
			continue
		}
		if t.UPOS != "SCONJ" || next < 0 {
			continue
		}
		v := &s.Tokens[next]
		t.Head, t.DepRel = next+1, "mark"
		if strings.EqualFold(t.Form, "that") && v.Head > 0 && s.Tokens[v.Head-1].UPOS == "VERB" && (v.DepRel == "advcl" || v.DepRel == fallbackLabel) {
			v.DepRel = "ccomp"
		}
	}
}

// liftedClauses are the relations a word lifted from punctuation keeps: a
// clause's relation to the clause it joins tells what it is, whatever
// word it hangs on ("after arriving" stays an adverbial clause).
var liftedClauses = map[string]bool{"advcl": true, "ccomp": true, "xcomp": true, "parataxis": true}

// baseRelation is a relation without its subtype ("advcl:relcl" → "advcl").
func baseRelation(rel string) string {
	base, _, _ := strings.Cut(rel, ":")
	return base
}

// oneSubject leaves each word one subject: of several nominal subjects, one
// with a preposition is an oblique ("The left on Tuesday reached" with
// "Tuesday" a subject), and one after a coordinating conjunction is a
// conjunct of the subject before it when both come before the verb
// ("Jiang Zemin and Li Peng thanked Chirac" with both subjects of
// "thanked"). Others are left as they are.
func oneSubject(s *conllu.Sentence) {
	subjects := map[int][]int{} // by head, in text order
	var heads []int
	for i, t := range s.Tokens {
		if t.Head > 0 && (t.DepRel == "nsubj" || t.DepRel == "nsubj:pass") {
			if len(subjects[t.Head]) == 1 {
				heads = append(heads, t.Head)
			}
			subjects[t.Head] = append(subjects[t.Head], i)
		}
	}
	if len(heads) == 0 {
		return
	}
	cased := childRelations(s, "case")
	for _, h := range heads {
		var kept []int
		for _, i := range subjects[h] {
			if cased[i+1] {
				s.Tokens[i].DepRel = "obl"
				continue
			}
			kept = append(kept, i)
		}
		if len(kept) < 2 {
			continue
		}
		// one walk from the first subject: a later one is its conjunct
		// when a conjunction and no verb stand between them, before h
		first, k, cc := kept[0], 1, false
		for j := first + 1; j < h-1 && k < len(kept); j++ {
			if j == kept[k] {
				if cc {
					s.Tokens[j].Head, s.Tokens[j].DepRel = first+1, "conj"
				}
				k++
			}
			switch s.Tokens[j].UPOS {
			case "VERB", "AUX":
				j = h // a verb between: no later subject is a conjunct
			case "CCONJ":
				cc = true
			}
		}
	}
}

// childRelations returns, for each word number (0: the root), whether it
// has a dependent of relation rel.
func childRelations(s *conllu.Sentence, rel string) []bool {
	has := make([]bool, len(s.Tokens)+1)
	for _, t := range s.Tokens {
		if t.DepRel == rel && t.Head >= 0 && t.Head < len(has) {
			has[t.Head] = true
		}
	}
	return has
}

// activeSubjects makes a passive subject whose verb has no passive
// auxiliary an active one: "The United Nations has urged the world" with
// "Nations" a passive subject of "urged" is its agent.
func activeSubjects(s *conllu.Sentence) {
	var auxPass []bool
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.DepRel != "nsubj:pass" || t.Head <= 0 {
			continue
		}
		if auxPass == nil {
			auxPass = childRelations(s, "aux:pass")
		}
		if !auxPass[t.Head] {
			t.DepRel = "nsubj"
		}
	}
}

// unmarkedTime is the relation Universal Dependencies gives a bare noun
// phrase of time under a verb (obl:tmod before UD 2.14).
const unmarkedTime = "obl:unmarked"

// bareWeekdays makes a day of the week the parse left a core argument
// (subject, object, indirect object) without a preposition a time of its
// verb, and so one it joined to a core argument before that verb as a
// conjunct or an apposition with no coordinator: "Albania agreed
// Wednesday on the need" with "Wednesday" the object of "agreed", "Tong
// Wen, a judo player, Tuesday expressed" with "Tuesday" a conjunct of the
// subject. When the day heads the noun phrase of the real
// argument, that phrase's noun takes the day's relation and keeps its
// words: a name before the day ("The central bank Negara Tuesday
// imposed", "Negara" a compound of "Tuesday") or, for a subject, an
// apposition after it and before the verb ("Last Friday, a collision
// killed", "collision" an apposition of "Friday").
func bareWeekdays(s *conllu.Sentence) {
	var cased []bool
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.Head <= 0 || !coreArgument[t.DepRel] || !isWeekday(t.Form) {
			continue
		}
		if cased == nil {
			cased = childRelations(s, "case")
		}
		if cased[i+1] {
			continue // "on Monday" as a subject: oneSubject's case
		}
		if t.DepRel == "obj" && predicatedObject(s, i) {
			continue // "declared Saturday a holiday": Saturday is the object
		}
		if r := weekdayPhrase(s, i); r >= 0 {
			for j := range r {
				if d := &s.Tokens[j]; d.Head == i+1 && r < i {
					d.Head = r + 1 // the determiner and modifiers before the name
				}
			}
			s.Tokens[r].Head, s.Tokens[r].DepRel = t.Head, t.DepRel
		}
		t.DepRel = unmarkedTime
	}
	for i := range s.Tokens {
		// "Tong Wen, one of China's top players, Tuesday expressed" with
		// "Tuesday" a conjunct of the subject: no conjunct without a
		// coordinator, but the verb's time
		t := &s.Tokens[i]
		if t.DepRel != "conj" && t.DepRel != "appos" || t.Head <= 0 || t.Head > i || !isWeekday(t.Form) || hasChild(s, i, "cc", "case") {
			continue
		}
		n := s.Tokens[t.Head-1]
		if !coreArgument[n.DepRel] || n.Head <= i || s.Tokens[n.Head-1].UPOS != "VERB" {
			continue // the noun's verb comes after the day, as a time before its verb does
		}
		t.Head, t.DepRel = n.Head, unmarkedTime
	}
}

// coreArgument are the relations of a verb's core arguments a bare
// weekday is never given.
var coreArgument = map[string]bool{"nsubj": true, "nsubj:pass": true, "obj": true, "iobj": true}

// weekdayPhrase returns the word of the noun phrase a weekday at i heads
// that is the real argument (see bareWeekdays), or -1: its last nominal
// compound or flat dependent before it, else a nominal apposition after
// it (for a subject, before its verb).
func weekdayPhrase(s *conllu.Sentence, i int) int {
	t := s.Tokens[i]
	for j := i - 1; j >= 0; j-- {
		d := s.Tokens[j]
		if d.Head == i+1 && (d.DepRel == "compound" || d.DepRel == "flat") && nominal(d.UPOS) {
			return j
		}
	}
	end := len(s.Tokens)
	if strings.HasPrefix(t.DepRel, "nsubj") {
		end = t.Head - 1
	}
	for j := i + 1; j < end; j++ {
		if d := s.Tokens[j]; d.Head == i+1 && d.DepRel == "appos" && nominal(d.UPOS) {
			return j
		}
	}
	return -1
}

// predicatedObject reports whether the object at i has a predicate after
// it: its verb has an open complement, a second object or a bare noun
// phrase after it ("declared Saturday a holiday", "holiday" also read as
// a time).
func predicatedObject(s *conllu.Sentence, i int) bool {
	for j := i + 1; j < len(s.Tokens); j++ {
		d := s.Tokens[j]
		if d.Head != s.Tokens[i].Head || isWeekday(d.Form) {
			continue
		}
		if d.DepRel == "xcomp" || d.DepRel == "obj" || d.DepRel == unmarkedTime && nominal(d.UPOS) {
			return true
		}
	}
	return false
}

// nominal reports whether a word of tag upos can head a noun phrase.
func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "PRON" }

// isWeekday reports whether form names a day of the week ("Tuesday"), by
// the standard library's names.
func isWeekday(form string) bool {
	if len(form) < len("Monday") || len(form) > len("Wednesday") {
		return false
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(form, d.String()) {
			return true
		}
	}
	return false
}

// clauseOpeners are the words that open either a prepositional phrase or
// a clause ("after the raid", "after gunmen raided the town").
var clauseOpeners = wordList("clause_openers")

// asOpener is the opener also read as one when the verb hangs on the noun
// as its modifier ("as the rebels swept across"): after "as" a noun and a
// conjunct verb are more often a role and the main clause ("described as
// the chief of the council, left Saudi Arabia").
const asOpener = "as"

// clauseAfterAdposition mends a clause one of clauseOpeners opens that
// the parse split into an oblique noun phrase and a conjunct verb: "Israel
// restored its operation three days after militant groups, headed by
// Hamas, abducted a soldier" with "groups" an oblique of "restored" and
// "abducted" its conjunct. A finite conjunct verb with no subject and no
// coordinator, after such an oblique of its head, takes the oblique's noun
// for subject and the opener for its mark, and is the head's adverbial
// clause. So is a finite verb the parse hung on such a noun as its
// modifier ("after three companies applied Tuesday" with "applied" an acl
// of "companies").
func clauseAfterAdposition(s *conllu.Sentence) {
	for v := range s.Tokens {
		t := &s.Tokens[v]
		if t.DepRel != "conj" || t.UPOS != "VERB" || !finiteTag(t.XPOS) || t.Head <= 0 || t.Head > v {
			continue
		}
		if hasChild(s, v, "nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass", "csubj:outer", "cc") {
			continue // a subject of its own, or a true conjunct
		}
		n, opener := openedOblique(s, t.Head-1, v)
		if n < 0 {
			continue
		}
		s.Tokens[n].Head, s.Tokens[n].DepRel = v+1, "nsubj"
		s.Tokens[opener].Head, s.Tokens[opener].DepRel = v+1, "mark"
		t.DepRel = "advcl"
	}
	for v := range s.Tokens {
		// the clause's verb hung on its subject as a modifier: "after
		// three companies applied" with "applied" an acl of "companies"
		t := &s.Tokens[v]
		if t.DepRel != "acl" || t.UPOS != "VERB" || !finiteTag(t.XPOS) || t.Head <= 0 || t.Head > v {
			continue
		}
		n := t.Head - 1
		d := &s.Tokens[n]
		if b := baseRelation(d.DepRel); b != "obl" && b != "nmod" || d.Head <= 0 || !nominal(d.UPOS) {
			continue
		}
		opener := -1
		for k := range n {
			if c := s.Tokens[k]; c.Head == n+1 && c.DepRel == "case" && (clauseOpeners[strings.ToLower(c.Form)] || strings.EqualFold(c.Form, asOpener)) {
				opener = k
			}
		}
		if opener < 0 || hasChild(s, v, "nsubj", "nsubj:pass", "mark", "aux:pass") {
			continue
		}
		t.Head, t.DepRel = d.Head, "advcl"
		d.Head, d.DepRel = v+1, "nsubj"
		s.Tokens[opener].Head, s.Tokens[opener].DepRel = v+1, "mark"
	}
}

// hasChild reports whether word i (0-based) has a dependent of one of
// the relations rels.
func hasChild(s *conllu.Sentence, i int, rels ...string) bool {
	for _, d := range s.Tokens {
		if d.Head == i+1 {
			for _, r := range rels {
				if d.DepRel == r {
					return true
				}
			}
		}
	}
	return false
}

// openedOblique returns the last noun between h and v that is an oblique
// of h marked by one of clauseOpeners, and that opener; -1 when there is
// none.
func openedOblique(s *conllu.Sentence, h, v int) (n, opener int) {
	for j := v - 1; j > h; j-- {
		d := s.Tokens[j]
		if d.Head != h+1 || baseRelation(d.DepRel) != "obl" || !nominal(d.UPOS) {
			continue
		}
		for k := h + 1; k < j; k++ {
			if c := s.Tokens[k]; c.Head == j+1 && c.DepRel == "case" && clauseOpeners[strings.ToLower(c.Form)] {
				return j, k
			}
		}
		return -1, -1 // the nearest oblique has another preposition
	}
	return -1, -1
}

// finiteTag reports whether a Penn tag is that of a finite verb.
func finiteTag(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// timedPassives mends a passive whose auxiliary is parted from its
// participle by a time, which the parse reads as a copula: "was on
// Saturday expelled" with "Saturday" the predicate and "expelled" its
// modifier, "were last week sentenced" likewise, or "was on Monday
// elected" with "was" a copula of the verb. A copula is never a verb's
// (Universal Dependencies): on a past participle after a time it is its
// passive auxiliary, and the subject a passive one; on a time predicate with a
// past participle right after it, the participle heads the clause and the
// time is its oblique.
func timedPassives(s *conllu.Sentence) {
	for c := range s.Tokens {
		b := &s.Tokens[c]
		if b.DepRel != "cop" || b.Head <= 0 {
			continue
		}
		p := b.Head - 1
		if s.Tokens[p].UPOS != "VERB" && timePredicate(s, p) {
			v := participleAfter(s, p)
			if v < 0 {
				continue
			}
			pt, vt := &s.Tokens[p], &s.Tokens[v]
			vt.Head, vt.DepRel = pt.Head, pt.DepRel
			for j := range s.Tokens {
				if d := &s.Tokens[j]; d.Head == p+1 && j != v && !timeModifier(d.DepRel) {
					d.Head = v + 1 // the subject, the copula, the punctuation
				}
			}
			pt.Head, pt.DepRel = v+1, timeRelation(s, p)
			p = v
		}
		if t := s.Tokens[p]; t.UPOS != "VERB" || t.XPOS != "VBN" && t.XPOS != "VBD" || !timeBetween(s, c, p) {
			continue // "is interested": an adjective the tagger took for a participle
		}
		b.DepRel = "aux:pass"
		for j := range s.Tokens {
			if d := &s.Tokens[j]; d.Head == p+1 && d.DepRel == "nsubj" {
				d.DepRel = "nsubj:pass"
			}
		}
	}
}

// timeBetween reports whether a time the verb at p governs lies between
// the copula at c and p ("was on Monday elected").
func timeBetween(s *conllu.Sentence, c, p int) bool {
	for j := c + 1; j < p; j++ {
		if s.Tokens[j].Head == p+1 && timePredicate(s, j) {
			return true
		}
	}
	return false
}

// timePredicate reports whether the word at p, a copula's predicate, is
// a time: a weekday, or a phrase the parse dates without a verb ("last
// week", "in 2001": a number or a noun with a time modifier).
func timePredicate(s *conllu.Sentence, p int) bool {
	t := s.Tokens[p]
	if isWeekday(t.Form) {
		return true
	}
	if t.UPOS == "NUM" && len(t.Form) == len("2001") {
		return true // a year
	}
	for _, d := range s.Tokens {
		if d.Head == p+1 && d.DepRel == "amod" && timeAdjectives[strings.ToLower(d.Form)] {
			return true
		}
	}
	return false
}

// timeAdjectives make a noun a time predicate ("last week").
var timeAdjectives = wordList("time_adjectives")

// participleAfter returns the past participle (or past form) the parse
// hangs on p as a modifier right after p's phrase, or -1.
func participleAfter(s *conllu.Sentence, p int) int {
	for v := p + 1; v < len(s.Tokens); v++ {
		t := s.Tokens[v]
		if t.Head != p+1 {
			continue
		}
		if (t.DepRel == "acl" || t.DepRel == "advcl") && t.UPOS == "VERB" && (t.XPOS == "VBN" || t.XPOS == "VBD") {
			if hasChild(s, v, "nsubj", "nsubj:pass", "mark", "advmod") {
				return -1 // a clause of its own: "is in 1974 when Vilas won"
			}
			return v
		}
		if t.UPOS != "PUNCT" && !timeModifier(t.DepRel) {
			return -1
		}
	}
	return -1
}

// timeModifier reports whether a relation keeps a dependent with the
// time phrase it modifies: its preposition, determiner, adjectives and
// the like.
func timeModifier(rel string) bool {
	switch rel {
	case "case", "det", "amod", "nummod", "compound", "nmod:unmarked", "advmod":
		return true
	}
	return false
}

// timeRelation is the relation of the time at p under the participle: an
// oblique with its preposition, a bare time without.
func timeRelation(s *conllu.Sentence, p int) string {
	for _, d := range s.Tokens {
		if d.Head == p+1 && d.DepRel == "case" {
			return "obl"
		}
	}
	return unmarkedTime
}

// trailingSpeaker mends a sentence that closes on a speaker and a verb
// after a comma ("The leaders met in a hotel, journalists from Tirana
// said.") when the parse hangs the speaker's phrase on a word before the
// comma (an apposition, a conjunct) and leaves the verb with no subject:
// the phrase between the comma and the verb, one subtree with a noun
// head and no preposition, is the verb's subject, and a verb joined as a
// conjunct or an unspecified dependent with no coordinator is a
// parenthetical (parataxis), as Universal Dependencies writes ", X said".
// The verb's clause must close the sentence, and the phrase have no
// relative clause ("Cordovez, a diplomat who helped negotiate the
// withdrawal" is no speaker).
func trailingSpeaker(s *conllu.Sentence) {
	for v := range s.Tokens {
		t := &s.Tokens[v]
		if t.UPOS != "VERB" || !finiteTag(t.XPOS) || !closingRelations[t.DepRel] || hasChild(s, v, "nsubj", "nsubj:pass", "csubj", "cc", "expl") || !closes(s, v) {
			continue
		}
		comma := -1
		for j := v - 1; j >= 0; j-- {
			if s.Tokens[j].Form == "," {
				comma = j
				break
			}
		}
		if comma < 0 || comma+1 >= v {
			continue
		}
		r := -1 // the one word of the phrase whose head lies outside it
		for j := comma + 1; j < v; j++ {
			if h := s.Tokens[j].Head - 1; h <= comma || h >= v {
				if r >= 0 {
					r = -2
					break
				}
				r = j
			}
		}
		if r < 0 {
			continue
		}
		n := &s.Tokens[r]
		if !nominal(n.UPOS) || n.UPOS == "PRON" || strings.HasPrefix(n.DepRel, "nsubj") || n.Head == v+1 || hasChild(s, r, "case", "mark", "acl:relcl") {
			continue
		}
		if descends(s, v, r) {
			// "In London, Brent crude gained" with "crude" the root and
			// "gained" its dependent: the verb takes the noun's place
			t.Head, t.DepRel = n.Head, n.DepRel
		} else if t.DepRel == "conj" || t.DepRel == fallbackLabel {
			t.DepRel = "parataxis"
		}
		n.Head, n.DepRel = v+1, "nsubj"
	}
}

// descends reports whether word i lies in the subtree of word a (both
// 0-based), climbing at most once per word.
func descends(s *conllu.Sentence, i, a int) bool {
	for k := 0; k <= len(s.Tokens) && i >= 0; k++ {
		if i == a {
			return true
		}
		i = s.Tokens[i].Head - 1
	}
	return false
}

// closingRelations are the relations of a verb trailingSpeaker mends: a
// clause the parse joined to the sentence, not a complement or a
// modifier of a word.
var closingRelations = map[string]bool{"conj": true, fallbackLabel: true, "parataxis": true, "root": true}

// closes reports whether the clause of the verb at v closes the
// sentence: every word after v hangs on v or a word after it, or is
// punctuation.
func closes(s *conllu.Sentence, v int) bool {
	for j := v + 1; j < len(s.Tokens); j++ {
		if d := s.Tokens[j]; d.UPOS != "PUNCT" && d.Head-1 < v {
			return false
		}
	}
	return true
}

// nearConjuncts mends a conjunct the parse joins to a noun across a
// relative clause of that noun that ends right before the coordinator:
// "blasts which killed a German soldier and eight Afghans hit Kabul" with
// "Afghans" a conjunct of "blasts". The noun that ends the clause is the
// nearer one the list goes on from.
func nearConjuncts(s *conllu.Sentence) {
	for x := range s.Tokens {
		t := &s.Tokens[x]
		if t.DepRel != "conj" || t.Head <= 0 || t.Head-1 >= x || !nominal(t.UPOS) {
			continue
		}
		h := t.Head - 1
		first := x // the first word of x's phrase, its coordinator
		for j := x - 1; j > h && s.Tokens[j].Head == x+1; j-- {
			first = j
		}
		if s.Tokens[first].DepRel != "cc" {
			continue
		}
		o := first - 1 // the word before the coordinator, ending the clause
		if o <= h || !nominal(s.Tokens[o].UPOS) {
			continue
		}
		clause := o // climb from o to the dependent of h it lies under
		for k := 0; clause > h && s.Tokens[clause].Head-1 != h && k < len(s.Tokens); k++ {
			clause = s.Tokens[clause].Head - 1
		}
		if clause <= h || s.Tokens[clause].Head-1 != h || s.Tokens[clause].DepRel != "acl:relcl" {
			continue
		}
		// the clause's last word's noun phrase: climb o to the clause's nominal
		n := o
		for k := 0; s.Tokens[n].Head-1 > h && s.Tokens[n].Head-1 != clause && nominal(s.Tokens[s.Tokens[n].Head-1].UPOS) && k < len(s.Tokens); k++ {
			n = s.Tokens[n].Head - 1
		}
		if s.Tokens[n].Head-1 != clause || !nominal(s.Tokens[n].UPOS) {
			continue
		}
		t.Head = n + 1
	}
}

// comparativeWords open a count compared to a number ("more than 50",
// "fewer than ten").
var comparativeWords = wordList("comparative_words")

// comparativeCounts mends a sentence whose root is the comparative opening
// it ("More than 50 students demonstrated on Monday" rooted in "More",
// "students" its oblique and "demonstrated" a participle qualifying
// them): when the sentence opens with "more", "less" or "fewer" and
// "than", the noun "than" marks has a verb qualifying it (acl) and the
// comparative governs no verb of its own, that verb takes the
// comparative's place (the root, or the complement of a reporting verb
// after the clause it hung on: "..., reported the agency"), the noun is
// its subject, and the comparative a modifier of the count (the tree the
// parser gives "More than 100 people were killed": "More" advmod of the
// number, "than" fixed to it). The comparative's other dependents go to
// the verb.
func comparativeCounts(s *conllu.Sentence) {
	if len(s.Tokens) < 4 {
		return
	}
	r := 0 // the comparative opens the sentence
	if !comparativeWords[strings.ToLower(s.Tokens[r].Form)] || !strings.EqualFold(s.Tokens[r+1].Form, "than") {
		return
	}
	head, rel := 0, "root"
	if h := s.Tokens[r].Head; h != 0 {
		// "More than 50 students demonstrated ..., reported the agency":
		// the comparative hung on the reporting verb after the clause
		if h-1 <= r+1 || s.Tokens[h-1].UPOS != "VERB" {
			return
		}
		head, rel = h, "ccomp"
	}
	n := s.Tokens[r+1].Head - 1 // the noun "than" marks
	if n <= r+1 || n >= len(s.Tokens) || s.Tokens[n].Head != r+1 || s.Tokens[n].UPOS != "NOUN" && s.Tokens[n].UPOS != "PROPN" {
		return
	}
	v := -1
	for i, t := range s.Tokens {
		switch {
		case t.Head == r+1 && t.UPOS == "VERB":
			return // the comparative governs a verb: not a misreading of this kind
		case t.Head == n+1 && t.DepRel == "acl" && t.UPOS == "VERB" && i > n && v < 0:
			v = i
		}
	}
	if v < 0 || head != 0 && head <= v+1 {
		return
	}
	for i := range s.Tokens {
		if t := &s.Tokens[i]; t.Head == r+1 && i != r+1 && i != n {
			t.Head = v + 1 // the words hung on the comparative: the closing period and the like
		}
	}
	count := n + 1 // the number counted, else the noun
	for i := r + 2; i < n; i++ {
		if s.Tokens[i].UPOS == "NUM" && s.Tokens[i].Head == n+1 {
			count = i + 1
		}
	}
	s.Tokens[v].Head, s.Tokens[v].DepRel = head, rel
	s.Tokens[n].Head, s.Tokens[n].DepRel = v+1, "nsubj"
	s.Tokens[r].Head, s.Tokens[r].DepRel = count, "advmod"
	s.Tokens[r+1].Head, s.Tokens[r+1].DepRel = r+1, "fixed"
}
