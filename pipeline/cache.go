package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// Cache keeps documents' analyses between builds (Options.Cache; package
// store is the one on disk). Keys and values are opaque bytes; Get and Put
// are called from several goroutines at once.
type Cache interface {
	Get(key []byte) ([]byte, bool)
	Put(key, value []byte)
}

// What a cached analysis covers. Actor resolution depends on the
// documents resolved before (people first named in full elsewhere, names
// learnt), so it is not cached: it runs on every build, and the cache
// serves the costly stage after it, Analyze (time tagging, parsing, event
// extraction). An entry's key covers everything Analyze reads: the
// document's id, text and DCT, the CAMEO-verbs switch and the document's
// resolved actor mentions; the program's version is the store's. The one
// input of Analyze beyond the document, the canonical names of actors
// (for titles), is checked on reading: the entry keeps the name of every
// actor its result or its actors refer to, and is used only when each is
// still the same. So a build with the cache gives the same bytes as one
// without.

// The candidate actors Lex finds are cached too (actor.LexedCandidate):
// they depend on the text and the gazetteer alone (the built-in one is the
// program's; the --actors files are in the key), and lexing — the
// gazetteer's matching and the name finder — is most of what the actor
// stage costs. Resolution, which depends on the documents before, runs on
// them every build.

// cachedAnalyzer is a stageAnalyzer whose Lex and Analyze read from and
// write to a Cache.
type cachedAnalyzer struct {
	*stageAnalyzer
	cache Cache
	// gazetteerKey is actorFilesKey of the --actors files.
	gazetteerKey []byte
}

// Key prefixes: they change whenever a key's layout or its value's does.
const (
	cacheKeyVersion = "chronograph analysis key 1\x00"
	lexedKeyVersion = "chronograph lexed key 1\x00"
)

// Lex is stageAnalyzer.Lex with the candidate actors taken from the cache
// when it holds them for doc's text and the same gazetteer, and cached
// when not.
func (c *cachedAnalyzer) Lex(doc *document.Document) error {
	h := sha256.New()
	h.Write([]byte(lexedKeyVersion))
	h.Write(c.gazetteerKey)
	h.Write([]byte(doc.Text))
	key := h.Sum(nil)
	if v, ok := c.cache.Get(key); ok {
		var cands [][]actor.LexedCandidate
		if err := gob.NewDecoder(bytes.NewReader(v)).Decode(&cands); err == nil {
			return c.relex(doc, cands)
		}
	}
	if err := c.stageAnalyzer.Lex(doc); err != nil {
		return err
	}
	c.mu.Lock()
	x := c.lexed[doc.ID]
	c.mu.Unlock()
	var b bytes.Buffer
	if x != nil && gob.NewEncoder(&b).Encode(x.Candidates()) == nil {
		c.cache.Put(key, b.Bytes())
	}
	return nil
}

// relex keeps, as Lex would, the Lexed document of doc's cached
// candidates.
func (s *stageAnalyzer) relex(doc *document.Document, cands [][]actor.LexedCandidate) (err error) {
	defer recoverStage(&err)
	x := s.gazetteer.Relexed(doc.Text, token.Tokenize(doc.Text), cands)
	s.mu.Lock()
	s.lexed[doc.ID] = x
	s.mu.Unlock()
	return nil
}

// actorFilesKey returns what identifies the --actors files merged over the
// built-in gazetteer: their contents, in order (the built-in one is the
// program's, whose version is the store's).
func actorFilesKey(files []string) ([]byte, error) {
	h := sha256.New()
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("--actors: %w", err)
		}
		fmt.Fprintf(h, "%d\x00", len(b))
		h.Write(b)
	}
	return h.Sum(nil), nil
}

// cached is the value stored for one analysis.
type cached struct {
	Names    [][2]string // actor id, canonical name: the names the result was made with
	Timexes  []timex.Timex
	Mentions []event.Mention
}

// Analyze returns the cached analysis of doc when there is one made with
// the same inputs, else analyses doc and caches the result.
func (c *cachedAnalyzer) Analyze(doc *document.Document) ([]timex.Timex, []event.Mention, error) {
	c.mu.Lock()
	t := c.seen[doc.ID]
	c.mu.Unlock()
	if t == nil {
		return c.stageAnalyzer.Analyze(doc) // not resolved: its error
	}
	actors := c.strs.unpack(doc.Text, t.actors)
	key, ok := c.key(doc, actors)
	if !ok {
		return c.stageAnalyzer.Analyze(doc)
	}
	if v, found := c.cache.Get(key); found {
		if tx, ms, ok := c.decode(v); ok {
			return tx, ms, nil
		}
	}
	tx, ms, err := c.stageAnalyzer.Analyze(doc)
	if err != nil {
		return tx, ms, err
	}
	if v, ok := c.encode(tx, ms, actors); ok {
		c.cache.Put(key, v)
	}
	return tx, ms, nil
}

// key returns the cache key of the analysis of doc with its resolved
// actors; false when they cannot be encoded.
func (c *cachedAnalyzer) key(doc *document.Document, actors []actor.Mention) ([]byte, bool) {
	h := sha256.New()
	var n [binary.MaxVarintLen64]byte
	str := func(s string) {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		h.Write([]byte(s))
	}
	str(cacheKeyVersion)
	str(doc.ID)
	str(doc.Text)
	if doc.DCT.IsZero() {
		str("")
	} else {
		str(doc.DCT.UTC().Format(time.RFC3339Nano))
	}
	str(strconv.FormatBool(c.cameoVerbs))
	// every field of every actor mention (gob encodes a slice of structs
	// the same way each time)
	if err := gob.NewEncoder(h).Encode(actors); err != nil {
		return nil, false
	}
	return h.Sum(nil), true
}

// encode returns the value cached for an analysis made with actors: the
// result and the names of the actors it was made with.
func (c *cachedAnalyzer) encode(tx []timex.Timex, ms []event.Mention, actors []actor.Mention) ([]byte, bool) {
	v := cached{Timexes: tx, Mentions: ms}
	for _, id := range referenced(actors, ms) {
		v.Names = append(v.Names, [2]string{id, c.names[id]})
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&v); err != nil {
		return nil, false
	}
	return b.Bytes(), true
}

// decode returns the analysis held in v when every actor name it was made
// with is still the same.
func (c *cachedAnalyzer) decode(v []byte) ([]timex.Timex, []event.Mention, bool) {
	var x cached
	if err := gob.NewDecoder(bytes.NewReader(v)).Decode(&x); err != nil {
		return nil, nil, false
	}
	c.namesOnce.Do(c.makeNames)
	for _, n := range x.Names {
		if c.names[n[0]] != n[1] {
			return nil, nil, false
		}
	}
	return x.Timexes, x.Mentions, true
}

// referenced returns, sorted, the ids of the actors the actor mentions
// and the mentions ms refer to.
func referenced(actors []actor.Mention, ms []event.Mention) []string {
	var ids []string
	for _, a := range actors {
		ids = append(ids, a.ActorID, a.Affiliation)
	}
	for _, m := range ms {
		ids = append(ids, m.Location, m.Source)
		for _, p := range m.Participants {
			ids = append(ids, p.ActorID)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) > 0 && ids[0] == "" {
		ids = ids[1:]
	}
	return ids
}
