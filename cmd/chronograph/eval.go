package main

import "errors"

// runEval implements "chronograph eval". TODO: being written.
func runEval(e env, args []string) error { return errors.New("eval: not implemented yet") }
