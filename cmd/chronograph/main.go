// Command chronograph turns news articles into a sourced, chronological
// timeline of events and an actor–event knowledge graph.
//
// Usage:
//
//	chronograph build [flags] [PATH ...]      write timeline, graph and diagrams to out/
//	chronograph timex [flags] FILE|-          tag the time expressions of one text
//	chronograph eval timex GOLD_DIR [SYS_DIR] score time expressions against TimeML gold
//	chronograph parse [flags] FILE|-          tag, lemmatize, parse and find names
//	chronograph eval parse GOLD.conllu        score the language core against UD gold
//	chronograph eval events GOLD.jsonl ...    score events against hand-annotated gold events
//	chronograph bench [flags] [PATH ...]      measure throughput and peak memory of a build
//
// Run "chronograph COMMAND -h" for a command's flags.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// env is what a command may touch: its arguments and standard streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// command is one subcommand.
type command struct {
	summary string
	run     func(e env, args []string) error
}

// commands is the table of subcommands; it is never modified.
func commands() map[string]command {
	return map[string]command{
		"build": {"read articles and write the timeline, graph and diagrams", runBuild},
		"timex": {"tag the time expressions of one text (JSON or TimeML)", runTimex},
		"eval":  {"score a stage against gold data (eval timex GOLD_DIR, eval parse GOLD.conllu, eval events GOLD.jsonl, eval dct TRUTH_TSV PATH…)", runEval},
		"parse": {"analyse text or CoNLL-U: tags, lemmas, dependency trees, names", runParse},
		"bench": {"measure build throughput (MB/s, documents/s, peak memory) on a corpus", runBench},
	}
}

// errUsage is returned after usage has been printed.
var errUsage = errors.New("usage")

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		defer startMemoryLimiter()()
	}
	err := run(os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "chronograph:", err)
		os.Exit(1)
	}
}

// run executes the command line args (without the program name).
func run(args []string, e env) error {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr, cmds)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "chronograph: unknown command %q\n", args[0])
		usage(e.stderr, cmds)
		return errUsage
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: chronograph COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-6s %s\n", n, cmds[n].summary)
	}
}
