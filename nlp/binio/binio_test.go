package binio

import (
	"bufio"
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w := &Writer{W: &buf}
	PutUvarint(w, 300)
	PutString(w, "nsubj:pass")
	if w.Err != nil || w.N != int64(buf.Len()) || w.N != 2+1+10 {
		t.Fatalf("wrote %d bytes (buffer %d), err %v", w.N, buf.Len(), w.Err)
	}
	r := bufio.NewReader(&buf)
	if v, err := Uvarint(r, 1000); v != 300 || err != nil {
		t.Errorf("Uvarint = %d, %v", v, err)
	}
	if s, err := String(r, 100); s != "nsubj:pass" || err != nil {
		t.Errorf("String = %q, %v", s, err)
	}
}

func TestLimits(t *testing.T) {
	var buf bytes.Buffer
	PutString(&buf, strings.Repeat("x", 50))
	if _, err := String(bufio.NewReader(&buf), 10); err == nil || !strings.Contains(err.Error(), "over the limit") {
		t.Errorf("long string accepted: %v", err)
	}
	var short bytes.Buffer
	PutUvarint(&short, 5)
	short.WriteString("ab")
	if _, err := String(bufio.NewReader(&short), 10); err == nil {
		t.Error("truncated string accepted")
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestStickyError(t *testing.T) {
	w := &Writer{W: failing{}}
	PutString(w, "a")
	PutString(w, "b")
	if w.Err == nil || w.N != 0 {
		t.Errorf("err %v, n %d", w.Err, w.N)
	}
}

func TestMagic(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, "XY\x01")
	PutString(w, "a")
	if n, err := w.Flush(); err != nil || n != 5 || buf.Len() != 5 {
		t.Fatalf("flushed %d bytes (buffer %d), %v", n, buf.Len(), err)
	}
	r := bufio.NewReader(&buf)
	if !Magic(r, "XY\x01") {
		t.Error("magic not recognized")
	}
	if s, err := String(r, 10); s != "a" || err != nil {
		t.Errorf("after the magic: %q, %v", s, err)
	}
	if Magic(strings.NewReader("XY"), "XY\x01") || Magic(strings.NewReader("XZ\x01"), "XY\x01") {
		t.Error("short or wrong magic accepted")
	}
}
