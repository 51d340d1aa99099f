package pipeline

import (
	"runtime"
	"sync"
)

// jobs returns the number of workers for n items: want when positive,
// else every core, and never more than n.
func jobs(want, n int) int {
	if want <= 0 {
		want = runtime.GOMAXPROCS(0)
	}
	return max(1, min(want, n))
}

// parallel calls f(i) for every i in [0, n) on workers goroutines. Each
// call writes only its own result slot, so the results, read after
// parallel returns, do not depend on the number of workers or the order
// the calls ran in.
func parallel(n, workers int, f func(i int)) {
	ahead(n, workers, n, f, func(int) {})
}

// lexWindow is how many documents, per worker, may be prepared ahead of
// the one being resolved: enough to keep the workers busy, few enough
// that memory holds a handful of documents' lexing, not the corpus's.
const lexWindow = 4

// ahead calls prepare(i) for every i in [0, n) on workers goroutines and
// consume(i) on the calling goroutine in order of i, each after its
// prepare and with at most window calls prepared and not yet consumed.
func ahead(n, workers, window int, prepare, consume func(i int)) {
	if workers <= 1 {
		for i := range n {
			prepare(i)
			consume(i)
		}
		return
	}
	done := make([]chan struct{}, n)
	for i := range done {
		done[i] = make(chan struct{})
	}
	slots := make(chan struct{}, max(window, 1))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				prepare(i)
				close(done[i])
			}
		})
	}
	go func() {
		for i := range n {
			slots <- struct{}{}
			next <- i
		}
		close(next)
	}()
	for i := range n {
		<-done[i]
		consume(i)
		<-slots
	}
	wg.Wait()
}
