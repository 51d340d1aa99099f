// Package binio holds the encoding primitives that the language core's
// model files share: a writer that counts its bytes and keeps its first
// error (so an encoder writes on and checks once), and uvarints and
// length-prefixed strings whose decoding is bounded by a limit, so that a
// corrupt file gives an error instead of a huge allocation.
package binio

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
)

// Writer counts the bytes written to W and keeps the first error; after
// an error it writes nothing.
type Writer struct {
	W   io.Writer
	N   int64
	Err error
}

// NewWriter returns a Writer that buffers w and has written magic, the
// bytes that start a model file and name its format and version.
func NewWriter(w io.Writer, magic string) *Writer {
	c := &Writer{W: bufio.NewWriter(w)}
	io.WriteString(c, magic)
	return c
}

// Flush flushes a Writer made by NewWriter and returns the bytes written
// and the first error.
func (c *Writer) Flush() (int64, error) {
	if c.Err != nil {
		return c.N, c.Err
	}
	if bw, ok := c.W.(*bufio.Writer); ok {
		c.Err = bw.Flush()
	}
	return c.N, c.Err
}

// Magic reads len(magic) bytes of r and reports whether they are magic.
func Magic(r io.Reader, magic string) bool {
	b := make([]byte, len(magic))
	_, err := io.ReadFull(r, b)
	return err == nil && string(b) == magic
}

// Write writes p to W unless an earlier write failed.
func (c *Writer) Write(p []byte) (int, error) {
	if c.Err != nil {
		return 0, c.Err
	}
	n, err := c.W.Write(p)
	c.N += int64(n)
	c.Err = err
	return n, err
}

// PutUvarint writes v as a uvarint; errors are left to w (a [Writer]
// keeps them).
func PutUvarint(w io.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

// PutString writes s as its length (uvarint) and bytes.
func PutString(w io.Writer, s string) {
	PutUvarint(w, uint64(len(s)))
	io.WriteString(w, s)
}

// Uvarint reads a uvarint and fails if it is over limit.
func Uvarint(r io.ByteReader, limit uint64) (uint64, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, err
	}
	if v > limit {
		return 0, fmt.Errorf("number %d over the limit %d", v, limit)
	}
	return v, nil
}

// String reads a string written by PutString whose length is at most
// limit.
func String(r *bufio.Reader, limit uint64) (string, error) {
	n, err := Uvarint(r, limit)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", err
	}
	return string(b), nil
}
