package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/chronograph-news/chronograph/pipeline"
)

// progressLine shows a build's progress on stderr: on a terminal, one line
// rewritten in place (stage, documents, MB, MB/s, time left); with verbose,
// one line per finished stage with its timing, terminal or not.
type progressLine struct {
	w       io.Writer
	live    bool // rewrite a line in place
	verbose bool
	shown   bool // a live line is on the screen
}

// newProgress returns the pipeline.Progress of a build printing to w, or
// nil when there is nothing to print (quiet, or not a terminal and not
// verbose).
func newProgress(w io.Writer, quiet, verbose bool) (pipeline.Progress, *progressLine) {
	if quiet {
		return nil, nil
	}
	p := &progressLine{w: w, live: isTerminal(w), verbose: verbose}
	if !p.live && !p.verbose {
		return nil, nil
	}
	return p.report, p
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progressLine) report(stage string, done, total int, bytes int64, elapsed time.Duration) {
	mb := float64(bytes) / 1e6
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = mb / s
	}
	if done >= total {
		p.clear()
		if !p.verbose {
			return
		}
		if stage == pipeline.StageMerge || stage == pipeline.StageFinal {
			fmt.Fprintf(p.w, "chronograph build: %-8s %6d mentions  %8.2fs\n", stage, total, elapsed.Seconds())
			return
		}
		fmt.Fprintf(p.w, "chronograph build: %-8s %6d documents %8.2fs %6.2f MB %6.2f MB/s\n", stage, total, elapsed.Seconds(), mb, rate)
		return
	}
	if !p.live {
		return
	}
	left := "?"
	if done > 0 {
		left = (time.Duration(float64(elapsed) * float64(total-done) / float64(done))).Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r\033[Kchronograph build: %s %d/%d documents, %.1f MB, %.2f MB/s, %s left", stage, done, total, mb, rate, left)
	p.shown = true
}

// step prints, when verbose, the timing of a step of the command around
// the pipeline (reading, writing).
func (p *progressLine) step(name string, elapsed time.Duration) {
	if p != nil && p.verbose {
		fmt.Fprintf(p.w, "chronograph build: %-8s %24.2fs\n", name, elapsed.Seconds())
	}
}

// clear removes the live line.
func (p *progressLine) clear() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}
