package timeml

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxErrors bounds the errors reported for one file.
const maxErrors = 10

// Parse reads one TimeML document. name is used in error messages only.
// The error, when not nil, is an ErrorList naming name and a line.
func Parse(name string, data []byte) (*Document, error) {
	p := &parser{file: name, data: data, lineNum: 1}
	p.run()
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return &p.doc, nil
}

// element is an open element on the parser's stack.
type element struct {
	name  string
	line  int
	timex int // index into doc.Timexes of a TIMEX3 inside TEXT, else -1
}

type parser struct {
	file string
	data []byte
	pos  int
	errs ErrorList

	doc   Document
	stack []element

	inText   bool // inside <TEXT>
	sawText  bool
	text     strings.Builder
	docID    strings.Builder
	title    strings.Builder
	dctText  strings.Builder
	inDCTTmx bool

	lineOff, lineNum int // cache for line: lineNum is the line of lineOff
}

// line returns the 1-based line of byte offset off. Offsets usually grow,
// so it counts on from the last offset asked for.
func (p *parser) line(off int) int {
	if off < p.lineOff {
		p.lineOff, p.lineNum = 0, 1
	}
	p.lineNum += bytes.Count(p.data[p.lineOff:off], []byte{'\n'})
	p.lineOff = off
	return p.lineNum
}

func (p *parser) errorf(off int, format string, args ...any) {
	if len(p.errs) < maxErrors {
		p.errs.Add(p.file, p.line(off), fmt.Sprintf(format, args...))
	}
}

// top returns the name of the innermost open element, or "".
func (p *parser) top() string {
	if len(p.stack) == 0 {
		return ""
	}
	return p.stack[len(p.stack)-1].name
}

func (p *parser) run() {
	if !utf8.Valid(p.data) {
		off := 0
		for off < len(p.data) {
			r, n := utf8.DecodeRune(p.data[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		p.errorf(off, "invalid UTF-8")
		return
	}
	for p.pos < len(p.data) && len(p.errs) == 0 {
		i := bytes.IndexByte(p.data[p.pos:], '<')
		if i < 0 {
			p.chars(p.pos, len(p.data))
			p.pos = len(p.data)
			break
		}
		p.chars(p.pos, p.pos+i)
		p.pos += i
		p.markup()
	}
	if len(p.errs) > 0 {
		return
	}
	for i := len(p.stack) - 1; i >= 0; i-- {
		e := p.stack[i]
		p.errs.Add(p.file, e.line, fmt.Sprintf("<%s> is never closed", e.name))
	}
	if len(p.errs) > 0 {
		return
	}
	if !p.sawText {
		p.errs.Add(p.file, 0, "no <TEXT> element")
		return
	}
	p.doc.Text = p.text.String()
	p.doc.DocID = strings.TrimSpace(p.docID.String())
	p.doc.Title = strings.Join(strings.Fields(p.title.String()), " ")
	p.doc.DCT.Text = p.dctText.String()
}

// chars handles the character data data[start:end].
func (p *parser) chars(start, end int) {
	if start == end {
		return
	}
	switch {
	case p.inText:
		p.doc.lines = append(p.doc.lines, lineMark{off: p.text.Len(), line: p.line(start)})
		p.decode(&p.text, start, end)
	case p.top() == "DOCID":
		p.decode(&p.docID, start, end)
	case p.top() == "TITLE":
		p.decode(&p.title, start, end)
	case p.inDCTTmx:
		p.decode(&p.dctText, start, end)
	default:
		// Text outside TEXT, DOCID, TITLE and DCT (EXTRAINFO, white
		// space) is not kept; a stray '<' cannot occur here.
	}
}

// decode appends data[start:end] to b with entities decoded.
func (p *parser) decode(b *strings.Builder, start, end int) {
	s := p.data[start:end]
	for len(s) > 0 {
		i := bytes.IndexByte(s, '&')
		if i < 0 {
			b.Write(s)
			return
		}
		b.Write(s[:i])
		off := end - len(s) + i
		r, n, err := entity(s[i:])
		if err != nil {
			p.errorf(off, "%v", err)
			return
		}
		b.WriteString(r)
		s = s[i+n:]
	}
}

// entity decodes the entity reference at the start of s (which begins with
// '&') and returns its text and length.
func entity(s []byte) (string, int, error) {
	semi := bytes.IndexByte(s, ';')
	if semi < 0 || semi > 12 {
		return "", 0, fmt.Errorf("bare '&' (write &amp;)")
	}
	name := string(s[1:semi])
	switch name {
	case "amp":
		return "&", semi + 1, nil
	case "lt":
		return "<", semi + 1, nil
	case "gt":
		return ">", semi + 1, nil
	case "quot":
		return `"`, semi + 1, nil
	case "apos":
		return "'", semi + 1, nil
	}
	if strings.HasPrefix(name, "#") {
		num, base := name[1:], 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		v, err := strconv.ParseUint(num, base, 32)
		if err != nil || v == 0 || v > utf8.MaxRune || !utf8.ValidRune(rune(v)) {
			return "", 0, fmt.Errorf("invalid character reference &%s;", name)
		}
		return string(rune(v)), semi + 1, nil
	}
	return "", 0, fmt.Errorf("unknown entity &%s;", name)
}

// markup handles the markup starting at p.pos (a '<').
func (p *parser) markup() {
	start := p.pos
	rest := p.data[p.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("<?")):
		p.skipTo(start, "?>", "processing instruction")
	case bytes.HasPrefix(rest, []byte("<!--")):
		p.skipTo(start, "-->", "comment")
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		end := bytes.Index(rest, []byte("]]>"))
		if end < 0 {
			p.errorf(start, "CDATA section is never closed")
			return
		}
		if p.inText {
			p.text.Write(rest[len("<![CDATA["):end])
		}
		p.pos += end + len("]]>")
	case bytes.HasPrefix(rest, []byte("<!")):
		p.skipTo(start, ">", "declaration")
	case bytes.HasPrefix(rest, []byte("</")):
		p.endTag()
	default:
		p.startTag()
	}
}

// skipTo moves past the next occurrence of end.
func (p *parser) skipTo(start int, end, what string) {
	i := bytes.Index(p.data[p.pos:], []byte(end))
	if i < 0 {
		p.errorf(start, "%s is never closed", what)
		p.pos = len(p.data)
		return
	}
	p.pos += i + len(end)
}

// knownNames are the common TimeML names, returned by name without
// allocating.
var knownNames = [...]string{"EVENT", "TIMEX3", "SIGNAL", "MAKEINSTANCE", "TLINK", "SLINK", "ALINK",
	"eid", "eiid", "eventID", "class", "tid", "type", "value", "lid", "relType", "timeID",
	"eventInstanceID", "relatedToTime", "relatedToEventInstance", "signalID", "sid",
	"tense", "aspect", "polarity", "pos", "modality", "temporalFunction", "functionInDocument",
	"anchorTimeID", "mod", "TEXT", "DCT", "DOCID", "TimeML"}

// knownByFirst lists knownNames by their first byte: a name read is
// compared with the few known names that start as it does (at most five),
// not with all of them (that walk took the most instructions of reading a
// corpus) nor hashed for a map.
var knownByFirst = func() (t [256][]string) {
	for _, k := range knownNames {
		t[k[0]] = append(t[k[0]], k)
	}
	return t
}()

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '-' || c == '.' || c == ':' || c >= 0x80
}

// name reads an XML name at p.pos.
func (p *parser) name() string {
	i := p.pos
	for i < len(p.data) && isNameByte(p.data[i]) {
		i++
	}
	b := p.data[p.pos:i]
	p.pos = i
	if len(b) > 0 {
		for _, k := range knownByFirst[b[0]] {
			if string(b) == k {
				return k
			}
		}
	}
	return string(b)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) && isSpace(p.data[p.pos]) {
		p.pos++
	}
}

func (p *parser) endTag() {
	start := p.pos
	p.pos += 2
	n := p.name()
	p.skipSpace()
	if n == "" || p.pos >= len(p.data) || p.data[p.pos] != '>' {
		p.errorf(start, "malformed end tag")
		return
	}
	p.pos++
	if len(p.stack) == 0 {
		p.errorf(start, "</%s> without an open element", n)
		return
	}
	e := p.stack[len(p.stack)-1]
	if e.name != n {
		p.errorf(start, "</%s> closes <%s> of line %d", n, e.name, e.line)
		return
	}
	p.stack = p.stack[:len(p.stack)-1]
	p.closed(e)
}

func (p *parser) startTag() {
	start := p.pos
	p.pos++
	n := p.name()
	if n == "" {
		p.errorf(start, "'<' not followed by a tag name (write &lt;)")
		return
	}
	var attrs []Attr
	// Only TIMEX3 attributes are kept; the others are checked for syntax
	// (and entities) without being stored.
	keep := n == "TIMEX3"
	empty := false
	for {
		p.skipSpace()
		if p.pos >= len(p.data) {
			p.errorf(start, "<%s> tag is never closed", n)
			return
		}
		c := p.data[p.pos]
		if c == '>' {
			p.pos++
			break
		}
		if c == '/' {
			if p.pos+1 < len(p.data) && p.data[p.pos+1] == '>' {
				p.pos += 2
				empty = true
				break
			}
			p.errorf(p.pos, "unexpected '/' in <%s>", n)
			return
		}
		a, ok := p.attr(n, keep)
		if !ok {
			return
		}
		if !keep {
			continue
		}
		for _, b := range attrs {
			if b.Name == a.Name {
				p.errorf(start, "attribute %s repeated in <%s>", a.Name, n)
				return
			}
		}
		attrs = append(attrs, a)
	}
	e := element{name: n, line: p.line(start), timex: -1}
	p.opened(&e, attrs, start)
	if len(p.errs) > 0 {
		return
	}
	if empty {
		p.closed(e)
		return
	}
	p.stack = append(p.stack, e)
}

// attr reads name="value" or name='value'; unless keep, it only checks
// them and returns an empty Attr.
func (p *parser) attr(tag string, keep bool) (Attr, bool) {
	start := p.pos
	n := p.name()
	if n == "" {
		p.errorf(start, "unexpected %q in <%s>", p.data[p.pos], tag)
		return Attr{}, false
	}
	p.skipSpace()
	if p.pos >= len(p.data) || p.data[p.pos] != '=' {
		p.errorf(start, "attribute %s of <%s> has no value", n, tag)
		return Attr{}, false
	}
	p.pos++
	p.skipSpace()
	if p.pos >= len(p.data) || (p.data[p.pos] != '"' && p.data[p.pos] != '\'') {
		p.errorf(start, "value of attribute %s of <%s> is not quoted", n, tag)
		return Attr{}, false
	}
	q := p.data[p.pos]
	p.pos++
	end := bytes.IndexByte(p.data[p.pos:], q)
	if end < 0 {
		p.errorf(start, "value of attribute %s of <%s> is never closed", n, tag)
		return Attr{}, false
	}
	if bytes.IndexByte(p.data[p.pos:p.pos+end], '<') >= 0 {
		p.errorf(start, "'<' in the value of attribute %s of <%s>", n, tag)
		return Attr{}, false
	}
	v := p.data[p.pos : p.pos+end]
	p.pos += end + 1
	if bytes.IndexByte(v, '&') < 0 {
		if !keep {
			return Attr{}, true
		}
		return Attr{Name: n, Value: string(v)}, true
	}
	var b strings.Builder
	p.decode(&b, p.pos-end-1, p.pos-1)
	return Attr{Name: n, Value: b.String()}, true
}

// opened records the start of element e with attributes attrs.
func (p *parser) opened(e *element, attrs []Attr, off int) {
	switch {
	case e.name == "TEXT" && !p.inText:
		if p.sawText {
			p.errorf(off, "second <TEXT> element")
			return
		}
		p.inText, p.sawText = true, true
	case e.name == "TIMEX3" && p.inText:
		t := newTimex(attrs)
		t.Start = p.text.Len()
		t.Line = e.line
		e.timex = len(p.doc.Timexes)
		p.doc.Timexes = append(p.doc.Timexes, t)
	case e.name == "TIMEX3" && p.top() == "DCT":
		if p.doc.DCT.Attrs != nil {
			p.errorf(off, "second TIMEX3 in <DCT>")
			return
		}
		p.doc.DCT = newTimex(attrs)
		if p.doc.DCT.Attrs == nil {
			p.doc.DCT.Attrs = []Attr{}
		}
		p.doc.DCT.Line = e.line
		p.inDCTTmx = true
	}
}

// closed records the end of element e.
func (p *parser) closed(e element) {
	switch {
	case e.name == "TEXT" && p.inText && !p.insideText():
		p.inText = false
	case e.timex >= 0:
		t := &p.doc.Timexes[e.timex]
		t.End = p.text.Len()
		t.Text = p.text.String()[t.Start:t.End]
	case e.name == "TIMEX3" && p.inDCTTmx:
		p.inDCTTmx = false
	}
}

// insideText reports whether a TEXT element is still open on the stack
// (TEXT nested in TEXT is treated as an ordinary element).
func (p *parser) insideText() bool {
	for _, e := range p.stack {
		if e.name == "TEXT" {
			return true
		}
	}
	return false
}

func newTimex(attrs []Attr) Timex {
	t := Timex{Attrs: attrs}
	for _, a := range attrs {
		switch a.Name {
		case "tid":
			t.TID = a.Value
		case "type":
			t.Type = a.Value
		case "value":
			t.Value = a.Value
		case "mod":
			t.Mod = a.Value
		}
	}
	return t
}
