package petrarch

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/cameo"
)

// Warning is a line the parser skipped or repaired.
type Warning struct {
	File string
	Line int
	Msg  string
}

// String returns "file:line: message".
func (w Warning) String() string { return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg) }

// Result is a parsed dictionary with what the parser left out.
type Result struct {
	Dict            *cameo.Dictionary
	Warnings        []Warning
	Duplicates      int // exact duplicate patterns of a block, dropped
	Transformations int // "~" lines, not converted
}

//go:embed lemmas.tsv
var lemmasTSV string

// lemmaFixes reads lemmas.tsv: dictionary word → lemma.
func lemmaFixes() map[string]string {
	m := map[string]string{}
	for line := range strings.Lines(lemmasTSV) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		w, l, _ := strings.Cut(line, "\t")
		m[w] = l
	}
	return m
}

// parser holds the state of one Parse.
type parser struct {
	file      string
	line      int
	res       Result
	fixes     map[string]string
	blocks    []*cameo.Block
	blockLine map[*cameo.Block]int
	byName    map[string]*cameo.Block
	sets      []*cameo.Set
	setBy     map[string]*cameo.Set
	block     *cameo.Block
	code      [2]cameo.Code     // the block's code and passive code
	set       *cameo.Set        // the set whose members follow, if any
	words     map[string]string // written verb words and forms of the block → verb name
	seen      map[string]bool   // patterns of the block, for duplicates
}

// Parse reads a PETRARCH verb dictionary from r; name is used in errors and
// warnings ("CAMEO.2.0.txt:718: ..."). Lines it cannot use are skipped with
// a warning; it fails only on a verb or pattern outside a block, a block
// without a name or defined twice, or a read error.
func Parse(r io.Reader, name string) (*Result, error) {
	p := &parser{file: name, fixes: lemmaFixes(), blockLine: map[*cameo.Block]int{}, byName: map[string]*cameo.Block{},
		setBy: map[string]*cameo.Set{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		p.line++
		if err := p.parseLine(sc.Text()); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, p.line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, p.line+1, err)
	}
	var blocks []*cameo.Block
	for _, b := range p.blocks {
		if len(b.Verbs) == 0 {
			p.res.Warnings = append(p.res.Warnings, Warning{name, p.blockLine[b],
				fmt.Sprintf("block %s has no verb: dropped with its %d patterns", b.Name, len(b.Patterns))})
			continue
		}
		blocks = append(blocks, b)
	}
	slices.SortStableFunc(p.res.Warnings, func(a, b Warning) int { return a.Line - b.Line })
	var sets []*cameo.Set
	for _, s := range p.sets {
		if len(s.Members) > 0 {
			sets = append(sets, s)
		}
	}
	d, err := cameo.New(blocks, sets)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p.res.Dict = d
	return &p.res, nil
}

func (p *parser) warn(format string, args ...any) {
	p.res.Warnings = append(p.res.Warnings, Warning{p.file, p.line, fmt.Sprintf(format, args...)})
}

// parseLine reads one line of the dictionary.
func (p *parser) parseLine(raw string) error {
	line, comment := raw, ""
	if i := strings.IndexAny(line, "#;"); i >= 0 {
		line, comment = line[:i], strings.TrimSpace(line[i+1:])
	}
	line = strings.TrimSpace(strings.ReplaceAll(line, "\t", " "))
	switch {
	case line == "":
		return nil
	case line[0] == '~':
		p.res.Transformations++
		return nil
	case strings.HasPrefix(line, "---"):
		return p.blockHeader(line)
	case line[0] == '&':
		p.setLabel(line)
		return nil
	case line[0] == '+' && p.set != nil:
		p.setMember(line)
		return nil
	case p.block == nil:
		return fmt.Errorf("%q outside a verb block", line)
	}
	p.set = nil
	if line[0] == '-' {
		p.pattern(line[1:], comment)
		return nil
	}
	p.verbLine(line)
	return nil
}

// blockHeader reads "--- NAME [code] ---".
func (p *parser) blockHeader(line string) error {
	rest := strings.TrimLeft(line, "-")
	head, code, hasCode := strings.Cut(rest, "[")
	name := ""
	if f := strings.Fields(head); len(f) > 0 {
		name = f[0]
	}
	if name == "" || strings.ContainsAny(name, "]{}()") {
		return fmt.Errorf("block header %q has no name", line)
	}
	if p.byName[name] != nil {
		return fmt.Errorf("block %s defined twice", name)
	}
	p.code = [2]cameo.Code{}
	if hasCode {
		if c, _, ok := strings.Cut(code, "]"); !ok {
			p.warn("block %s: unclosed [ in its header; no code", name)
		} else if a, b, ok := p.codes(c); ok {
			p.code = [2]cameo.Code{a, b}
		}
	}
	p.block = &cameo.Block{Name: name}
	p.blocks = append(p.blocks, p.block)
	p.blockLine[p.block] = p.line
	p.byName[name] = p.block
	p.set = nil
	p.words = map[string]string{}
	p.seen = map[string]bool{}
	return nil
}

// codes reads the inside of [...]: "code", "code:passive", ":passive",
// "---". A stray non-digit after a code ("080!") is dropped with a warning.
func (p *parser) codes(s string) (code, passive cameo.Code, ok bool) {
	a, b, two := strings.Cut(strings.TrimSpace(s), ":")
	if code, ok = p.code1(a); !ok {
		return "", "", false
	}
	if two {
		if passive, ok = p.code1(b); !ok {
			return "", "", false
		}
	}
	return code, passive, true
}

// code1 reads one code of codes.
func (p *parser) code1(s string) (cameo.Code, bool) {
	s = strings.TrimSpace(s)
	if s == "" || s == cameo.Null {
		return "", true
	}
	digits := strings.TrimRight(s, "!?*. ")
	if digits != s {
		p.warn("code %q read as %s", s, digits)
	}
	c := cameo.Code(digits)
	if _, ok := c.Root(); !ok {
		p.warn("bad code %q: line skipped", s)
		return "", false
	}
	return c, true
}

// setLabel reads "&NAME", which starts (or continues) a synonym set.
func (p *parser) setLabel(line string) {
	f := strings.Fields(line)
	name := setName(f[0][1:])
	if !cameo.ValidWord(name) || len(f) > 1 {
		p.warn("bad synonym set label %q: its members are skipped", line)
		p.set = &cameo.Set{}
		return
	}
	p.set = p.setBy[name]
	if p.set == nil {
		p.set = &cameo.Set{Name: name}
		p.sets = append(p.sets, p.set)
		p.setBy[name] = p.set
	}
}

// setName maps a set label to its name here: lower case, the trailing _
// (PETRARCH's "make no plurals") dropped, _ inside written as -.
func setName(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimRight(s, "_")), "_", "-")
}

// setMember reads "+WORD" or "+SOME_WORDS" of a synonym set.
func (p *parser) setMember(line string) {
	words := strings.FieldsFunc(strings.ToLower(line[1:]), func(r rune) bool { return r == '_' || r == ' ' })
	if len(words) == 0 || slices.ContainsFunc(words, func(w string) bool { return !cameo.ValidWord(w) }) {
		p.warn("bad synonym set member %q: skipped", line)
		return
	}
	if p.set.Name == "" {
		return
	}
	for _, m := range p.set.Members {
		if slices.Equal(m, words) {
			return
		}
	}
	p.set.Members = append(p.set.Members, words)
}

// verbLine reads a verb of the current block: "WORD {FORMS} [code]" or a
// multi-word verb "+VERB_WORDS {+FORM_WORDS ...} [code]".
func (p *parser) verbLine(line string) {
	code, passive := p.code[0], p.code[1]
	if i := strings.IndexByte(line, '['); i >= 0 {
		j := strings.IndexByte(line[i:], ']')
		if j < 0 {
			p.warn("verb %q: unclosed [: skipped", line)
			return
		}
		c, pc, ok := p.codes(line[i+1 : i+j])
		if !ok {
			return
		}
		code, passive = c, pc
		line = line[:i] + " " + line[i+j+1:]
	}
	var forms []string
	if i := strings.IndexByte(line, '{'); i >= 0 {
		j := strings.IndexByte(line[i:], '}')
		if j < 0 {
			p.warn("verb %q: unclosed {: skipped", line)
			return
		}
		forms = strings.FieldsFunc(line[i+1:i+j], func(r rune) bool { return r == ' ' || r == ',' })
		line = line[:i] + " " + line[i+j+1:]
	}
	f := strings.Fields(line)
	if len(f) == 0 {
		p.warn("verb line without a verb: skipped")
		return
	}
	if len(f) > 1 {
		p.warn("verb %s: words after it ignored: %q", f[0], strings.Join(f[1:], " "))
	}
	head, after, err := splitVerb(f[0])
	if err != nil {
		p.warn("verb %s: %v: skipped", f[0], err)
		return
	}
	lemma := p.fixes[strings.ToUpper(head)]
	if lemma == "" {
		lemma = strings.ToLower(head)
	}
	var irregular []string
	add := func(w string) {
		w = strings.ToLower(w)
		if w != lemma && !regular(lemma, w) && !slices.Contains(irregular, w) {
			irregular = append(irregular, w)
		}
	}
	add(head)
	for _, fm := range forms {
		if w, _, err := splitVerb(fm); err == nil {
			add(w)
		} else {
			p.warn("verb %s: form %s: %v: ignored", f[0], fm, err)
		}
	}
	for _, w := range append(append([]string{lemma}, after...), irregular...) {
		if !cameo.ValidWord(w) {
			p.warn("verb %s: bad word %q: skipped", f[0], w)
			return
		}
	}
	v := &cameo.Verb{Lemma: lemma, After: after, Block: p.block, Code: code, Passive: passive,
		Forms: irregular, Line: p.line}
	p.words[strings.ToLower(head)] = v.Name()
	for _, w := range irregular {
		p.words[w] = v.Name()
	}
	for _, o := range p.block.Verbs {
		if o.Lemma == v.Lemma && slices.Equal(o.After, v.After) && o.Code == v.Code && o.Passive == v.Passive {
			for _, w := range irregular {
				if !slices.Contains(o.Forms, w) {
					o.Forms = append(o.Forms, w)
				}
			}
			return
		}
	}
	p.block.Verbs = append(p.block.Verbs, v)
}

// splitVerb splits a verb word of the dictionary into the verb (the word
// marked with +, else the first) and the words after it, in lower case.
// Words before the verb ("RE_+ARREST") are not supported.
func splitVerb(tok string) (verb string, after []string, err error) {
	parts := strings.Split(tok, "_")
	at := slices.IndexFunc(parts, func(s string) bool { return strings.HasPrefix(s, "+") })
	if at < 0 {
		at = 0
	}
	for _, w := range parts[:at] {
		if w != "" {
			return "", nil, fmt.Errorf("words before the verb are not supported")
		}
	}
	verb = strings.TrimPrefix(parts[at], "+")
	if verb == "" {
		return "", nil, fmt.Errorf("no verb")
	}
	for _, w := range parts[at+1:] {
		if w != "" {
			after = append(after, strings.ToLower(w))
		}
	}
	return verb, after, nil
}

// regular reports whether w is a regular inflection of lemma (-s, -es,
// -ies, -ed, -d, -ied, -ing, the final e dropped or consonant doubled),
// which any lemmatizer undoes and so need not be listed.
func regular(lemma, w string) bool {
	if lemma == "" {
		return false
	}
	last := lemma[len(lemma)-1:]
	stem := lemma[:len(lemma)-1]
	for _, c := range []string{
		lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing",
		lemma + last + "ed", lemma + last + "ing", lemma + "ked", lemma + "king",
		stem + "ies", stem + "ied", stem + "ing",
	} {
		if w == c {
			return true
		}
	}
	return false
}

// pattern reads a pattern line (after its "-"): "before * after [code]".
func (p *parser) pattern(body, comment string) {
	i := strings.LastIndexByte(body, '[')
	if i < 0 {
		p.warn("pattern %q has no code: skipped", strings.TrimSpace(body))
		return
	}
	j := strings.IndexByte(body[i:], ']')
	if j < 0 {
		p.warn("pattern %q: unclosed [: skipped", strings.TrimSpace(body))
		return
	}
	if extra := strings.TrimSpace(body[i+j+1:]); extra != "" {
		p.warn("pattern %q: %q after the code ignored", strings.TrimSpace(body[:i]), extra)
	}
	code, passive, ok := p.codes(body[i+1 : i+j])
	if !ok {
		return
	}
	before, after, err := elems(body[:i])
	if err != nil {
		p.warn("pattern %q: %v: skipped", strings.TrimSpace(body[:i]), err)
		return
	}
	pat := &cameo.Pattern{Block: p.block, Code: code, Passive: passive, Before: before, After: after,
		Line: p.line}
	undefined := ""
	check := func(e []cameo.Elem) {
		for _, el := range e {
			for _, alts := range el.Term {
				for _, a := range alts {
					if a.Kind == cameo.SetAtom && p.setBy[a.Text] == nil && undefined == "" {
						undefined = a.Text
					}
				}
			}
		}
	}
	check(before)
	check(after)
	if undefined != "" {
		p.warn("pattern %s: undefined synonym set &%s (PETRARCH2 ignores such patterns): skipped", pat, undefined)
		return
	}
	key := pat.String() + "\t" + string(code) + "\t" + string(passive)
	if p.seen[key] {
		p.res.Duplicates++
		return
	}
	p.seen[key] = true
	if f := strings.Fields(comment); len(f) > 0 {
		pat.Verb = p.words[strings.ToLower(f[0])]
	}
	p.block.Patterns = append(p.block.Patterns, pat)
}

// elems reads the elements of a pattern, before and after the "*".
func elems(body string) (before, after []cameo.Elem, err error) {
	toks := tokenize(body)
	star := false
	for i := 0; i < len(toks); i++ {
		var e cameo.Elem
		switch t := toks[i]; t {
		case "*":
			if star {
				return nil, nil, fmt.Errorf("two *")
			}
			star = true
			continue
		case "(":
			j := slices.Index(toks[i+1:], ")")
			if j < 0 {
				return nil, nil, fmt.Errorf("unclosed (")
			}
			inner := toks[i+1 : i+1+j]
			if slices.Contains(inner, "(") || slices.Contains(inner, "*") {
				return nil, nil, fmt.Errorf("( inside ( or * in a prepositional phrase")
			}
			if e, err = prepElem(inner); err != nil {
				return nil, nil, err
			}
			i += j + 1
		case "{":
			j := slices.Index(toks[i+1:], "}")
			if j < 0 {
				return nil, nil, fmt.Errorf("unclosed {")
			}
			if e.Term, err = phrase(toks[i+1 : i+1+j]); err != nil {
				return nil, nil, err
			}
			i += j + 1
		case ")", "}":
			return nil, nil, fmt.Errorf("unmatched %s", t)
		default:
			if e.Term, err = wordTerm(t); err != nil {
				return nil, nil, err
			}
		}
		if star {
			after = append(after, e)
		} else {
			before = append(before, e)
		}
	}
	if !star {
		return nil, nil, fmt.Errorf("no * for the verb")
	}
	return before, after, nil
}

// tokenize splits a pattern into words and the symbols ( ) { } *.
func tokenize(s string) []string {
	var toks []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, s[start:end])
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t':
			flush(i)
		case '(', ')', '{', '}', '*':
			flush(i)
			toks = append(toks, string(c))
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flush(len(s))
	return toks
}

// prepElem reads the inside of (...): the preposition (A/B: alternatives)
// and its object, if any.
func prepElem(inner []string) (cameo.Elem, error) {
	if len(inner) == 0 || inner[0] == "{" || inner[0] == "}" {
		return cameo.Elem{}, fmt.Errorf("prepositional phrase without a preposition")
	}
	var e cameo.Elem
	for _, w := range strings.Split(strings.ToLower(inner[0]), "/") {
		if !cameo.ValidWord(w) {
			return cameo.Elem{}, fmt.Errorf("bad preposition %q", inner[0])
		}
		e.Preps = append(e.Preps, w)
	}
	var terms []cameo.Term
	braced := false
	for i := 1; i < len(inner); i++ {
		if inner[i] == "{" {
			j := slices.Index(inner[i+1:], "}")
			if j < 0 {
				return cameo.Elem{}, fmt.Errorf("unclosed {")
			}
			t, err := phrase(inner[i+1 : i+1+j])
			if err != nil {
				return cameo.Elem{}, err
			}
			terms, braced = append(terms, t), true
			i += j + 1
			continue
		}
		t, err := wordTerm(inner[i])
		if err != nil {
			return cameo.Elem{}, err
		}
		terms = append(terms, t)
	}
	switch {
	case len(terms) == 1:
		e.Term = terms[0]
	case len(terms) > 1:
		// Several bare words are one phrase ("(IN AIR ATTACK)"); a
		// placeholder or a {...} among others is beyond the notation.
		for _, t := range terms {
			if braced || t.Placeholder() != cameo.WordAtom {
				return cameo.Elem{}, fmt.Errorf("several phrases in one prepositional phrase")
			}
			e.Term = append(e.Term, t...)
		}
	}
	return e, nil
}

// phrase reads the inside of {...}: words whose last is the head.
func phrase(inner []string) (cameo.Term, error) {
	var t cameo.Term
	for _, w := range inner {
		if w == "{" || w == "}" || w == "(" || w == ")" || w == "*" {
			return nil, fmt.Errorf("%s inside {...}", w)
		}
		wt, err := wordTerm(w)
		if err != nil {
			return nil, err
		}
		if wt.Placeholder() != cameo.WordAtom {
			return nil, fmt.Errorf("placeholder inside {...}")
		}
		t = append(t, wt...)
	}
	if len(t) == 0 {
		return nil, fmt.Errorf("empty {}")
	}
	return t, nil
}

// wordTerm reads one word of a pattern: A_B is a phrase, A/B alternatives,
// &NAME a synonym set (to the end of the word: &FIGHT_GAMES is one name),
// $ + % ^ placeholders. Empty parts (a trailing _) are dropped.
func wordTerm(tok string) (cameo.Term, error) {
	var slots []string
	parts := strings.Split(tok, "_")
	for i := 0; i < len(parts); i++ {
		part := parts[i]
		if strings.HasPrefix(part, "&") {
			slots = append(slots, "&"+setName(strings.Join(parts[i:], "_")[1:]))
			break
		}
		if part == "" {
			continue
		}
		alts := strings.Split(strings.ToLower(part), "/")
		slots = append(slots, strings.Join(alts, "|"))
	}
	if len(slots) == 0 {
		return nil, fmt.Errorf("empty word %q", tok)
	}
	t, err := cameo.ParseTerm(strings.Join(slots, "_"))
	if err != nil {
		return nil, fmt.Errorf("word %q: %v", tok, err)
	}
	return t, nil
}
