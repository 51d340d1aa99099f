package pipeline

import (
	"fmt"
	"sync"

	"github.com/chronograph-news/chronograph/event"
	"github.com/chronograph-news/chronograph/nlp/conllu"
)

// minAheadSentences is the fewest sentences a document must have for
// extractAhead to parse its sentences on other goroutines: an ordinary
// article is parsed where it is extracted, the workers being busy with
// the other articles.
const minAheadSentences = 512

// aheadWindow is how many sentences, per parsing goroutine, may be parsed
// ahead of the one the extraction reads: enough to keep the goroutines
// busy, few enough that memory holds a handful of parses, not the
// document's.
const aheadWindow = 32

// parsed is one sentence's parse, made ahead of the extraction.
type parsed struct {
	start, end int
	s          conllu.Sentence
	failure    any // what the parser panicked with, or nil
	done       chan struct{}
}

// extractAhead is event.Extract(in) for a long document, with the parses
// it asks for (in.Parse) made by workers goroutines ahead of it. Which
// sentences event.Extract parses depends on their words alone, so a first
// pass of event.Extract that parses nothing lists them cheaply (about a
// sixth of the time of the real pass); the workers parse them in that
// order while the real pass runs and takes each parse when it needs it.
// A sentence asked for out of that order is parsed where it is asked, so
// the result is event.Extract(in)'s whatever happens.
func extractAhead(in event.Input, workers int) []event.Mention {
	parse := in.Parse
	queue := make(chan *parsed, workers*aheadWindow)
	work := make(chan *parsed)
	var wg sync.WaitGroup
	list := in
	wg.Go(func() {
		defer close(work)
		defer close(queue)
		defer func() { recover() }() // the real pass meets the failure again
		list.Parse = func(_ string, start, end int) conllu.Sentence {
			p := &parsed{start: start, end: end, done: make(chan struct{})}
			queue <- p
			work <- p
			return conllu.Sentence{}
		}
		event.Extract(list)
	})
	for range workers {
		wg.Go(func() {
			for p := range work {
				func() {
					defer close(p.done)
					defer func() { p.failure = recover() }()
					p.s = parse(in.Text, p.start, p.end)
				}()
			}
		})
	}
	defer func() {
		for range queue { // let the first pass end
		}
		wg.Wait()
	}()
	inOrder := true
	in.Parse = func(text string, start, end int) conllu.Sentence {
		if inOrder {
			if p, ok := <-queue; ok && p.start == start && p.end == end {
				<-p.done
				if p.failure != nil {
					panic(fmt.Sprint(p.failure))
				}
				return p.s
			}
			inOrder = false
		}
		return parse(text, start, end)
	}
	return event.Extract(in)
}
