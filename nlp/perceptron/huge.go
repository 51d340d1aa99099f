package perceptron

import "unsafe"

// hugePage is the size of a transparent huge page on the machines the
// tables are tuned for (x86-64 and arm64 Linux with 4 KiB base pages).
const hugePage = 2 << 20

// hugeSlice returns a zeroed slice of n values of T (which must hold no
// pointers), laid out so that the system may back it with huge pages:
// scoring reads a model's table at random, a cache line per feature, and
// with 4 KiB pages nearly every read of a table of megabytes also misses
// the processor's cache of address translations (a page walk, twice as
// long in a virtual machine). A slice of at least a huge page starts on
// a huge-page boundary (the memory skipped before it is never touched,
// so it costs address space only) and is advised for huge pages where
// the system takes the advice (see adviseHuge).
func hugeSlice[T any](n int) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if n*size < hugePage || hugePage%size != 0 {
		return make([]T, n)
	}
	pad := hugePage / size
	b := make([]T, n+pad)
	addr := int(uintptr(unsafe.Pointer(unsafe.SliceData(b))))
	if addr%size != 0 {
		return b[:n:n]
	}
	off := (hugePage - addr%hugePage) % hugePage / size
	b = b[off : off+n : off+n]
	adviseHuge(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(b))), n*size))
	return b
}
