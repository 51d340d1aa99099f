package main

import (
	"errors"
	"flag"
	"io"
	"os"
)

// parseFlags parses a command's args with fs (see parseInterspersed) and
// returns the positional ones. done reports that the command must stop:
// after -h, with err nil (fs printed the usage), or after a bad flag, with
// err errUsage (fs printed why).
func parseFlags(fs *flag.FlagSet, args []string) (pos []string, done bool, err error) {
	pos, err = parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, true, nil
	case err != nil:
		return nil, true, errUsage
	}
	return pos, false, nil
}

// parseInterspersed parses args with fs, allowing flags after positional
// arguments ("eval timex GOLD -misses 5"), and returns the positional ones.
// A "--" ends flag parsing.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// openInput opens the command's input FILE, or standard input for "-";
// the caller closes it.
func openInput(e env, name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(e.stdin), nil
	}
	return os.Open(name)
}
