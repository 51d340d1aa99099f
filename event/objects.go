package event

import "strings"

// objectHeads are, per type, the nouns that name the thing an event is
// about: what is tested or fired, what is agreed or signed.
var objectHeads = map[Type]map[string]bool{
	WeaponsTest: wordList("object_heads_weapons_test"),
	Agreement:   wordList("object_heads_agreement"),
}

// isObjectHead reports whether a word heads an object of some type.
func isObjectHead(w string) bool {
	for _, heads := range objectHeads {
		if heads[w] {
			return true
		}
	}
	return false
}

// vagueModifiers are adjectives and quantifiers that titles leave out of
// an object's name ("a major mutual defense treaty" → "mutual defense
// treaty", "several ballistic missiles" → "ballistic missiles"); they are
// listed in data/headlines.yaml.
var vagueModifiers = theHeadWords.vagueModifiers

// objectReach is how many tokens after its trigger objectName reads.
const objectReach = 9

// objectName returns the name of the thing trigger t's event is about, in
// lower case except for proper names, or "": the exercise's proper name
// ("Freedom Shield exercise"), the missiles tested ("anti-aircraft
// missiles"), the agreement signed ("mutual defense treaty").
func (s *sent) objectName(t *trigger) string {
	typ := t.e.Type
	if typ == MilitaryExercise {
		n := t
		if t.object != nil {
			n = t.object
		}
		if k := s.nameBefore(n.start); k > 0 && n.noun {
			return s.span(n.start-k, n.start) + " exercise"
		}
		if name := s.d.exerciseName(); name != "" && n.noun && s.definite(n) {
			// "their annual training" when the article names one exercise
			return name + " exercise"
		}
		return ""
	}
	heads := objectHeads[typ]
	if heads == nil {
		return ""
	}
	if t.object != nil {
		t = t.object
	}
	if t.noun && heads[s.word(t.end-1)] {
		// the trigger names the thing: "a mutual defense treaty"
		return s.modified(s.first, t.start, t.end)
	}
	for j := t.start; j < t.end; j++ {
		if heads[s.word(j)] {
			return "" // "missile launches": the trigger says it all
		}
	}
	hi, skipFrom, skipTo := s.phraseEnd(t)
	for j := t.end; j < hi && j < t.end+objectReach; j++ {
		if j >= skipFrom && j < skipTo {
			continue
		}
		if heads[s.word(j)] && s.d.actorAt[j] < 0 {
			return s.modified(t.end, j, j+1)
		}
	}
	return ""
}

// modified returns the words [from, to) with the plain modifiers before
// them ("anti-aircraft missiles"), leaving out vague ones and any before
// lo (the trigger's: "firing homemade rockets" names "homemade rockets");
// with a parse, the noun phrase the head's modifiers make (headline.go).
func (s *sent) modified(lo, from, to int) string {
	if n, ok := s.treeNode(to - 1); ok {
		// the parse tells modifiers from the words before them ("reach an
		// accord", "have peace treaties")
		h := &head{s: s, used: map[string]bool{}, event: noNode}
		name := h.nounPhrase(n, 0)
		if i := strings.LastIndexByte(name, ' ') + 1; isObjectHead(strings.ToLower(name[i:])) {
			name = name[:i] + strings.ToLower(name[i:]) // "an immediate Ceasefire"
		}
		return name
	}
	start := from
	for j := from - 1; j >= lo && from-j <= 4; j-- {
		w := s.word(j)
		if vagueModifiers[w] {
			break
		}
		if w == "-" || (isPlainWord(w) && s.d.actorAt[j] < 0 && s.d.timexAt[j] < 0) {
			start = j
			continue
		}
		break
	}
	for start < from && s.word(start) == "-" {
		start++
	}
	return strings.ToLower(s.span(start, to))
}

// span returns the text of tokens [from, to), hyphens joined tight.
func (s *sent) span(from, to int) string {
	var b strings.Builder
	for j := from; j < to; j++ {
		w := s.tok(j).Text
		if j > from && w != "-" && s.tok(j-1).Text != "-" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

var exerciseNouns = wordList("exercise_nouns")

// exerciseName returns the proper name of the one exercise the document
// names ("the Freedom Shield exercise"), or "" when it names none or
// several.
func (d *doc) exerciseName() string {
	if d.exercise != nil {
		return *d.exercise
	}
	names := map[string]bool{}
	toks := d.in.Tokens
	for _, ts := range d.in.Sentences {
		if ts.First < 0 || ts.Last > len(toks) || ts.First >= ts.Last {
			continue
		}
		s := &sent{syntax: syntax{d: d.analysis, first: ts.First, last: ts.Last}, d: d}
		for i := ts.First; i < ts.Last; i++ {
			s.low = append(s.low, strings.ToLower(toks[i].Text))
		}
		for i := ts.First + 1; i < ts.Last; i++ {
			if !exerciseNouns[s.low[i-ts.First]] {
				continue
			}
			if k := s.nameBefore(i); k > 0 {
				names[s.span(i-k, i)] = true
			}
		}
	}
	name := ""
	if len(names) == 1 {
		for n := range names {
			name = n
		}
	}
	d.exercise = &name
	return name
}
