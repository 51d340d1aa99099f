// Package rusage reports what the running process has used: its CPU
// time and its peak resident set size, for the bench command and the
// benchmarks (0 where the system does not say).
package rusage
