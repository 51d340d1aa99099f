//go:build !linux

package perceptron

// adviseHuge does nothing where there is no madvise.
func adviseHuge(mem []byte) {}
