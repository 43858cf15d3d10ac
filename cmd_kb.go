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
		var opt knowledge.LintOptions
		var stale string
		if e.cfg.Semantic {
			m, err := loadEncoder()
			if err != nil {
				return fmt.Errorf("kb lint: %w", err)
			}
			var pre *knowledge.Vectors
			if fs.NArg() == 0 {
				if pre, err = knowledge.EmbeddedVectors(); err != nil {
					return fmt.Errorf("kb lint: %w", err)
				}
			}
			opt.Search = func(b *knowledge.Base) *knowledge.Base {
				if fs.NArg() == 0 && e.cfg.Examples {
					// As the bot searches: with the labelled examples.
					exs, err := knowledge.EmbeddedExamples()
					if err != nil {
						stale = err.Error()
						return b
					}
					b, _ = b.WithExamples(exs)
				}
				out, vecs := b.WithEncoder(m, pre, knowledge.SemanticOptions{})
				if fs.NArg() == 0 && (pre == nil || pre.Len() != vecs.Len() || pre.Model() != vecs.Model()) {
					stale = "knowledge/vectors.bin does not match the entries: run go run ./tools/kbvectors"
				} else if fs.NArg() == 0 {
					for _, en := range b.Entries() {
						for _, t := range knowledge.SemanticTexts(en) {
							if _, ok := pre.Lookup(t); !ok {
								stale = "knowledge/vectors.bin does not match the entries: run go run ./tools/kbvectors"
							}
						}
					}
				}
				return out
			}
		}
		findings := knowledge.LintWith(fsys, time.Now(), opt)
		if stale != "" {
			findings = append(findings, knowledge.Finding{File: "knowledge/vectors.bin", Severity: knowledge.SevError, Msg: stale})
		}
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
