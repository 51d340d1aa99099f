package pipeline

import (
	"reflect"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
)

// TestCachedNamesChecked checks that a cached analysis made when an actor
// had another canonical name (its titles read that name) is not used.
func TestCachedNamesChecked(t *testing.T) {
	s := &stageAnalyzer{seen: map[string]*tokens{}}
	s.namesOnce.Do(func() {}) // names set by hand below
	s.names = map[string]string{"person:kovacs": "Kovacs"}
	actors := []actor.Mention{{Start: 0, End: 6, Text: "Kovacs", ActorID: "person:kovacs", Kind: actor.Person}}
	c := &cachedAnalyzer{stageAnalyzer: s}
	ms := []event.Mention{{Doc: "a", Title: "Kovacs visits Port City", Participants: []event.Participant{{ActorID: "person:kovacs", Role: event.Agent}}}}
	v := c.encode(nil, ms, s.strs.pack("Kovacs", actors))
	if _, got, ok := c.decode(v); !ok || len(got) != 1 || got[0].Title != ms[0].Title {
		t.Fatalf("decode with the same names: %v %v", got, ok)
	}
	s.names["person:kovacs"] = "Petra Kovacs"
	if _, _, ok := c.decode(v); ok {
		t.Error("an analysis made with another name of its actor was used")
	}
}

// mapCache is a Cache in a map that counts its hits (one goroutine at a
// time).
type mapCache struct {
	m    map[string][]byte
	hits int
}

func (c *mapCache) Get(key []byte) ([]byte, bool) {
	v, ok := c.m[string(key)]
	if ok {
		c.hits++
	}
	return v, ok
}

func (c *mapCache) Put(key, value []byte) { c.m[string(key)] = value }

// TestCachedTimexes checks what an entry keeps of the time expressions
// (cachedTimexes): a dated document served from the cache comes without
// them and with the mentions analysing it gave; an undated one with both,
// as analysing it gave them (its DCT is inferred from them).
func TestCachedTimexes(t *testing.T) {
	cache := &mapCache{m: map[string][]byte{}}
	analyse := func(doc document.Document) ([]timex.Timex, []event.Mention) {
		t.Helper()
		sa, err := newAnalyzer(nil, false, 1, true)
		if err != nil {
			t.Fatal(err)
		}
		key, _ := actorFilesKey(nil)
		c := &cachedAnalyzer{stageAnalyzer: sa, cache: cache, gazetteerKey: key}
		if err := c.Lex(&doc); err != nil {
			t.Fatal(err)
		}
		if err := c.Resolve(&doc); err != nil {
			t.Fatal(err)
		}
		tx, ms, err := c.Analyze(&doc)
		if err != nil {
			t.Fatal(err)
		}
		return tx, ms
	}
	const text = "The foreign minister arrived in Port City on Monday. Talks on the treaty began on 3 March 2024 and ended two days later."
	for _, dct := range []time.Time{time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC), {}} {
		doc := document.Document{ID: "a", Text: text, DCT: dct}
		tx, ms := analyse(doc)
		if len(tx) == 0 || len(ms) == 0 {
			t.Fatalf("DCT %v: analysed into %d time expressions and %d mentions; want some of each", dct, len(tx), len(ms))
		}
		cache.hits = 0
		tx2, ms2 := analyse(doc)
		if cache.hits != 2 { // the candidates and the analysis
			t.Fatalf("DCT %v: the second analysis was not served from the cache", dct)
		}
		want := tx
		if !dct.IsZero() {
			want = nil
		}
		if !reflect.DeepEqual(tx2, want) {
			t.Errorf("DCT %v: time expressions from the cache %v, want %v", dct, tx2, want)
		}
		if !reflect.DeepEqual(ms2, ms) {
			t.Errorf("DCT %v: mentions from the cache %v, want %v", dct, ms2, ms)
		}
	}
}
