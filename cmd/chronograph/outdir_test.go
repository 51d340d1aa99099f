package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const oneArticle = " date 2025-03-21 Kim Jong Un met Sergei Shoigu in Pyongyang on Friday."

// TestBuildReplacesFolderWhole checks that a build replaces the output
// folder as a whole: files of formats no longer asked for go, and nothing
// is left beside the folder.
func TestBuildReplacesFolderWhole(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(oneArticle), 0o644)
	out := filepath.Join(dir, "out")
	if _, stderr, err := runCmd(t, "", "build", "--formats", "json,dot", "-o", out, filepath.Join(dir, "a.txt")); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if _, stderr, err := runCmd(t, "", "build", "--formats", "json", "-o", out, filepath.Join(dir, "a.txt")); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if got, want := treeFiles(t, out), []string{"graph.json", "timeline.json"}; !slices.Equal(got, want) {
		t.Errorf("out holds %v, want %v (the old DOT files gone)", got, want)
	}
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if want := []string{"a.txt", "out"}; !slices.Equal(names, want) {
		t.Errorf("beside out: %v, want %v", names, want)
	}
}

// TestBuildRefusesForeignFolder checks that -o naming a folder of other
// files is refused before any work, and the folder left alone.
func TestBuildRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(oneArticle), 0o644)
	home := filepath.Join(dir, "home")
	os.Mkdir(home, 0o755)
	os.WriteFile(filepath.Join(home, "notes.md"), []byte("mine"), 0o644)
	_, _, err := runCmd(t, "", "build", "-o", home, filepath.Join(dir, "a.txt"))
	if err == nil || !strings.Contains(err.Error(), "notes.md") {
		t.Fatalf("build into a folder of other files: %v, want a refusal naming notes.md", err)
	}
	if got := treeFiles(t, home); !slices.Equal(got, []string{"notes.md"}) {
		t.Errorf("folder now holds %v", got)
	}
}

// TestBuildEmptyFilterKeepsOutput checks that filters leaving no event do
// not replace a good output unless --force.
func TestBuildEmptyFilterKeepsOutput(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(oneArticle), 0o644)
	out := filepath.Join(dir, "out")
	in := filepath.Join(dir, "a.txt")
	if _, stderr, err := runCmd(t, "", "build", "--formats", "json", "-o", out, in); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	good, _ := os.ReadFile(filepath.Join(out, "timeline.json"))
	_, _, err := runCmd(t, "", "build", "--formats", "json", "--from", "2090-01-01", "-o", out, in)
	if err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("empty filtered build: %v, want a refusal mentioning --force", err)
	}
	if now, _ := os.ReadFile(filepath.Join(out, "timeline.json")); string(now) != string(good) {
		t.Error("the refused build changed timeline.json")
	}
	if _, stderr, err := runCmd(t, "", "build", "--formats", "json", "--from", "2090-01-01", "--force", "-o", out, in); err != nil {
		t.Fatalf("--force: %v\n%s", err, stderr)
	}
	if now, _ := os.ReadFile(filepath.Join(out, "timeline.json")); string(now) == string(good) {
		t.Error("--force did not write the empty result")
	}
}
