package pipeline_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/pipeline"
)

// memCache is a Cache in memory that counts its hits and misses.
type memCache struct {
	mu           sync.Mutex
	m            map[string][]byte
	hits, misses int
}

func (c *memCache) Get(key []byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[string(key)]
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	return v, ok
}

func (c *memCache) Put(key, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[string(key)] = value
}

// cacheSample is how many TE3-Silver articles TestCacheSameResult adds to
// the seeds.
const cacheSample = 40

// cacheAdded is how many documents TestCacheSameResult's second build adds
// to its first.
const cacheAdded = 5

// TestCacheSameResult checks that a build served by the cache gives the
// same timeline as one without, after documents are added, removed and
// changed (which changes the actors other documents resolve to, and so
// their keys or their names).
func TestCacheSameResult(t *testing.T) {
	paths := []string{"../seeds"}
	if files, _ := filepath.Glob("../../shared/data/tempeval3/TE3-Silver/*.tml"); len(files) > 0 {
		slices.Sort(files)
		paths = append(paths, files[:min(cacheSample, len(files))]...)
	}
	all, errs := document.ReadPaths(paths, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	build := func(docs []document.Document, c pipeline.Cache) string {
		t.Helper()
		tl, errs := pipeline.Build(slices.Clone(docs), pipeline.Options{Cache: c})
		if tl == nil {
			t.Fatal(errs)
		}
		b, err := json.Marshal(tl)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	cache := &memCache{m: map[string][]byte{}}
	// the first build fills the cache from a part of the documents (the
	// seeds alone, when TE3-Silver is not beside the checkout, keep three)
	part := all[:len(all)-min(cacheAdded, len(all)/2)]
	if build(part, cache) != build(part, nil) {
		t.Fatal("a build filling the cache differs from one without")
	}
	if cache.hits != 0 || len(cache.m) == 0 {
		t.Fatalf("a first build: %d hits, %d entries", cache.hits, len(cache.m))
	}
	// documents added: the others come from the cache
	cache.hits, cache.misses = 0, 0
	if build(all, cache) != build(all, nil) {
		t.Error("a build with added documents differs from one without cache")
	}
	if cache.hits == 0 || cache.misses == 0 {
		t.Errorf("added documents: %d hits, %d misses; want both", cache.hits, cache.misses)
	}
	// a document changed and one removed
	changed := slices.Clone(all[1:])
	changed[0].Text += "\n\nPresident Zoe Muller of Lemuria met Atlantis's prime minister in Port City on Friday."
	cache.hits, cache.misses = 0, 0
	if build(changed, cache) != build(changed, nil) {
		t.Error("a build with a changed and a removed document differs from one without cache")
	}
	if cache.misses == 0 {
		t.Error("a changed document was served from the cache")
	}
	// a document whose actors resolve otherwise once another document
	// names them in full: its own text is unchanged, its analysis is not
	later := document.Document{ID: "zz-later", Text: "Varga met the Atlantean envoy in Port City on Monday, officials said.", DCT: changed[0].DCT}
	first := document.Document{ID: "aa-first", Text: "Lemurian President Ilse Varga arrived in Atlantis on Friday for talks.", DCT: changed[0].DCT}
	alone := append(slices.Clone(changed), later)
	build(alone, cache)
	cache.hits, cache.misses = 0, 0
	both := append(slices.Clone(alone), first)
	if build(both, cache) != build(both, nil) {
		t.Error("a document whose actors changed was served as before")
	}
	changed = both
	// an --actors file naming an organization the text names: lexing
	// changes with the gazetteer, so cached candidates must not serve
	gaz := filepath.Join(t.TempDir(), "actors.yaml")
	org := document.Document{ID: "ab-org", Text: "The Quorvat Assembly met in Port City on Monday and condemned the blockade.", DCT: later.DCT}
	withOrg := append(slices.Clone(both), org)
	build(withOrg, cache)
	if err := os.WriteFile(gaz, []byte("- id: org:qa-council\n  name: 'Quorvat Council'\n  kind: organization\n  aliases: ['Quorvat Assembly']\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	buildWith := func(c pipeline.Cache) string {
		tl, errs := pipeline.Build(slices.Clone(withOrg), pipeline.Options{Cache: c, ActorFiles: []string{gaz}})
		if tl == nil {
			t.Fatal(errs)
		}
		b, _ := json.Marshal(tl)
		return string(b)
	}
	if got := buildWith(cache); got != buildWith(nil) || !strings.Contains(got, "org:qa-council") {
		t.Error("a build with an --actors file was served the candidates lexed without it")
	}
	changed = withOrg
	// everything from the cache
	cache.hits, cache.misses = 0, 0
	if build(changed, cache) != build(changed, nil) {
		t.Error("a build served by the cache alone differs from one without")
	}
	if cache.misses != 0 {
		t.Errorf("a second build of the same documents missed the cache %d times", cache.misses)
	}
}

// TestCacheReread checks the cache with documents read from files whose
// texts are let go and read again (document.ReadOptions.Reread, as the
// command reads them): a dated document served from the cache is not read
// again, an undated one is (its DCT is inferred from its text); both
// builds give the timeline of a build without cache.
func TestCacheReread(t *testing.T) {
	paths := []string{"../seeds"} // three undated, two dated
	if files, _ := filepath.Glob("../../shared/data/tempeval3/TE3-Silver/*.tml"); len(files) > 0 {
		slices.Sort(files)
		paths = append(paths, files[:min(cacheSample/2, len(files))]...)
	}
	docs, errs := document.Read(paths, nil, document.ReadOptions{Reread: true})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	build := func(c pipeline.Cache) string {
		t.Helper()
		tl, errs := pipeline.Build(slices.Clone(docs), pipeline.Options{Cache: c})
		if tl == nil || len(errs) > 0 {
			t.Fatal(errs)
		}
		b, err := json.Marshal(tl)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := build(nil)
	cache := &memCache{m: map[string][]byte{}}
	if build(cache) != want {
		t.Error("a build filling the cache differs from one without")
	}
	cache.hits, cache.misses = 0, 0
	if build(cache) != want {
		t.Error("a build served by the cache differs from one without")
	}
	if cache.misses != 0 || cache.hits == 0 {
		t.Errorf("a second build: %d hits, %d misses; want no miss", cache.hits, cache.misses)
	}
}
