package perceptron

import "syscall"

// adviseHuge asks Linux to back mem with transparent huge pages (madvise
// MADV_HUGEPAGE: under the common "madvise" setting of
// /sys/kernel/mm/transparent_hugepage/enabled only advised memory gets
// them). It is advice: where it fails, mem keeps base pages.
func adviseHuge(mem []byte) { _ = syscall.Madvise(mem, syscall.MADV_HUGEPAGE) }
