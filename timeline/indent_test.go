package timeline

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// stdIndented is what EncodeJSON wrote before its own indenter: the
// encoding/json Encoder's own indenting.
func stdIndented(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestEncodeJSONIndent checks that EncodeJSON writes the bytes of
// encoding/json's indenting, on values whose strings hold every byte the
// indenter treats as punctuation, escapes, quotes and non-ASCII text, with
// empty and nested objects and arrays.
func TestEncodeJSONIndent(t *testing.T) {
	for i, v := range indentValues() {
		var got bytes.Buffer
		if err := EncodeJSON(&got, v); err != nil {
			t.Fatal(err)
		}
		if want := stdIndented(t, v); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("value %d: EncodeJSON wrote\n%s\nwant\n%s", i, got.Bytes(), want)
		}
	}
}

// TestIndenterPieces checks that the indenter keeps its state between
// writes: the compact JSON of each value, written in pieces of one to
// seven bytes (a piece may end inside a string, right after a backslash,
// between a colon and its value), gives the bytes of encoding/json's
// indenting; and that a flush early in a large value (pieces of a long
// string) loses nothing.
func TestIndenterPieces(t *testing.T) {
	values := append(indentValues(), map[string]any{"long": strings.Repeat(`a\"b{c}[d],e:f`, indentFlush/4)})
	for i, v := range values {
		var compact bytes.Buffer
		enc := json.NewEncoder(&compact)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		want := stdIndented(t, v)
		for size := 1; size <= 7; size++ {
			var got bytes.Buffer
			x := newIndenter(&got)
			for src := compact.Bytes(); len(src) > 0; {
				n := min(size, len(src))
				if _, err := x.Write(src[:n]); err != nil {
					t.Fatal(err)
				}
				src = src[n:]
			}
			if err := x.Flush(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("value %d in pieces of %d bytes: indenter wrote\n%.300s\nwant\n%.300s", i, size, got.Bytes(), want)
			}
		}
	}
}

// indentValues returns values whose strings hold every byte the indenter
// treats as punctuation, escapes, quotes and non-ASCII text, with empty
// and nested objects and arrays.
func indentValues() []any {
	type inner struct {
		A string         `json:"a"`
		B []int          `json:"b"`
		C map[string]int `json:"c"`
		D *inner         `json:"d,omitempty"`
		E []inner        `json:"e"`
		F json.RawMessage
	}
	values := []any{
		map[string]any{},
		[]any{},
		"plain",
		42,
		nil,
		[]any{[]any{}, map[string]any{}, []any{1, []any{2, []any{}}}},
		inner{A: `{"x": [1, 2]}, : ,`, B: []int{}, C: map[string]int{}, F: json.RawMessage(`{ "k" : [ 1 , 2 ] }`)},
		inner{A: "quote \" backslash \\ \\\" slash / tab \t nl \n <b>&</b> \u2028 é 東京", B: []int{1, -2, 3},
			C: map[string]int{"}": 1, "]": 2, ",": 3, ":": 4, `\"`: 5},
			D: &inner{A: "\\", E: []inner{{A: `"`}, {}}}, F: json.RawMessage(`null`)},
		map[string]any{"a\"b": []any{"[", "{", map[string]any{"": ""}}, "z": 1.5e-7, "t": true},
	}
	return values
}

// BenchmarkEncodeJSON measures writing the golden timeline, made a
// hundred times longer, as a build writes its timeline.json.
func BenchmarkEncodeJSON(b *testing.B) {
	data, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		b.Fatal(err)
	}
	var tl Timeline
	if err := json.Unmarshal(data, &tl); err != nil {
		b.Fatal(err)
	}
	events := tl.Events
	for range 99 {
		tl.Events = append(tl.Events, events...)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := tl.WriteJSON(&buf); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
