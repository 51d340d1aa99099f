package store

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sync"
)

// Version returns the version of the running program that store entries
// belong to: the Go build ID the linker wrote into the executable, which
// changes with any change of code, embedded model or embedded word list
// (a rebuilt binary of the same sources keeps it). Where the executable
// has no ELF build-ID note, the SHA-256 of the whole executable stands
// for it.
var Version = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("program version: %w", err)
	}
	if id, ok := goBuildID(exe); ok {
		return "go-build-id:" + id, nil
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", fmt.Errorf("program version: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("program version: %w", err)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
})

// goBuildID reads the Go build ID from the executable's
// .note.go.buildid section: a note of name "Go" and type 4.
func goBuildID(exe string) (string, bool) {
	f, err := elf.Open(exe)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sec := f.Section(".note.go.buildid")
	if sec == nil {
		return "", false
	}
	b, err := sec.Data()
	if err != nil || len(b) < 16 {
		return "", false
	}
	order := f.ByteOrder
	nameLen, descLen, typ := order.Uint32(b[0:]), order.Uint32(b[4:]), order.Uint32(b[8:])
	const goBuildIDNote = 4
	nameEnd := 12 + int((nameLen+3)&^3)
	if typ != goBuildIDNote || nameLen != 4 || string(b[12:15]) != "Go\x00" || nameEnd+int(descLen) > len(b) {
		return "", false
	}
	id := string(b[nameEnd : nameEnd+int(descLen)])
	if id == "" {
		return "", false
	}
	return id, true
}
