package pipeline

import (
	"encoding/binary"
	"math"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// The cache's own binary encoding of what it keeps: an analysis (the names
// it was made with, its time expressions and mentions) and a document's
// lexed candidate actors. Written by hand rather than with encoding/gob:
// a gob decoder compiles its program for every value it meets first, which
// was most of what reading an analysis cost, and a gob stream carries type
// numbers that depend on what the process encoded before, which made keys
// differ from one build to the next.
//
// Each value begins with its codec's version byte; a value of another
// version, or one that ends early or runs on, is not decoded (the cache
// treats it as absent). Numbers are varints; a string is written once per
// value and referred to by number after (actor ids, types, roles and the
// document's id repeat from mention to mention). A slice is its length
// then its elements (read back, an empty slice is nil, as gob gave); a
// pointer is a presence byte then what it points to. Every field of the
// types below is written: TestCacheCodecEveryField fails when one is
// added that the codec does not know.

// Codec versions: the first byte of each value. Change one whenever its
// layout changes.
const (
	analysisCodec  = 14
	candidateCodec = 8
)

// encoder appends values to b.
type encoder struct {
	b []byte
	// seen numbers the strings written so far, for references.
	seen map[string]int
}

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }

func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *encoder) float(f float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(f)) }

// str writes s: 0 for "", 2n+1 for the n-th string written before, else
// 2·len(s) and its bytes.
func (e *encoder) str(s string) {
	if s == "" {
		e.uint(0)
		return
	}
	if n, ok := e.seen[s]; ok {
		e.uint(uint64(2*n + 1))
		return
	}
	if e.seen == nil {
		e.seen = map[string]int{}
	}
	e.seen[s] = len(e.seen)
	e.uint(uint64(2 * len(s)))
	e.b = append(e.b, s...)
}

// time writes t as time.Time.MarshalBinary does (instant and zone
// offset, as gob kept them).
func (e *encoder) time(t time.Time) {
	b, err := t.MarshalBinary()
	if err != nil {
		b = nil // a zone offset MarshalBinary cannot write: read back as the zero time
	}
	e.uint(uint64(len(b)))
	e.b = append(e.b, b...)
}

// decoder reads what an encoder wrote; bad is set, for good, when the
// bytes do not hold what is asked.
type decoder struct {
	b    []byte
	bad  bool
	strs []string
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 || v != int64(int(v)) {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// count reads a slice's length: at most what the bytes left could hold,
// each element taking a byte at least.
func (d *decoder) count() int {
	v := d.uint()
	if v > uint64(len(d.b)) {
		d.bad, d.b = true, nil
		return 0
	}
	return int(v)
}

func (d *decoder) bool() bool {
	if len(d.b) == 0 || d.b[0] > 1 {
		d.bad, d.b = true, nil
		return false
	}
	v := d.b[0] == 1
	d.b = d.b[1:]
	return v
}

func (d *decoder) float() float64 {
	if len(d.b) < 8 {
		d.bad, d.b = true, nil
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *decoder) str() string {
	v := d.uint()
	switch {
	case v == 0:
		return ""
	case v&1 == 1:
		if i := v >> 1; i < uint64(len(d.strs)) {
			return d.strs[i]
		}
	case v>>1 <= uint64(len(d.b)):
		s := string(d.b[:v>>1])
		d.b = d.b[v>>1:]
		d.strs = append(d.strs, s)
		return s
	}
	d.bad, d.b = true, nil
	return ""
}

func (d *decoder) time() time.Time {
	n := d.count()
	var t time.Time
	if n > 0 && !d.bad {
		if err := t.UnmarshalBinary(d.b[:n]); err != nil {
			d.bad = true
		}
		d.b = d.b[n:]
	}
	return t
}

// version reads the version byte and reports whether it is want.
func (d *decoder) version(want byte) bool {
	if len(d.b) == 0 || d.b[0] != want {
		d.bad = true
		return false
	}
	d.b = d.b[1:]
	return true
}

// done reports whether everything was read, and well.
func (d *decoder) done() bool { return !d.bad && len(d.b) == 0 }

func (e *encoder) timex(t *timex.Timex) {
	e.int(t.Start)
	e.int(t.End)
	e.str(t.Text)
	e.str(string(t.Type))
	e.str(t.Value)
	e.str(t.Mod)
	e.str(string(t.Granularity))
	e.bool(t.Interval != nil)
	if t.Interval != nil {
		e.time(t.Interval.Start)
		e.time(t.Interval.End)
	}
	e.bool(t.Relative)
	e.bool(t.Future)
}

func (d *decoder) timex(t *timex.Timex) {
	t.Start = d.int()
	t.End = d.int()
	t.Text = d.str()
	t.Type = timex.Type(d.str())
	t.Value = d.str()
	t.Mod = d.str()
	t.Granularity = timex.Granularity(d.str())
	if d.bool() {
		t.Interval = &timex.Interval{Start: d.time(), End: d.time()}
	}
	t.Relative = d.bool()
	t.Future = d.bool()
}

func (e *encoder) mention(m *event.Mention) {
	e.str(m.Doc)
	e.int(m.Sentence)
	e.int(m.Start)
	e.int(m.End)
	e.str(m.Trigger)
	e.str(string(m.Type))
	e.str(m.CAMEO)
	e.str(m.Title)
	e.uint(uint64(len(m.Participants)))
	for _, p := range m.Participants {
		e.str(p.ActorID)
		e.str(string(p.Role))
	}
	e.str(m.Location)
	e.bool(m.Time != nil)
	if m.Time != nil {
		e.timex(m.Time)
	}
	e.str(string(m.Basis))
	e.str(string(m.Factuality))
	e.str(m.Source)
	e.uint(uint64(len(m.Quantities)))
	for _, q := range m.Quantities {
		e.float(q.Min)
		e.float(q.Max)
		e.str(q.Unit)
		e.bool(q.Approx)
		e.str(q.Text)
	}
	e.str(m.Quote)
	e.int(m.QuoteStart)
	e.int(m.QuoteEnd)
	e.float(m.Confidence)
	e.bool(m.Background)
	e.bool(m.Anaphor)
	e.bool(m.Apart)
	e.bool(m.Noun)
	e.bool(m.ReportDated)
	e.bool(m.BoundBy != nil)
	if m.BoundBy != nil {
		e.timex(m.BoundBy)
	}
	e.bool(m.PersonPatient)
	e.bool(m.Injury)
	e.bool(m.Definite)
	e.bool(m.Headlined)
	e.bool(m.UnderWay)
	e.bool(m.Also)
	e.str(m.Instrument)
	e.int(m.Direction)
}

func (d *decoder) mention(m *event.Mention) {
	m.Doc = d.str()
	m.Sentence = d.int()
	m.Start = d.int()
	m.End = d.int()
	m.Trigger = d.str()
	m.Type = event.Type(d.str())
	m.CAMEO = d.str()
	m.Title = d.str()
	if n := d.count(); n > 0 {
		m.Participants = make([]event.Participant, n)
		for i := range m.Participants {
			m.Participants[i] = event.Participant{ActorID: d.str(), Role: event.Role(d.str())}
		}
	}
	m.Location = d.str()
	if d.bool() {
		m.Time = new(timex.Timex)
		d.timex(m.Time)
	}
	m.Basis = event.Basis(d.str())
	m.Factuality = event.Factuality(d.str())
	m.Source = d.str()
	if n := d.count(); n > 0 {
		m.Quantities = make([]event.Quantity, n)
		for i := range m.Quantities {
			q := &m.Quantities[i]
			q.Min = d.float()
			q.Max = d.float()
			q.Unit = d.str()
			q.Approx = d.bool()
			q.Text = d.str()
		}
	}
	m.Quote = d.str()
	m.QuoteStart = d.int()
	m.QuoteEnd = d.int()
	m.Confidence = d.float()
	m.Background = d.bool()
	m.Anaphor = d.bool()
	m.Apart = d.bool()
	m.Noun = d.bool()
	m.ReportDated = d.bool()
	if d.bool() {
		m.BoundBy = new(timex.Timex)
		d.timex(m.BoundBy)
	}
	m.PersonPatient = d.bool()
	m.Injury = d.bool()
	m.Definite = d.bool()
	m.Headlined = d.bool()
	m.UnderWay = d.bool()
	m.Also = d.bool()
	m.Instrument = d.str()
	m.Direction = d.int()
}

// encodeAnalysis returns the value kept for an analysis: the names (actor
// id, canonical name) it was made with, its time expressions and
// mentions.
func encodeAnalysis(names [][2]string, tx []timex.Timex, ms []event.Mention) []byte {
	e := encoder{b: []byte{analysisCodec}}
	e.uint(uint64(len(names)))
	for _, n := range names {
		e.str(n[0])
		e.str(n[1])
	}
	e.uint(uint64(len(tx)))
	for i := range tx {
		e.timex(&tx[i])
	}
	e.uint(uint64(len(ms)))
	for i := range ms {
		e.mention(&ms[i])
	}
	return e.b
}

// decodeAnalysis reads what encodeAnalysis wrote; false when v holds
// something else.
func decodeAnalysis(v []byte) (names [][2]string, tx []timex.Timex, ms []event.Mention, ok bool) {
	d := decoder{b: v}
	if !d.version(analysisCodec) {
		return nil, nil, nil, false
	}
	if n := d.count(); n > 0 {
		names = make([][2]string, n)
		for i := range names {
			names[i] = [2]string{d.str(), d.str()}
		}
	}
	if n := d.count(); n > 0 {
		tx = make([]timex.Timex, n)
		for i := range tx {
			d.timex(&tx[i])
		}
	}
	if n := d.count(); n > 0 {
		ms = make([]event.Mention, n)
		for i := range ms {
			d.mention(&ms[i])
		}
	}
	if !d.done() {
		return nil, nil, nil, false
	}
	return names, tx, ms, true
}

// encodeCandidates returns the value kept for a document's lexed
// candidate actors, sentence by sentence, and its tokens toks (those
// token.Tokenize gives its text), so that a document lexed before is not
// tokenized again: each token is its offset from the end of the one
// before, its length, its kind and whether it is Joined (its text is the
// document's between its offsets).
func encodeCandidates(sents [][]actor.LexedCandidate, toks []token.Token) []byte {
	e := encoder{b: []byte{candidateCodec}}
	e.uint(uint64(len(sents)))
	for _, cs := range sents {
		e.uint(uint64(len(cs)))
		for _, c := range cs {
			e.uint(uint64(c.Kind))
			e.int(c.First)
			e.int(c.Last)
			e.uint(uint64(len(c.IDs)))
			for _, id := range c.IDs {
				e.str(id)
			}
			e.str(c.Role)
			e.str(c.Affil)
			e.bool(c.Location)
			e.bool(c.Acronym)
			e.int(c.Skip)
			e.str(c.Sector)
			e.bool(c.Bare)
			e.bool(c.Attributive)
			e.str(c.Party)
			e.str(c.Home)
			e.bool(c.Own)
			e.int(c.Sentence)
		}
	}
	e.uint(uint64(len(toks)))
	end := 0
	for _, t := range toks {
		e.int(t.Start - end)
		e.int(t.End - t.Start)
		e.uint(uint64(t.Kind))
		e.bool(t.Joined)
		end = t.End
	}
	return e.b
}

// decodeCandidates reads what encodeCandidates wrote for a document whose
// text is text; false when v holds something else (or tokens that do not
// lie in order within text).
func decodeCandidates(v []byte, text string) ([][]actor.LexedCandidate, []token.Token, bool) {
	d := decoder{b: v}
	if !d.version(candidateCodec) {
		return nil, nil, false
	}
	var sents [][]actor.LexedCandidate
	if n := d.count(); n > 0 {
		sents = make([][]actor.LexedCandidate, n)
		for i := range sents {
			m := d.count()
			if m == 0 {
				continue
			}
			sents[i] = make([]actor.LexedCandidate, m)
			for j := range sents[i] {
				c := &sents[i][j]
				kind := d.uint()
				if kind > math.MaxUint8 {
					return nil, nil, false
				}
				c.Kind = uint8(kind)
				c.First = d.int()
				c.Last = d.int()
				if k := d.count(); k > 0 {
					c.IDs = make([]string, k)
					for x := range c.IDs {
						c.IDs[x] = d.str()
					}
				}
				c.Role = d.str()
				c.Affil = d.str()
				c.Location = d.bool()
				c.Acronym = d.bool()
				c.Skip = d.int()
				c.Sector = d.str()
				c.Bare = d.bool()
				c.Attributive = d.bool()
				c.Party = d.str()
				c.Home = d.str()
				c.Own = d.bool()
				c.Sentence = d.int()
			}
		}
	}
	var toks []token.Token
	if n := d.count(); n > 0 {
		toks = make([]token.Token, n)
		end := 0
		for i := range toks {
			start := end + d.int()
			end = start + d.int()
			kind := d.uint()
			joined := d.bool()
			if d.bad || start < 0 || end < start || end > len(text) || kind > math.MaxUint8 ||
				(i > 0 && start < toks[i-1].End) {
				return nil, nil, false
			}
			toks[i] = token.Token{Start: start, End: end, Text: text[start:end], Kind: token.Kind(kind), Joined: joined}
		}
	}
	if !d.done() {
		return nil, nil, false
	}
	return sents, toks, true
}
