package pipeline

import (
	"crypto/sha256"
	"fmt"
	"os"
	"slices"
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
// document's id, text (its SHA-256, taken when Lex read it, so that a
// document whose analysis is cached is not read a second time), DCT and
// title (a headline telling a statement: event.Input.Headline), the
// CAMEO-verbs switch and the document's resolved actor mentions; the
// program's version is the store's. The one
// input of Analyze beyond the document, the canonical names of actors
// (for titles), is checked on reading: the entry keeps the name of every
// actor its result or its actors refer to, and is used only when each is
// still the same. So a build with the cache gives the same bytes as one
// without.

// The candidate actors Lex finds are cached too (actor.LexedCandidate),
// with the document's tokens: they depend on the text and the gazetteer
// alone (the built-in one is the program's; the --actors files are in the
// key), and lexing — the gazetteer's matching and the name finder — is
// most of what the actor stage costs (tokenizing again was a third of what
// was left of it). Resolution, which depends on the documents before, runs on
// them every build.

// cachedAnalyzer is a stageAnalyzer whose Lex and Analyze read from and
// write to a Cache.
type cachedAnalyzer struct {
	*stageAnalyzer
	cache Cache
	// gazetteerKey is actorFilesKey of the --actors files.
	gazetteerKey []byte
	// texts holds the SHA-256 of the text of each document lexed and not
	// yet forgotten, by id (guarded by stageAnalyzer.mu).
	texts map[string][sha256.Size]byte
}

// Key prefixes: they change whenever a key's layout does (a value's
// layout has its codec's version: cachecodec.go).
const (
	cacheKeyVersion = "chronograph analysis key 3\x00"
	lexedKeyVersion = "chronograph lexed key 2\x00"
)

// Lex is stageAnalyzer.Lex with the candidate actors taken from the cache
// when it holds them for doc's text and the same gazetteer, and cached
// when not. It keeps the hash of doc's text for Analyze, which can then
// find doc's analysis without reading the text again.
func (c *cachedAnalyzer) Lex(doc *document.Document) error {
	sum := sha256.Sum256([]byte(doc.Text))
	c.mu.Lock()
	if c.texts == nil {
		c.texts = map[string][sha256.Size]byte{}
	}
	c.texts[doc.ID] = sum
	c.mu.Unlock()
	h := sha256.New()
	h.Write([]byte(lexedKeyVersion))
	h.Write(c.gazetteerKey)
	h.Write(sum[:])
	key := h.Sum(nil)
	if v, ok := c.cache.Get(key); ok {
		if cands, toks, ok := decodeCandidates(v, doc.Text); ok {
			return c.relex(doc, toks, cands)
		}
	}
	if err := c.stageAnalyzer.Lex(doc); err != nil {
		return err
	}
	c.mu.Lock()
	x := c.lexed[doc.ID]
	c.mu.Unlock()
	if x != nil {
		c.cache.Put(key, encodeCandidates(x.Candidates(), token.Tokenize(doc.Text)))
	}
	return nil
}

// relex keeps, as Lex would, the Lexed document of doc's cached
// candidates and tokens.
func (s *stageAnalyzer) relex(doc *document.Document, toks []token.Token, cands [][]actor.LexedCandidate) (err error) {
	defer recoverStage(&err)
	x := s.gazetteer.Relexed(doc.Text, toks, cands)
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

// Analyze returns the cached analysis of doc when there is one made with
// the same inputs (without the time expressions of a dated document: see
// cachedTimexes), else analyses doc and caches the result. The key is
// made from the hash of the text Lex kept, so that a document whose text
// was let go (document.Document.Drop) is read again only when its
// analysis is not in the cache.
func (c *cachedAnalyzer) Analyze(doc *document.Document) ([]timex.Timex, []event.Mention, error) {
	c.mu.Lock()
	t := c.seen[doc.ID]
	sum, hashed := c.texts[doc.ID]
	c.mu.Unlock()
	if t == nil || !hashed {
		return c.analyze(doc) // not resolved: its error
	}
	key := c.key(doc, sum, t.actors)
	if v, found := c.cache.Get(key); found {
		if tx, ms, ok := c.decode(v); ok {
			return tx, ms, nil
		}
	}
	tx, ms, err := c.analyze(doc)
	if err != nil {
		return tx, ms, err
	}
	c.cache.Put(key, c.encode(cachedTimexes(doc, tx), ms, t.actors))
	return tx, ms, nil
}

// cachedTimexes returns the time expressions tx of doc that its entry
// keeps: none for a dated document. The build keeps those of an undated
// document alone, to infer its DCT (run, reanalyze); a dated one's are
// let go as soon as it is analysed, and an entry's key holds the DCT, so
// that a dated document's entry serves dated documents only. Decoding
// them cost a tenth of the CPU of the cached analyses of a build that
// adds 10 articles to TE3-Silver's others. So Analyze returns no time
// expressions for a dated document served from the cache.
func cachedTimexes(doc *document.Document, tx []timex.Timex) []timex.Timex {
	if !doc.DCT.IsZero() {
		return nil
	}
	return tx
}

// analyze is stageAnalyzer.Analyze of doc, its text read again first when
// it was let go.
func (c *cachedAnalyzer) analyze(doc *document.Document) ([]timex.Timex, []event.Mention, error) {
	if err := doc.Load(); err != nil {
		return nil, nil, err
	}
	return c.stageAnalyzer.Analyze(doc)
}

// textLoader is an analyzer whose Analyze reads the text of a document
// that was let go (document.Document.Drop) itself, only when it needs it:
// run leaves the text of a dated document unread for it.
type textLoader interface{ loadsText() }

// loadsText makes cachedAnalyzer a textLoader.
func (c *cachedAnalyzer) loadsText() {}

// Forget is stageAnalyzer.Forget, and drops the hash of doc's text.
func (c *cachedAnalyzer) Forget(doc *document.Document) {
	c.stageAnalyzer.Forget(doc)
	c.mu.Lock()
	delete(c.texts, doc.ID)
	c.mu.Unlock()
}

// key returns the cache key of the analysis of doc, whose text has the
// hash sum, with its resolved actors. It covers every field of every
// actor mention: a mention's text is its offsets in the text unless the
// packed mentions hold it apart.
func (c *cachedAnalyzer) key(doc *document.Document, sum [sha256.Size]byte, actors *packedActors) []byte {
	e := encoder{b: make([]byte, 0, 256)}
	e.str(cacheKeyVersion)
	e.str(doc.ID)
	e.b = append(e.b, sum[:]...)
	if doc.DCT.IsZero() {
		e.str("")
	} else {
		e.str(doc.DCT.UTC().Format(time.RFC3339Nano))
	}
	e.str(doc.Title)
	e.bool(c.cameoVerbs)
	e.uint(uint64(len(actors.ms)))
	for i, m := range actors.ms {
		e.int(m.start)
		e.int(m.end)
		text, apart := actors.texts[i]
		e.bool(apart)
		if apart {
			e.str(text)
		}
		for _, n := range [...]uint32{m.id, m.kind, m.role, m.affiliation, m.sector} {
			e.str(c.strs.all[n])
		}
		e.bool(m.location)
	}
	sum = sha256.Sum256(e.b)
	return sum[:]
}

// encode returns the value cached for an analysis made with actors: the
// result and the names of the actors it was made with.
func (c *cachedAnalyzer) encode(tx []timex.Timex, ms []event.Mention, actors *packedActors) []byte {
	var names [][2]string
	for _, id := range referenced(c.strs.ids(actors), ms) {
		names = append(names, [2]string{id, c.names[id]})
	}
	return encodeAnalysis(names, tx, ms)
}

// decode returns the analysis held in v when every actor name it was made
// with is still the same.
func (c *cachedAnalyzer) decode(v []byte) ([]timex.Timex, []event.Mention, bool) {
	names, tx, ms, ok := decodeAnalysis(v)
	if !ok {
		return nil, nil, false
	}
	c.namesOnce.Do(c.makeNames)
	for _, n := range names {
		if c.names[n[0]] != n[1] {
			return nil, nil, false
		}
	}
	return tx, ms, true
}

// referenced returns, sorted, the ids of the actors the actor mentions
// (their ids and affiliations, actorIDs) and the mentions ms refer to.
func referenced(actorIDs []string, ms []event.Mention) []string {
	ids := actorIDs
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

// ids returns the actor ids and affiliations of the packed mentions p.
func (t *stringTable) ids(p *packedActors) []string {
	ids := make([]string, 0, 2*len(p.ms))
	for _, m := range p.ms {
		ids = append(ids, t.all[m.id], t.all[m.affiliation])
	}
	return ids
}
