package main

import "errors"

// runTimex implements "chronograph timex". TODO: being written.
func runTimex(e env, args []string) error { return errors.New("timex: not implemented yet") }
