package main

import (
	"bytes"
	"io"
	"sync"
)

// logs lets models trained side by side write progress to one stream:
// each model's lines are prefixed with its name and written whole, so they
// never interleave mid-line.
type logs struct {
	mu  sync.Mutex
	out io.Writer
}

func newLogs(out io.Writer) *logs { return &logs{out: out} }

// get returns the log writer of model name.
func (l *logs) get(name string) io.Writer { return &lineWriter{l: l, prefix: "[" + name + "] "} }

// lineWriter buffers a partial line until its newline.
type lineWriter struct {
	l      *logs
	prefix string
	buf    []byte
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	for {
		i := bytes.IndexByte(w.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		w.l.mu.Lock()
		io.WriteString(w.l.out, w.prefix)
		w.l.out.Write(w.buf[:i+1])
		w.l.mu.Unlock()
		w.buf = w.buf[i+1:]
	}
}
