//go:build !unix

package main

import "os"

// terminalWidth returns 0: the terminal width is only read on Unix, and
// elsewhere COLUMNS or the default width applies.
func terminalWidth(*os.File) int { return 0 }
