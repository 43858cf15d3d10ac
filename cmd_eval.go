package main

import (
	"context"
	"fmt"
	"os"

	"github.com/candorbot/candor/bot/eval"
)

func evalCommand() command {
	c := command{
		name:    "eval",
		usage:   "FILE.jsonl...",
		summary: "Run labelled messages through the bot and report precision, recall, top-1/top-3, false answers, over-refusal and latency.",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c)
		asJSON := fs.Bool("json", false, "print each case with a \"got\" object as JSON Lines on stdout; the summary goes to stderr")
		strict := fs.Bool("strict", false, "exit with status 1 when any case fails")
		cf := addCoreFlags(fs, e.cfg, false)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			fmt.Fprintln(e.stderr, "candor eval: give one or more .jsonl files of labelled cases")
			return errUsage
		}
		var cases []eval.Case
		for _, name := range fs.Args() {
			f, err := os.Open(name)
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			cs, err := eval.ReadCases(name, f)
			f.Close()
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			cases = append(cases, cs...)
		}
		// Evaluation keeps nothing: no store, so no counters are touched.
		a, err := buildApp(ctx, e, cf, noStore, newLogger(e.cfg, e.stderr))
		if err != nil {
			return err
		}
		defer a.Close()
		results := eval.Run(ctx, a.bot, cases, nil)
		sum := eval.Summarize(results)
		report := e.stdout
		if *asJSON {
			if err := eval.WriteJSONL(e.stdout, results); err != nil {
				return err
			}
			report = e.stderr
		}
		eval.WriteReport(report, results, sum)
		if *strict && sum.Fail > 0 {
			return exitError{code: 1}
		}
		return nil
	}
	return c
}
