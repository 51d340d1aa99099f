package event

import (
	"maps"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/token"
)

// sportNoun returns the headline of a sports result its noun at n tells
// ("a 3-2 win over Rapid Vienna", "their 1-0 defeat to Lille", "suffered a
// 91-70 loss to Kordo"): the winner beats the loser, with the score
// the noun carries ("Club Brugge beats Rapid Vienna 3-2") and its place.
// The side whose result the noun is, is its possessor, else its agent
// (a win's) or, for a possessive pronoun or none ("went top after their
// win", "moved closer with a victory", "suffered a loss"), the named
// subject of the verb the noun hangs on; the other side is the phrase of
// one of beat_cases (a win's loser) or loss_cases (a defeat's winner), or
// the side the mention holds. "" when the noun is neither a win nor a
// defeat (data/headlines.yaml win_nouns; data/words.yaml loss_nouns, by
// lemma) or a side is unknown.
func (h *head) sportNoun(n node, counter string) string {
	d, hw := h.s.tr, theHeadWords
	lw := strings.ToLower(d.w(n).Form)
	win, loss := hw.winNouns[lw], h.s.d.lemmaIn(lw, lossNouns)
	if h.m.Type != SportResult || !win && !loss {
		return ""
	}
	saved := maps.Clone(h.used)
	named := func(c node) bool {
		return !h.isTime(c) && !h.timeLike(c) && (h.isActorWord(c) || d.w(c).UPOS == "PROPN")
	}
	own := "" // whose win or defeat it is
	owners := d.kids(n, is("nmod:poss"))
	if hd, ok := d.head(n); ok && len(owners) == 0 && d.rel(n) == "appos" {
		owners = d.kids(hd, is("nmod:poss")) // "England's surprise 3-2 victory" parsed with the victory in apposition
	}
	for _, p := range owners {
		if d.w(p).UPOS != "PRON" && named(p) {
			own = h.sideName(p)
		}
	}
	if v, ok := d.head(n); own == "" && ok && (baseRel(d.rel(n)) == "obl" || d.rel(n) == "obj") {
		// "went top after their win", "moved closer with a victory",
		// "suffered a loss": the clause's subject
		if c, ok := h.treeSubjectWord(v); ok && c != n && named(c) {
			own = h.sideName(c)
		}
	}
	other := "" // the side the noun's own phrase names: a win's loser, a defeat's winner
	for _, c := range d.kids(n, is("nmod")) {
		if cw := d.caseWord(c); other == "" && (win && hw.beatCases[cw] || loss && hw.lossCases[cw]) && named(c) {
			other = h.sideName(c)
		}
	}
	winner, wins := h.subject() // a sports result's agent is its winner, its counterpart the loser
	loser := counter
	switch {
	case winner == "" && win:
		winner, wins = own, false
	case winner == "" && loss:
		winner, wins = other, false
	}
	switch {
	case loser == "" && win:
		loser = other
	case loser == "" && loss:
		loser = own
	}
	if winner == "" || loser == "" || winner == loser {
		h.used = saved // (a side named on the way stays for the headline made otherwise)
		return ""
	}
	out := capitalize(winner) + " " + hw.present("beat", wins) + " " + loser
	if score := h.scoreOf(n); score != "" {
		out += " " + score
	}
	return out + h.place()
}

// sideName returns how a headline names the side the phrase at c names:
// its actors' names, else the name the text writes ("Spanish side
// Villarreal" → "Villarreal").
func (h *head) sideName(c node) string {
	d := h.s.tr
	if h.isActorWord(c) {
		var names []string
		for _, p := range h.s.phraseActors(c, true) {
			a := h.s.actor(p)
			id := a.ActorID
			if a.Kind == actor.Place || a.Location {
				id = h.s.d.placeOf(a)
			}
			if name := h.s.name(id); !slices.Contains(names, name) {
				h.used[id] = true
				names = append(names, name)
			}
		}
		return joinNames(names)
	}
	first, last := c, c
	inName := func(k node) bool { // a word of the name, its "&" too ("Trinidad & Tobago")
		return k >= 0 && int(k) < len(d.words) && d.within(k, c) && (d.w(k).UPOS == "PROPN" || d.w(k).Form == "&")
	}
	for inName(first - 1) {
		first--
	}
	for inName(last + 1) {
		last++
	}
	for first < last && d.w(first).Form == "&" {
		first++
	}
	for last > first && d.w(last).Form == "&" {
		last--
	}
	var words []string
	for k := first; k <= last; k++ {
		words = append(words, d.w(k).Form)
	}
	return strings.Join(words, " ")
}

// scoreOf returns the score written in the phrase of the noun at n ("a
// 3-2 win", "a 91-70 loss"); else "".
func (h *head) scoreOf(n node) string {
	d := h.s.tr
	for k := node(0); int(k) < len(d.words); k++ {
		if k != n && !d.within(k, n) {
			continue
		}
		if sc := h.scoreAt(k); sc != "" {
			return sc
		}
	}
	return ""
}

// verbScore returns the score written right after the object of the verb
// at n ("beat Udinese 4-3 on Friday"), whatever phrase the parse hangs it
// on; else "".
func (h *head) verbScore(n node) string {
	d := h.s.tr
	for _, o := range d.kids(n, is("obj")) {
		last := o
		for int(last)+1 < len(d.words) && d.within(last+1, o) {
			last++
		}
		if int(last)+1 < len(d.words) {
			return h.scoreAt(last + 1)
		}
	}
	return ""
}

// scoreAt returns the score that starts at the word k: two figures
// joined by a hyphen or an en dash and written together ("3-2", one word
// or three: token.SplitScore, token.IsScoreDash), the higher first as
// headlines give the winner's ("2-3" → "3-2"); else "".
func (h *head) scoreAt(k node) string {
	d := h.s.tr
	joined := func(a, b node) bool { return d.w(a).End == d.w(b).Start }
	a, b := "", ""
	if f := d.w(k).Form; token.AllDigits(f) {
		if int(k)+2 >= len(d.words) || !token.IsScoreDash(d.w(k+1).Form) || !token.AllDigits(d.w(k+2).Form) || !joined(k, k+1) || !joined(k+1, k+2) {
			return ""
		}
		if int(k)+3 < len(d.words) && joined(k+2, k+3) && d.w(k+3).UPOS != "PUNCT" {
			return "" // a longer word ("10-man")
		}
		a, b = f, d.w(k+2).Form
	} else if x, y, ok := token.SplitScore(f); ok {
		a, b = x, y
	} else {
		return ""
	}
	if k > 0 && joined(k-1, k) && d.w(k-1).UPOS != "PUNCT" {
		return "" // inside a longer figure
	}
	end := k + 2
	if !token.AllDigits(d.w(k).Form) {
		end = k
	}
	if k > 1 && d.w(k-1).Form == "," && token.AllDigits(strings.ReplaceAll(d.w(k-2).Form, "-", "")) ||
		int(end)+2 < len(d.words) && d.w(end+1).Form == "," && token.AllDigits(strings.ReplaceAll(d.w(end+2).Form, "-", "")) {
		return "" // one of a list of set scores ("3-6, 6-3, 7-5"): no match score
	}
	if len(a) < len(b) || len(a) == len(b) && a < b {
		a, b = b, a
	}
	return a + "-" + b
}
