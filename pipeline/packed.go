package pipeline

import (
	"strings"

	"github.com/chronograph-news/chronograph/actor"
)

// packedActors is the actor mentions of one document in the form kept
// between Resolve and Analyze, while every other document is resolved:
// offsets into the text, which is read again for the analysis, and
// numbers standing for the strings, which repeat from document to
// document. It takes about a third of the memory of the mentions.
type packedActors struct {
	ms []packedActor
	// texts holds the text of a mention that is not the text at its
	// offsets, by index (nil when there is none).
	texts map[int]string
}

// packedActor is one actor.Mention; the numbers index strings.
type packedActor struct {
	start, end                          int
	id, kind, role, affiliation, sector uint32
	location                            bool
}

// stringTable numbers the strings of the packed mentions. Resolve adds to it
// (one document at a time) and Analyze only reads it, after every
// document is resolved.
type stringTable struct {
	index map[string]uint32
	all   []string
}

// number returns the number of s, giving it one when it has none.
func (t *stringTable) number(s string) uint32 {
	if n, ok := t.index[s]; ok {
		return n
	}
	if t.index == nil {
		t.index = map[string]uint32{}
	}
	n := uint32(len(t.all))
	s = strings.Clone(s) // not the whole text of the document it was found in
	t.index[s] = n
	t.all = append(t.all, s)
	return n
}

// pack packs ms, mentions of text, with the strings of t.
func (t *stringTable) pack(text string, ms []actor.Mention) *packedActors {
	p := &packedActors{ms: make([]packedActor, len(ms))}
	for i, m := range ms {
		p.ms[i] = packedActor{start: m.Start, end: m.End,
			id: t.number(m.ActorID), kind: t.number(string(m.Kind)), role: t.number(m.Role),
			affiliation: t.number(m.Affiliation), sector: t.number(m.Sector), location: m.Location}
		if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
			if p.texts == nil {
				p.texts = map[int]string{}
			}
			p.texts[i] = m.Text
		}
	}
	return p
}

// unpack returns the mentions p packs, of text (the text pack was given).
func (t *stringTable) unpack(text string, p *packedActors) []actor.Mention {
	ms := make([]actor.Mention, len(p.ms))
	for i, m := range p.ms {
		s, ok := p.texts[i]
		if !ok {
			s = text[m.start:m.end]
		}
		ms[i] = actor.Mention{Start: m.start, End: m.end, Text: s,
			ActorID: t.all[m.id], Kind: actor.Kind(t.all[m.kind]), Role: t.all[m.role],
			Affiliation: t.all[m.affiliation], Sector: t.all[m.sector], Location: m.location}
	}
	return ms
}
