package exporttest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// Chromium runs headless Chromium (Debian's chromium, or chromium-browser
// or google-chrome) with a fresh profile on url and returns its stdout and
// stderr; a missing browser skips the test locally and fails it in CI. The
// flags keep the browser off the network: no background traffic, and a
// host resolver that maps every name to nothing, so a stray remote request
// cannot leave the machine (and shows in a --log-net-log, see
// [PageRequests]). Console messages go to stderr.
func Chromium(t testing.TB, url string, extra ...string) (stdout, stderr string) {
	t.Helper()
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		Missing(t, "chromium not found on PATH")
	}
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0",
		"--host-resolver-rules=MAP * ~NOTFOUND",
	}
	args = append(append(args, extra...), url)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

// PageRequests reads a Chromium net log (--log-net-log=path) and returns
// the URLs of the remote requests the page made: those whose network
// isolation key is the page's file:// site and that are neither file: nor
// data: URLs. The browser's own background traffic is left out.
func PageRequests(t testing.TB, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("net log: %v", err)
	}
	var log struct {
		Constants struct {
			EventTypes map[string]int `json:"logEventTypes"`
		} `json:"constants"`
		Events []struct {
			Type   int `json:"type"`
			Params struct {
				URL string `json:"url"`
				NIK string `json:"network_isolation_key"`
			} `json:"params"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatalf("net log: %v", err)
	}
	start, ok := log.Constants.EventTypes["URL_REQUEST_START_JOB"]
	if !ok {
		t.Fatal("net log: no URL_REQUEST_START_JOB event type")
	}
	var urls []string
	for _, e := range log.Events {
		u := e.Params.URL
		if e.Type == start && strings.Contains(e.Params.NIK, "file://") && !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") {
			urls = append(urls, u)
		}
	}
	return urls
}
