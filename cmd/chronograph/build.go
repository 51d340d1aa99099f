package main

import "errors"

// runBuild implements "chronograph build". TODO: being written.
func runBuild(e env, args []string) error { return errors.New("build: not implemented yet") }
