package event

import "strings"

// irregular maps inflected forms whose lemma the suffix rules below cannot
// find to that lemma.
var irregular = map[string]string{
	"went": "go", "gone": "go", "goes": "go", "sent": "send", "fought": "fight", "leapt": "leap",
	"held": "hold", "met": "meet", "made": "make", "paid": "pay", "flew": "fly",
	"flown": "fly", "flies": "fly", "took": "take", "taken": "take", "began": "begin",
	"begun": "begin", "gave": "give", "given": "give", "struck": "strike",
	"stricken": "strike", "spoke": "speak", "spoken": "speak", "said": "say",
	"says": "say", "told": "tell", "wrote": "write", "written": "write",
	"led": "lead", "shot": "shoot", "built": "build", "ran": "run", "came": "come",
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be",
	"am": "be", "had": "have", "has": "have", "did": "do", "does": "do", "done": "do",
	"won": "win", "lost": "lose", "hit": "hit", "set": "set", "put": "put",
	"retook": "retake", "retaken": "retake", "stood": "stand", "brought": "bring",
	"sought": "seek", "knew": "know", "known": "know", "saw": "see", "seen": "see",
	"arms": "arm", "talks": "talk", "forces": "force", "troops": "troop",
	"news": "news", "casualties": "casualty", "people": "people",
	"wound": "wound", "drew": "draw", "drawn": "draw", "became": "become",
	"withdrew": "withdraw", "withdrawn": "withdraw", "slain": "slay", "slew": "slay",
	"sworn": "swear", "swore": "swear",
	"left": "leave", "aide": "aide", "aides": "aide", "according": "according",
	"states": "state", "shells": "shell", "besides": "besides", "lies": "lie", "kept": "keep", "oversaw": "oversee", "overseen": "oversee", "oversees": "oversee", "meant": "mean", "thought": "think",
	"fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "slid": "slide",
	"sank": "sink", "sunk": "sink", "bought": "buy", "shook": "shake", "swept": "sweep",
	"broke": "break", "broken": "break", "threw": "throw", "thrown": "throw", "caught": "catch", "laid": "lay", "froze": "freeze", "frozen": "freeze",
	"found": "find", "fled": "flee", "sold": "sell", "hung": "hang", "overthrew": "overthrow", "overthrown": "overthrow",
	"undertook": "undertake", "undertaken": "undertake", "forbade": "forbid", "forbidden": "forbid",
	"upheld": "uphold", "withheld": "withhold", "grew": "grow", "grown": "grow", "shrank": "shrink",
	"shrunk": "shrink", "dove": "dive", "overcame": "overcome", "blew": "blow", "blown": "blow",
}

// lemmas returns the candidate base forms of word (lower-cased, without
// trailing period): the word itself, an irregular lemma, and what stripping
// -s, -es, -ies, -ed, -d, -ied, -ing (with or without a final e, undoubling
// a final consonant, -ying as -ie) leaves, and -ies, -ied as -ie ("dies",
// "died"). Callers test the candidates against a lexicon,
// so over-generation is harmless.
func lemmas(word string) []string {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	w = strings.ReplaceAll(w, "’", "'")
	out := []string{w}
	if l, ok := irregular[w]; ok {
		return append(out, l)
	}
	add := func(s string) {
		if len(s) >= 2 {
			out = append(out, s)
		}
	}
	undouble := func(s string) {
		n := len(s)
		if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiou", rune(s[n-1])) {
			add(s[:n-1])
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		add(w[:len(w)-3] + "y")
		add(w[:len(w)-1]) // "dies", "ties"
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2])
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "ied"):
		add(w[:len(w)-3] + "y")
		add(w[:len(w)-1]) // "died", "tied"
	case strings.HasSuffix(w, "ed"):
		add(w[:len(w)-1])
		add(w[:len(w)-2])
		undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		stem := w[:len(w)-3]
		add(stem)
		add(stem + "e")
		undouble(stem)
		if strings.HasSuffix(stem, "y") {
			add(stem[:len(stem)-1] + "ie") // "dying", "tying"
		}
	}
	return out
}

// lemmaIn reports whether one of word's candidate lemmas is in set.
func lemmaIn(word string, set map[string]bool) bool {
	for _, l := range lemmas(word) {
		if set[l] {
			return true
		}
	}
	return false
}

// hasLemma reports whether lemma is one of word's candidate lemmas.
func hasLemma(word, lemma string) bool {
	for _, l := range lemmas(word) {
		if l == lemma {
			return true
		}
	}
	return false
}

// isParticiple reports whether word looks like a past participle (visited,
// sent, taken), for passive voice detection.
func isParticiple(word string) bool {
	w := strings.ToLower(word)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") {
		return true
	}
	_, ok := irregular[w]
	return ok && !strings.HasSuffix(w, "s")
}

// lem is lemmas memoized for one document.
func (d *analysis) lem(word string) []string {
	if l, ok := d.lemmaMemo[word]; ok {
		return l
	}
	l := lemmas(word)
	d.lemmaMemo[word] = l
	return l
}

// lemmaIn is the memoized [lemmaIn].
func (d *analysis) lemmaIn(word string, set map[string]bool) bool {
	for _, l := range d.lem(word) {
		if set[l] {
			return true
		}
	}
	return false
}

// hasLemma is the memoized [hasLemma].
func (d *analysis) hasLemma(word, lemma string) bool {
	for _, l := range d.lem(word) {
		if l == lemma {
			return true
		}
	}
	return false
}

// SameWord reports whether two triggers share a word up to its
// inflection (a candidate lemma of one word of a is one of a word of b):
// "acquitted" / "acquitted", "arrests" / "arrested", "held talks" / "talks";
// not "quake" / "floods" nor "sentenced" / "found guilty".
func SameWord(a, b string) bool {
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			for _, l := range lemmas(x) {
				if hasLemma(y, l) {
					return true
				}
			}
		}
	}
	return false
}
