package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/candorbot/candor/knowledge"
)

func kbCommand() command {
	c := command{
		name:    "kb",
		usage:   "lint [DIR]",
		summary: "Check a knowledge base (the embedded one, or DIR): front matter, ids, sources, lengths, dates, and that every question variant finds its entry.",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 || args[0] != "lint" {
			if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
				newFlags(e, c).Usage()
				return nil
			}
			newFlags(e, c).Usage()
			return errUsage
		}
		fs := newFlags(e, c)
		if err := parseFlags(fs, args[1:]); err != nil {
			return err
		}
		var fsys = knowledge.Embedded()
		name := "embedded knowledge base"
		if fs.NArg() > 1 {
			fs.Usage()
			return errUsage
		}
		if fs.NArg() == 1 {
			dir := fs.Arg(0)
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return fmt.Errorf("kb lint: %s is not a directory", dir)
			}
			fsys, name = os.DirFS(dir), dir
		}
		findings := knowledge.Lint(fsys, time.Now())
		errs := 0
		for _, f := range findings {
			fmt.Fprintln(e.stdout, f)
			if f.Severity == knowledge.SevError {
				errs++
			}
		}
		fmt.Fprintf(e.stdout, "%s: %d errors, %d warnings\n", name, errs, len(findings)-errs)
		if errs > 0 {
			return exitError{code: 1}
		}
		return nil
	}
	return c
}
