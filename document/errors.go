package document

import "github.com/chronograph-news/chronograph/diag"

// Error is a problem with one input, at a line when known. Warnings (for
// example a renamed duplicate id) do not stop the document from being read.
type Error = diag.Error

// ErrorList is a list of errors, like go/scanner.ErrorList.
type ErrorList = diag.List
