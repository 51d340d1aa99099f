package exporttest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/chronograph-news/chronograph/graph"
	"github.com/chronograph-news/chronograph/timeline"
)

// update is read by Golden through flag.Lookup.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// recorder is a testing.TB that records failures instead of reporting
// them, so that the helpers' own failures can be checked.
type recorder struct {
	testing.TB
	mu     sync.Mutex
	errors []string
	fatal  bool
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Error(args ...any) { r.Errorf("%s", fmt.Sprint(args...)) }

func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.fatal = true
	runtime.Goexit()
}

func (r *recorder) Fatal(args ...any) { r.Fatalf("%s", fmt.Sprint(args...)) }

// run calls f with a recorder on its own goroutine (so that Fatal can end
// it) and returns the recorder.
func run(t *testing.T, f func(tb testing.TB)) *recorder {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

// setUpdate sets the -update flag for one test, restoring it afterwards.
func setUpdate(t *testing.T, on bool) {
	old := *update
	*update = on
	t.Cleanup(func() { *update = old })
}

func TestGolden(t *testing.T) {
	setUpdate(t, false)
	path := filepath.Join(t.TempDir(), "out.txt")
	if err := os.WriteFile(path, []byte("one\ntwo\nthree\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, func(tb testing.TB) { Golden(tb, path, []byte("one\ntwo\nthree\n")) }); len(r.errors) > 0 {
		t.Errorf("equal output failed: %q", r.errors)
	}
	r := run(t, func(tb testing.TB) { Golden(tb, path, []byte("one\n2\nthree\n")) })
	if len(r.errors) != 1 || r.fatal || !strings.Contains(r.errors[0], "at line 2") || !strings.Contains(r.errors[0], `"2"`) {
		t.Errorf("changed output: %q (fatal %v)", r.errors, r.fatal)
	}
	r = run(t, func(tb testing.TB) { Golden(tb, path+".missing", nil) })
	if len(r.errors) != 1 || !r.fatal || !strings.Contains(r.errors[0], "go test -update") {
		t.Errorf("missing golden file: %q (fatal %v)", r.errors, r.fatal)
	}
}

func TestGoldenUpdate(t *testing.T) {
	setUpdate(t, true)
	path := filepath.Join(t.TempDir(), "new.txt")
	if r := run(t, func(tb testing.TB) { Golden(tb, path, []byte("fresh\n")) }); len(r.errors) > 0 {
		t.Fatalf("update failed: %q", r.errors)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "fresh\n" {
		t.Errorf("-update wrote %q, %v", b, err)
	}
}

func TestDeterministic(t *testing.T) {
	n := 0
	r := run(t, func(tb testing.TB) {
		Deterministic(tb, []byte("a"), func() []byte { n++; return []byte("b") })
	})
	if len(r.errors) != 1 || n != 1 {
		t.Errorf("a changing output: %q after %d renders", r.errors, n)
	}
	if r := run(t, func(tb testing.TB) { Deterministic(tb, []byte("a"), func() []byte { return []byte("a") }) }); len(r.errors) > 0 {
		t.Errorf("a stable output: %q", r.errors)
	}
}

func TestFirstDiff(t *testing.T) {
	for _, c := range []struct {
		a, b string
		line int
		la   string
		lb   string
	}{
		{"x\ny\n", "x\nz\n", 2, "y", "z"},
		{"x\n", "y\n", 1, "x", "y"},
		{"x\ny\n", "x\n", 2, "y", ""},
		{"x\n", "x\ny\n", 2, "", "y"},
		{"", "x", 1, "", "x"},
	} {
		n := firstDiff([]byte(c.a), []byte(c.b))
		if n != c.line || string(line([]byte(c.a), n)) != c.la || string(line([]byte(c.b), n)) != c.lb {
			t.Errorf("firstDiff(%q, %q) = %d (%q, %q), want %d (%q, %q)", c.a, c.b, n, line([]byte(c.a), n), line([]byte(c.b), n), c.line, c.la, c.lb)
		}
	}
}

func TestCheckWriteCatchesDifference(t *testing.T) {
	golden := TempFile(t, "golden.txt", []byte("want"))
	write := func(content string) Writer {
		return func(dir string, _ *timeline.Timeline, _ *graph.Graph) error {
			return os.WriteFile(filepath.Join(dir, "out.txt"), []byte(content), 0o644)
		}
	}
	if r := run(t, func(tb testing.TB) { CheckWrite(tb, write("want"), "out.txt", golden) }); len(r.errors) > 0 {
		t.Errorf("matching Write: %q", r.errors)
	}
	if r := run(t, func(tb testing.TB) { CheckWrite(tb, write("other"), "out.txt", golden) }); len(r.errors) != 1 {
		t.Errorf("differing Write: %q", r.errors)
	}
}
