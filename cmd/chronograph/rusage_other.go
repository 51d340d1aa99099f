//go:build !unix

package main

import "time"

// cpuTime is unknown on systems without getrusage: 0.
func cpuTime() time.Duration { return 0 }

// peakRSS is unknown on systems without getrusage: 0.
func peakRSS() uint64 { return 0 }
