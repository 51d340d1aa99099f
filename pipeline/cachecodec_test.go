package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/chronograph-news/chronograph/actor"
	"github.com/chronograph-news/chronograph/document"
	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/timex"
	"github.com/chronograph-news/chronograph/token"
)

// fill sets every field reachable from v (a pointer) to a value that is
// not its zero value and differs from field to field: pointers point,
// slices hold two elements, times are set in a zone of their own (never
// offset 0, which reads back as UTC, a Location DeepEqual tells apart).
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2000+*n, 3, 4, 5, 6, 7, 8, time.FixedZone("", 3600*(1+*n%11)))))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			fill(v.Field(i), n)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := 0; i < 2; i++ {
			fill(v.Index(i), n)
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fill(v.Index(i), n)
		}
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", *n%7)) // some repeat: references
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(-*n * 1000))
	case reflect.Uint8:
		v.SetUint(uint64(*n))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	default:
		panic("fill: no value for a field of kind " + v.Kind().String() + ": teach the cache codec and this test about it")
	}
}

// TestCacheCodecEveryField checks that the cache codec gives back every
// field of the values it keeps, each set: a field added to these types
// and not to the codec fails here.
func TestCacheCodecEveryField(t *testing.T) {
	n := 0
	var names [][2]string
	var tx []timex.Timex
	var ms []event.Mention
	var cands [][]actor.LexedCandidate
	for _, p := range []any{&names, &tx, &ms, &cands} {
		fill(reflect.ValueOf(p).Elem(), &n)
	}
	gotNames, gotTx, gotMs, ok := decodeAnalysis(encodeAnalysis(names, tx, ms))
	if !ok {
		t.Fatal("an encoded analysis does not decode")
	}
	if !reflect.DeepEqual(gotNames, names) || !reflect.DeepEqual(gotTx, tx) || !reflect.DeepEqual(gotMs, ms) {
		t.Errorf("analysis read back differs:\n got %+v\n%+v\nwant %+v\n%+v", gotTx, gotMs, tx, ms)
	}
	// times: the same instant and zone offset (DeepEqual compares the
	// *Location, which a round trip through bytes makes anew)
	for i := range tx {
		for _, p := range [][2]time.Time{{tx[i].Interval.Start, gotTx[i].Interval.Start}, {tx[i].Interval.End, gotTx[i].Interval.End}} {
			if p[0].String() != p[1].String() {
				t.Errorf("time %v read back as %v", p[0], p[1])
			}
		}
	}
	const text = "Envoys met in Port City on Friday."
	toks := token.Tokenize(text)
	gotCands, gotToks, ok := decodeCandidates(encodeCandidates(cands, toks), text)
	if !ok || !reflect.DeepEqual(gotCands, cands) || !reflect.DeepEqual(gotToks, toks) {
		t.Errorf("candidates read back as %+v, %+v, %v; want %+v, %+v", gotCands, gotToks, ok, cands, toks)
	}
}

// TestCacheCodecEmpty checks that empty slices read back as nil, as they
// did through gob, and that zero values survive.
func TestCacheCodecEmpty(t *testing.T) {
	ms := []event.Mention{{Doc: "d", Participants: []event.Participant{}}, {}}
	_, tx, got, ok := decodeAnalysis(encodeAnalysis(nil, []timex.Timex{}, ms))
	if !ok || tx != nil || len(got) != 2 || got[0].Participants != nil || got[0].Doc != "d" || !reflect.DeepEqual(got[1], event.Mention{}) {
		t.Errorf("got %+v %+v %v", tx, got, ok)
	}
	cands, toks, ok := decodeCandidates(encodeCandidates([][]actor.LexedCandidate{{}, {{First: 1}}}, []token.Token{}), "")
	if !ok || len(cands) != 2 || cands[0] != nil || cands[1][0].First != 1 || toks != nil {
		t.Errorf("candidates %+v %+v %v", cands, toks, ok)
	}
}

// TestCacheCodecRefuses checks that a value that is not what the codec
// wrote — another version, cut short, run on, a reference to a string not
// yet read, a slice longer than the bytes — is refused, not misread.
func TestCacheCodecRefuses(t *testing.T) {
	good := encodeAnalysis([][2]string{{"person:a", "A"}}, nil, []event.Mention{{Doc: "d", Title: "A visits B", Confidence: 0.5}})
	if _, _, _, ok := decodeAnalysis(good); !ok {
		t.Fatal("a good value is refused")
	}
	for _, tc := range []struct {
		name string
		v    []byte
	}{
		{"empty", nil},
		{"another version", append([]byte{analysisCodec + 1}, good[1:]...)},
		{"cut short", good[:len(good)-1]},
		{"run on", append(bytes.Clone(good), 0)},
		{"reference before its string", []byte{analysisCodec, 1, 3, 0, 0, 0}},
		{"slice longer than the bytes", []byte{analysisCodec, 0, 0, 100}},
		{"string longer than the bytes", []byte{analysisCodec, 1, 40, 'a', 0, 0, 0}},
		{"a candidates value", encodeCandidates([][]actor.LexedCandidate{{{First: 1}}}, nil)},
	} {
		if _, _, _, ok := decodeAnalysis(tc.v); ok {
			t.Errorf("%s: decoded", tc.name)
		}
	}
	const text = "Talks ended."
	toks := token.Tokenize(text)
	cands := encodeCandidates([][]actor.LexedCandidate{{{Kind: 2, IDs: []string{"x"}}}}, toks)
	if _, got, ok := decodeCandidates(cands, text); !ok || !reflect.DeepEqual(got, toks) {
		t.Fatalf("candidates: tokens %+v, %v; want %+v", got, ok, toks)
	}
	// a word joined across a broken hyphen keeps its mark
	const broken = "Ban Ki- moon spoke."
	btoks := token.Tokenize(broken)
	if _, got, ok := decodeCandidates(encodeCandidates(nil, btoks), broken); !ok || !reflect.DeepEqual(got, btoks) || !got[3].Joined {
		t.Fatalf("candidates: tokens %+v, %v; want %+v", got, ok, btoks)
	}
	// the encoded tokens, to be spoilt one field at a time
	head := encodeCandidates([][]actor.LexedCandidate{{{Kind: 2, IDs: []string{"x"}}}}, nil)
	head = head[:len(head)-1] // the token count
	tokens := func(fields ...int) []byte {
		v := bytes.Clone(head)
		for _, f := range fields {
			v = append(v, byte(f))
		}
		return v
	}
	if _, got, ok := decodeCandidates(tokens(1, 0, 2*len(text), 0, 0), text); !ok || len(got) != 1 || got[0].Text != text {
		t.Fatalf("one token of the whole text: %+v, %v", got, ok)
	}
	for _, tc := range []struct {
		name string
		v    []byte
	}{
		{"cut short", cands[:len(cands)-1]},
		{"run on", append(bytes.Clone(cands), 0)},
		{"an analysis value", good},
		{"kind over a byte", []byte{candidateCodec, 1, 1, 0x80, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
		// a token is its offset and length (zigzag varints: 2n, or
		// 2|n|-1 when n is negative), its kind and its Joined mark
		{"token past the text", tokens(1, 0, 2*(len(text)+1), 0, 0)},
		{"token before the text", tokens(1, 1, 2, 0, 0)},            // offset -1
		{"token of negative length", tokens(1, 2, 1, 0, 0)},         // length -1
		{"tokens out of order", tokens(2, 0, 10, 0, 0, 1, 4, 0, 0)}, // the second starts 1 byte before the first ends
		{"token kind over a byte", tokens(1, 0, 2, 0x80, 0x02, 0)},
		{"token without its mark", tokens(1, 0, 2, 0)},
	} {
		if _, _, ok := decodeCandidates(tc.v, text); ok {
			t.Errorf("candidates, %s: decoded", tc.name)
		}
	}
}

// TestCacheKey checks the analysis key: the same inputs give the same
// bytes in every process (a fixed value: a key that depended on what the
// process did before would miss the cache from one build to the next),
// and any change of an input — text, id, DCT, title, switch, any field of any
// actor mention — gives another key.
func TestCacheKey(t *testing.T) {
	base := func() (*cachedAnalyzer, *document.Document, [sha256.Size]byte, []actor.Mention) {
		c := &cachedAnalyzer{stageAnalyzer: &stageAnalyzer{}}
		doc := &document.Document{ID: "doc-1", DCT: time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)}
		actors := []actor.Mention{{Start: 0, End: 6, Text: "Kovacs", ActorID: "person:kovacs", Kind: actor.Person,
			Role: "President", Affiliation: "country:LEM", Sector: "GOV"}}
		return c, doc, sha256.Sum256([]byte("Kovacs met the envoy.")), actors
	}
	const text = "Kovacs met the envoy."
	c, doc, sum, actors := base()
	want := c.key(doc, sum, c.strs.pack(text, actors))
	if got := hex.EncodeToString(want); got != "56367fe205c57b6ded9a445cdcea769b50d72735e213316f87b8a65fea886f35" {
		t.Logf("key %s", got)
		t.Error("the key of fixed inputs changed: if its layout changed on purpose, change cacheKeyVersion and this value")
	}
	for _, tc := range []struct {
		name   string
		change func(c *cachedAnalyzer, doc *document.Document, sum *[sha256.Size]byte, ms []actor.Mention)
	}{
		{"text", func(_ *cachedAnalyzer, _ *document.Document, sum *[sha256.Size]byte, _ []actor.Mention) {
			*sum = sha256.Sum256([]byte("Kovacs met the envoy!"))
		}},
		{"id", func(_ *cachedAnalyzer, d *document.Document, _ *[sha256.Size]byte, _ []actor.Mention) { d.ID = "doc-2" }},
		{"DCT", func(_ *cachedAnalyzer, d *document.Document, _ *[sha256.Size]byte, _ []actor.Mention) {
			d.DCT = d.DCT.AddDate(0, 0, 1)
		}},
		{"undated", func(_ *cachedAnalyzer, d *document.Document, _ *[sha256.Size]byte, _ []actor.Mention) {
			d.DCT = time.Time{}
		}},
		{"title", func(_ *cachedAnalyzer, d *document.Document, _ *[sha256.Size]byte, _ []actor.Mention) {
			d.Title = "Kovacs says envoy met"
		}},
		{"CAMEO verbs", func(c *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, _ []actor.Mention) {
			c.cameoVerbs = true
		}},
		{"offsets", func(_ *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, ms []actor.Mention) {
			ms[0].Start, ms[0].End, ms[0].Text = 1, 6, "ovacs"
		}},
		{"text apart", func(_ *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, ms []actor.Mention) {
			ms[0].Text = "Kovač"
		}},
		{"actor", func(_ *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, ms []actor.Mention) {
			ms[0].ActorID = "person:other"
		}},
		{"kind", func(_ *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, ms []actor.Mention) {
			ms[0].Kind = actor.Organization
		}},
		{"role", func(_ *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, ms []actor.Mention) {
			ms[0].Role = ""
		}},
		{"affiliation", func(_ *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, ms []actor.Mention) {
			ms[0].Affiliation = "country:ATL"
		}},
		{"sector", func(_ *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, ms []actor.Mention) {
			ms[0].Sector = "MIL"
		}},
		{"location", func(_ *cachedAnalyzer, _ *document.Document, _ *[sha256.Size]byte, ms []actor.Mention) {
			ms[0].Location = true
		}},
	} {
		c, doc, sum, actors := base()
		tc.change(c, doc, &sum, actors)
		if got := c.key(doc, sum, c.strs.pack(text, actors)); bytes.Equal(got, want) {
			t.Errorf("%s changed, the key did not", tc.name)
		}
	}
}
