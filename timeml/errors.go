package timeml

import "github.com/chronograph-news/chronograph/diag"

// Error is a problem at a position of a TimeML file.
type Error = diag.Error

// ErrorList is a list of errors, sorted by position by Sort.
type ErrorList = diag.List
