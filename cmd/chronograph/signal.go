package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/chronograph-news/chronograph/outdir"
)

// interruptedExit is the exit status after SIGINT or SIGTERM (128 + 2).
const interruptedExit = 130

// abortOnSignal drops the staging folder of st and exits when the build is
// interrupted, so that an interrupted build leaves its output folder as it
// was and nothing beside it. (A build killed outright leaves its staging
// folder, which the next build removes.) The returned func stops watching.
func abortOnSignal(e env, st *outdir.Staging) (stop func()) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-c:
			if st.Abort() {
				fmt.Fprintf(e.stderr, "chronograph build: %v; %s left as it was\n", sig, st.Dir())
			}
			os.Exit(interruptedExit)
		case <-done:
		}
	}()
	return func() { signal.Stop(c); close(done) }
}
