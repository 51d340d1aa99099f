//go:build !unix

package rusage

import "time"

// CPUTime is unknown on systems without getrusage: 0.
func CPUTime() time.Duration { return 0 }

// PeakRSS is unknown on systems without getrusage: 0.
func PeakRSS() uint64 { return 0 }
