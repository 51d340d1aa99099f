package document

import (
	"bytes"
	"io"
)

// inputBuffer is the size of the buffered reader of an input whose size is
// unknown (standard input) or larger.
const inputBuffer = 64 << 10

// bufferFor returns the buffer size for reading an input of size bytes
// (negative: unknown): the whole of a small file and what sniffing peeks
// at, not a 64 KB buffer for each of thousands of small articles.
func bufferFor(size int64) int {
	if size < 0 || size >= inputBuffer {
		return inputBuffer
	}
	return max(int(size)+1, sniffBytes)
}

// readAll reads r to its end as io.ReadAll does, into a buffer made for
// size bytes (negative: unknown) rather than grown step by step from a
// small one; limit bounds what the size makes it set aside.
func readAll(r io.Reader, size, limit int64) ([]byte, error) {
	if size < 0 {
		return io.ReadAll(r)
	}
	var b bytes.Buffer
	b.Grow(int(min(size, limit)) + bytes.MinRead) // MinRead more: the read that finds the end
	_, err := b.ReadFrom(r)
	return b.Bytes(), err
}
