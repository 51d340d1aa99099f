// Package outdir replaces an output folder as one unit.
//
// A build writes its files into a fresh sibling folder (".NAME.new-*"),
// then swaps it for the old folder in one step, so a reader of NAME sees
// either the whole old set or the whole new one, whatever stops the build
// (an error, a signal, a full disk). On Linux the swap is one
// renameat2(RENAME_EXCHANGE); elsewhere it is two renames, and a folder a
// killed run left half-swapped is put back by the next one. A lock beside
// the folder (".NAME.lock", flock) makes a second build into the same
// folder fail at once with a clear message, and the first build to take
// the lock removes what killed runs left (".NAME.new-*", ".NAME.old-*").
//
// Only a folder that is empty or holds nothing but files a build writes
// (the caller names them) is replaced: pointing -o at a folder of other
// files is refused rather than emptied.
package outdir
