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
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
