package document

import (
	"strings"
	"testing"
)

// TestReadAllSizes checks that readAll reads the whole input whatever size
// it is told: right, too small, too large, unknown, or over the limit.
func TestReadAllSizes(t *testing.T) {
	text := strings.Repeat("An article of some length. ", 300)
	for _, tc := range []struct {
		name        string
		size, limit int64
	}{
		{"right", int64(len(text)), 1 << 20},
		{"too small", 10, 1 << 20},
		{"too large", 1 << 16, 1 << 20},
		{"unknown", -1, 1 << 20},
		{"over the limit", 1 << 40, 100},
		{"empty", 0, 1 << 20},
	} {
		got, err := readAll(strings.NewReader(text), tc.size, tc.limit)
		if err != nil || string(got) != text {
			t.Errorf("%s: read %d bytes, %v; want %d", tc.name, len(got), err, len(text))
		}
	}
}

// TestBufferFor checks the reader's buffer: the whole of a small file and
// at least what sniffing peeks at, 64 KB for a large or unknown input.
func TestBufferFor(t *testing.T) {
	for _, tc := range []struct {
		size int64
		want int
	}{
		{-1, inputBuffer},
		{0, sniffBytes},
		{100, sniffBytes},
		{5000, 5001},
		{inputBuffer, inputBuffer},
		{1 << 30, inputBuffer},
	} {
		if got := bufferFor(tc.size); got != tc.want {
			t.Errorf("bufferFor(%d) = %d, want %d", tc.size, got, tc.want)
		}
	}
}
