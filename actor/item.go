package actor

import (
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

// itemKind classifies the items a sentence is first cut into.
type itemKind uint8

const (
	itemOther   itemKind = iota // any other token
	itemEntity                  // a name of the gazetteer
	itemDemonym                 // "North Korean"
	itemTitle                   // "Foreign Minister", "leader"
	itemCap                     // an unknown capitalized word ("Tong-hyung")
	itemPoss                    // possessive 's
	itemComma                   // ,
	itemOpen                    // (
	itemClose                   // )
	itemEvent                   // the name of an event: "World War II", "Olympics"
)

// item is a run of tokens [first, last) of one kind.
type item struct {
	kind        itemKind
	first, last int
	key         string   // phonetic key of the run
	ids         []string // itemEntity: readings, best first
	country     string   // itemDemonym: country id
	title       string   // itemTitle: canonical title
	church      bool     // itemOther: a demonym before a church word ("Greek" of "Greek Orthodox")
}

// lexer cuts one document's tokens into items.
type lexer struct {
	g     *Gazetteer
	text  string
	toks  []token.Token
	folds []string        // fold of each token
	keys  []string        // phonetic key of each token's fold, computed once
	lower map[string]bool // folds of the words the document writes in lower case
	buf   []byte          // scratch for spanKeyBytes: folds run together
	pbuf  []byte          // scratch for spanKeyBytes: their key
	its   []item          // scratch for items: one sentence's items at a time
	// counting memoizes isCount by token text (nameKey costs a
	// tokenization; a document repeats its words).
	counting map[string]bool
	names    nameIndex // the name finder's names, if given
}

func newLexer(g *Gazetteer, text string, toks []token.Token) *lexer {
	l := &lexer{g: g, text: text, toks: toks, folds: make([]string, len(toks)), keys: make([]string, len(toks)),
		lower: make(map[string]bool, len(toks)/lowerShare)}
	for i, t := range toks {
		if t.Kind != token.Punct {
			l.folds[i] = fold(t.Text)
			l.keys[i] = phonetic(l.folds[i])
			if !isCapitalized(t.Text) {
				l.lower[l.folds[i]] = true
			}
		}
	}
	return l
}

// isCount reports whether token i is a count word of the lexicon
// ("hundreds", "dozens"), as the lexicon's keys are made (nameKey of its
// text). A word of ASCII letters has the key the lexer computed for it
// (nameKey folds and keys its letters one by one, however it splits
// them); another is keyed once per text.
func (l *lexer) isCount(i int) bool {
	t := l.toks[i].Text
	if asciiLetters(t) {
		return l.g.lex.counts[l.keys[i]]
	}
	c, ok := l.counting[t]
	if !ok {
		if l.counting == nil {
			l.counting = map[string]bool{}
		}
		c = l.g.lex.counts[nameKey(t)]
		l.counting[t] = c
	}
	return c
}

// asciiLetters reports whether s is a non-empty run of ASCII letters.
func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// lowerShare sizes the lexer's lower map: about one token in this many is
// a distinct word written in lower case (news text: some 1 in 3), so the map
// is made once rather than grown.
const lowerShare = 4

// spanKey is the phonetic key of tokens [i, j): the key of their folds run
// together, as nameKey computes it for a name.
func (l *lexer) spanKey(i, j int) string {
	if j == i+1 {
		return l.keys[i]
	}
	return string(l.spanKeyBytes(i, j))
}

// spanKeyBytes is spanKey in scratch memory, valid until the next call; map
// lookups with string(b) do not allocate.
func (l *lexer) spanKeyBytes(i, j int) []byte {
	if j == i+1 {
		// one token: its key is made already (newLexer), a copy is
		// cheaper than the phonetic pass again
		l.pbuf = append(l.pbuf[:0], l.keys[i]...)
		return l.pbuf
	}
	l.buf = l.buf[:0]
	for _, f := range l.folds[i:j] {
		l.buf = append(l.buf, f...)
	}
	l.pbuf = appendPhonetic(l.pbuf[:0], l.buf)
	return l.pbuf
}

// spanWords returns the phonetic keys of the words of tokens [i, j),
// hyphenated parts joined, as wordKeys computes them for a name.
func (l *lexer) spanWords(i, j int) []string {
	var (
		out    []string
		single []int // token of out[n] when it is one token, else -1
	)
	for k := i; k < j; k++ {
		if l.toks[k].Kind == token.Punct || l.folds[k] == "" {
			continue
		}
		if k >= i+2 && l.toks[k-1].Text == "-" && token.Adjacent(l.toks[k-2], l.toks[k-1]) &&
			token.Adjacent(l.toks[k-1], l.toks[k]) && len(out) > 0 {
			out[len(out)-1] += l.folds[k]
			single[len(out)-1] = -1
			continue
		}
		out = append(out, l.folds[k])
		single = append(single, k)
	}
	for n, w := range out {
		if single[n] >= 0 {
			out[n] = l.keys[single[n]]
		} else {
			out[n] = phonetic(w)
		}
	}
	return out
}

// spanText is the text of tokens [i, j).
func (l *lexer) spanText(i, j int) string { return l.text[l.toks[i].Start:l.toks[j-1].End] }

// innerPunct reports whether a punctuation token may stand inside a name.
func innerPunct(s string) bool {
	switch s {
	case "-", "'", "’", ".", "&":
		return true
	}
	return false
}

// middleInitial reports whether token i is a middle initial, a capital
// letter and its period ("A."), before a capitalized word that may go on
// a name ("Richard A. Boucher"; not "Plan A. The").
func (l *lexer) middleInitial(i, last int) bool {
	t := l.toks[i]
	if i+1 >= last || t.Kind != token.Word || len(t.Text) != 2 || t.Text[0] < 'A' || t.Text[0] > 'Z' || t.Text[1] != '.' {
		return false
	}
	next := l.toks[i+1]
	return next.Kind == token.Word && isCapitalized(next.Text) && !l.g.lex.stopwords[l.folds[i+1]] && !l.nonName(i+1)
}

// honorificInName reports whether the title item it, one of
// data/lexicon.yaml name_honorifics, stands inside a name: after that same
// title and one unknown capitalized word (items so far: out) and before a
// capitalized word ("Sheikh Sharif Sheikh Ahmed").
func (l *lexer) honorificInName(out []item, it item, last int) bool {
	n := len(out)
	if it.kind != itemTitle || !l.g.lex.nameHonorifics[it.key] || n < 2 || it.last >= last {
		return false
	}
	prev, title := out[n-1], out[n-2]
	return prev.kind == itemCap && prev.last == it.first && prev.last-prev.first == 1 &&
		title.kind == itemTitle && title.key == it.key && title.last == prev.first &&
		l.toks[it.last].Kind == token.Word && isCapitalized(l.toks[it.last].Text)
}

func isPossessive(s string) bool {
	return s == "'s" || s == "’s" || s == "'S" || s == "’S"
}

// items cuts tokens [first, last) into items, matching the longest
// gazetteer name, demonym or title at each position. The items are in
// the lexer's scratch memory, valid until the next call.
func (l *lexer) items(first, last int) []item {
	out := l.its[:0]
	for i := first; i < last; {
		t := l.toks[i]
		switch {
		case isPossessive(t.Text):
			out = append(out, item{kind: itemPoss, first: i, last: i + 1})
			i++
			continue
		case t.Kind == token.Punct:
			k := itemOther
			switch t.Text {
			case ",":
				k = itemComma
			case "(":
				k = itemOpen
			case ")":
				k = itemClose
			}
			out = append(out, item{kind: k, first: i, last: i + 1})
			i++
			continue
		case t.Kind == token.Number || (i > 0 && token.Adjacent(l.toks[i-1], t) && (l.toks[i-1].Text == "@" || l.toks[i-1].Text == "#")):
			out = append(out, item{kind: itemOther, first: i, last: i + 1, key: l.folds[i]})
			i++
			continue
		}
		if len(out) > 0 && out[len(out)-1].kind == itemCap && out[len(out)-1].last == i && l.middleInitial(i, last) {
			// "Richard A. Boucher": the initial and its period, one
			// more word of the name
			out = append(out, item{kind: itemCap, first: i, last: i + 1, key: l.keys[i]})
			i++
			continue
		}
		if j := l.particle(i, last); j > i && len(out) > 0 && out[len(out)-1].kind == itemCap {
			// "al-Houthi" of "Abdul Malik al-Houthi": one more word of the name.
			out = append(out, item{kind: itemCap, first: i, last: j, key: l.spanKey(i, j)})
			i = j
			continue
		}
		it, ok := l.match(i, last)
		// "Socialist Lionel Jospin": a person's label before a name
		// (personlabels.go), not an unknown word of the name
		labelled := len(out) > 0 && l.personLabel(out[len(out)-1], i)
		if ok && (l.nameGoesOn(it, last) || len(out) > 0 && !labelled && l.otherGivenName(out[len(out)-1], it)) {
			ok = false
		}
		if px, pok := l.phoenixMatch(i, last); pok && (!ok || px.last > it.last && it.kind != itemTitle && it.kind != itemEvent) &&
			!(len(out) > 0 && out[len(out)-1].kind == itemCap && !(labelled && l.personItem(px))) && !l.nameGoesOn(px, last) {
			// a name of Phoenix longer than the gazetteer's here
			it, ok = px, true
		}
		if ok && l.honorificInName(out, it, last) {
			// "Sheikh Sharif Sheikh Ahmed": the second "Sheikh" is a
			// word of the name the first opened
			it = item{kind: itemCap, first: it.first, last: it.last, key: it.key}
		}
		if ok && labelled && l.personItem(it) {
			out[len(out)-1].kind = itemOther // the label, no name
		}
		if ok {
			out = append(out, it)
			i = it.last
			continue
		}
		key := l.keys[i]
		roman := isRoman(t.Text) && len(out) > 0 && out[len(out)-1].kind == itemCap // "Charles III"
		if isCapitalized(t.Text) && (roman || !l.g.lex.stopwords[l.folds[i]] && !l.nonName(i)) {
			j := i + 1
			// rejoin hyphenated parts: "Tong-hyung", "Il-sung".
			for j+1 < last && l.toks[j].Text == "-" && token.Adjacent(l.toks[j-1], l.toks[j]) &&
				token.Adjacent(l.toks[j], l.toks[j+1]) && l.toks[j+1].Kind == token.Word {
				j += 2
			}
			out = append(out, item{kind: itemCap, first: i, last: j, key: l.spanKey(i, j)})
			i = j
			continue
		}
		out = append(out, item{kind: itemOther, first: i, last: i + 1, key: key})
		i++
	}
	l.its = out[:0]
	return out
}

// match finds the longest name, demonym or title starting at token i.
func (l *lexer) match(i, last int) (item, bool) {
	g := l.g
	if l.toks[i].Kind != token.Word {
		return item{}, false
	}
	capital := isCapitalized(l.toks[i].Text)
	n := l.spanLimit(i, last, g.firstTok[l.keys[i]])
	if n == 0 {
		return item{}, false
	}
	for ; n >= 1; n-- {
		j := i + n
		if l.toks[j-1].Kind == token.Punct {
			continue
		}
		kb := l.spanKeyBytes(i, j)
		if len(kb) == 0 {
			continue
		}
		if capital && g.lex.events[string(kb)] && (j-i > 1 || i == 0 || l.toks[i-1].Kind != token.Word || !isCapitalized(l.toks[i-1].Text)) {
			// one word after a capitalized one may end a name instead.
			return item{kind: itemEvent, first: i, last: j, key: string(kb)}, true
		}
		if capital {
			var ids []string
			caps := isAllCaps(l.spanText(i, j))
			for _, a := range g.names[string(kb)] {
				if !a.caps || caps {
					ids = append(ids, a.id)
				}
			}
			if len(ids) > 0 {
				return item{kind: itemEntity, first: i, last: j, key: string(kb), ids: ids}, true
			}
			if c, ok := g.demonyms[string(kb)]; ok {
				if j < last && l.g.lex.churchWords[l.keys[j]] && isCapitalized(l.toks[j].Text) {
					// "a Greek Orthodox priest", "Armenian Apostolic
					// leaders": a church's, not the country's; the word
					// still opens a name ("Russian Orthodox Church").
					return item{kind: itemOther, first: i, last: j, key: string(kb), church: true}, true
				}
				if l.partyAfter(j, last) {
					// "the Afghan communist party", "Somali movements":
					// a party of the country's people, not the state
					return item{kind: itemOther, first: i, last: j, key: string(kb)}, true
				}
				if l.bornAfter(j) {
					// "a Ugandan-born Australian physician": where the
					// person was born, not whose they are
					return item{kind: itemOther, first: i, last: j, key: string(kb)}, true
				}
				return item{kind: itemDemonym, first: i, last: j, key: string(kb), country: c}, true
			}
		}
		if t, ok := g.lex.titles[string(kb)]; ok && !l.surnameAbbreviation(i, j, last, t) {
			return item{kind: itemTitle, first: i, last: j, key: string(kb), title: t}, true
		}
	}
	return item{}, false
}

// surnameAbbreviation reports whether tokens i..j, which spell the
// abbreviated title t ("Sen.", "Gen.") without its period, are the last
// word of a name rather than a title: set after a capitalized word and
// before no capitalized one, where a title never stands ("Hun Sen
// visited", not "Sen. Hun"; "Mr Blair", with a name after it, keeps its
// title).
func (l *lexer) surnameAbbreviation(i, j, last int, t string) bool {
	if !strings.HasSuffix(t, ".") || i == 0 {
		return false
	}
	if j < len(l.toks) && l.toks[j].Text == "." && token.Adjacent(l.toks[j-1], l.toks[j]) {
		return false // "Sen." written with its period
	}
	if p := l.toks[i-1]; p.Kind != token.Word || !isCapitalized(p.Text) {
		return false
	}
	return j >= last || l.toks[j].Kind != token.Word || !isCapitalized(l.toks[j].Text)
}

// partyNounGap is how many lower-case words may stand between a demonym
// and the party noun that makes it a party's ("the Afghan communist
// party", "Sudanese political parties").
const partyNounGap = 2

// partyAfter reports whether a party noun of data/lexicon.yaml party_nouns
// follows token j after at most partyNounGap lower-case words, all before
// last.
func (l *lexer) partyAfter(j, last int) bool {
	for k := j; k < last && k <= j+partyNounGap; k++ {
		if t := l.toks[k]; t.Kind != token.Word || isCapitalized(t.Text) {
			return false
		}
		if l.g.lex.partyNouns[l.keys[k]] {
			return true
		}
	}
	return false
}

// bornAfter reports whether tokens j and j+1 are a hyphen and "born"
// joined to the word before them ("Ugandan-born").
func (l *lexer) bornAfter(j int) bool {
	return j+1 < len(l.toks) && l.toks[j].Text == "-" && strings.EqualFold(l.toks[j+1].Text, "born") &&
		token.Adjacent(l.toks[j-1], l.toks[j]) && token.Adjacent(l.toks[j], l.toks[j+1])
}

// nameGoesOn reports whether the one-word person name it is followed by
// more capitalized words of an unknown name: "Kim" of "Kim Tong-hyung" is
// not Kim Jong Un's short form. (A name of Phoenix is likewise not taken
// after an unknown capitalized word: "Hussein" of "Ibrahim Hussein Adow".)
func (l *lexer) nameGoesOn(it item, last int) bool {
	if it.kind != itemEntity || it.last >= last || len(l.spanWords(it.first, it.last)) != 1 {
		return false
	}
	for _, id := range it.ids {
		if l.g.entry(id).Kind != Person {
			return false
		}
	}
	next := l.toks[it.last]
	key := l.keys[it.last]
	return next.Kind == token.Word && isCapitalized(next.Text) && !isPossessive(next.Text) &&
		!l.g.lex.stopwords[l.folds[it.last]] && !l.nonName(it.last) && len(l.g.names[key]) == 0
}

// otherGivenName reports whether the one-word person name it follows an
// unknown capitalized word prev that is the first word of none of the
// person's longer names: another person of that surname ("Alexander
// Medvedev" is not Dmitry Medvedev, whose aliases are "Medvedev" and
// "Dmitri Medvedev"). A person known by one word alone is left as it is.
func (l *lexer) otherGivenName(prev, it item) bool {
	if it.kind != itemEntity || prev.kind != itemCap || prev.last != it.first || prev.last-prev.first != 1 || len(l.spanWords(it.first, it.last)) != 1 {
		return false
	}
	given := l.keys[prev.first]
	longer := false
	for _, id := range it.ids {
		e := l.g.entry(id)
		if e.Kind != Person {
			return false
		}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			if w := wordKeys(name); len(w) > 1 {
				longer = true
				if w[0] == given {
					return false
				}
			}
		}
	}
	return longer
}

// isRoman reports whether w is a roman numeral in capitals, as ending
// names: "II", "XVI" (not "I" alone, which is a pronoun).
func isRoman(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}

// numberSuffix reports whether the item at p is a number that ends a name:
// a roman numeral ("World War II", "King Charles III") or a number of at
// most three digits written right after it ("Channel 4").
func (l *lexer) numberSuffix(its []item, p int) bool {
	if p <= 0 || p >= len(its) || its[p].last-its[p].first != 1 {
		return false
	}
	t := l.toks[its[p].first]
	if isRoman(t.Text) {
		return true
	}
	if t.Kind != token.Number || len(t.Text) > 3 {
		return false
	}
	for _, r := range t.Text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// particles are the lower-case particles hyphenated to a family name.
var particles = wordList("particles")

// particle returns the end of a "particle-Name" word at token i ("al-Assad",
// "el-Sisi"), or i when there is none.
func (l *lexer) particle(i, last int) int {
	if i+2 >= last || !particles[l.toks[i].Text] || l.toks[i+1].Text != "-" ||
		!token.Adjacent(l.toks[i], l.toks[i+1]) || !token.Adjacent(l.toks[i+1], l.toks[i+2]) ||
		l.toks[i+2].Kind != token.Word || !isCapitalized(l.toks[i+2].Text) {
		return i
	}
	return i + 3
}

// spanLimit returns how many tokens from i a name may span: longest, the
// most words of a name beginning with token i's key (0 when none does),
// plus a margin for names that tokenize longer than they are written
// ("Kim Jong-un" has a token more than "Kim Jong Un"), cut at last and at
// the first comma or bracket.
func (l *lexer) spanLimit(i, last, longest int) int {
	if longest == 0 {
		return 0
	}
	max := min(longest+spanMargin, last-i)
	n := 0
	for n < max {
		if t := l.toks[i+n]; t.Kind == token.Punct && !innerPunct(t.Text) {
			break
		}
		n++
	}
	return n
}

// spanMargin is how many tokens more than its key has words a name's
// written form may take (see spanLimit).
const spanMargin = 2

// nonName reports whether the word at i is a non_names word of the lexicon:
// a month or a day, or an abbreviation of one that keeps its period or comes
// before a number ("Sep. 11", "Jan 5"); the same letters before a
// capitalized word are a given name ("Sepp Blatter", "Jan Egeland").
func (l *lexer) nonName(i int) bool {
	key := l.keys[i]
	if l.g.lex.nonNames[key] {
		return true
	}
	if !l.g.lex.dottedNonNames[key] {
		return false
	}
	return strings.HasSuffix(l.toks[i].Text, ".") || i+1 < len(l.toks) && l.toks[i+1].Kind == token.Number
}
