package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

func statsCommand() command {
	c := command{
		name:    "stats",
		usage:   "",
		summary: "Show the reply counters (per day, kind and topic) so curators can see what is asked. No message text is ever stored.",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c)
		asJSON := fs.Bool("json", false, "print the counters as JSON")
		since := fs.String("since", "", "only days from `DATE` (YYYY-MM-DD)")
		db := addDBFlag(fs, e.cfg)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			fmt.Fprintf(e.stderr, "candor stats: unexpected argument %q\n", fs.Arg(0))
			return errUsage
		}
		if *since != "" {
			if _, err := time.Parse(time.DateOnly, *since); err != nil {
				fmt.Fprintf(e.stderr, "candor stats: --since %q is not a date: use YYYY-MM-DD, for example 2026-01-31\n", *since)
				return errUsage
			}
		}
		st, err := openExisting(ctx, pickStore(e.cfg, db), "stats")
		if err != nil {
			return err
		}
		defer st.Close()
		counts, err := st.Counts(ctx, *since)
		if err != nil {
			return err
		}
		if *asJSON {
			return json.NewEncoder(e.stdout).Encode(counts)
		}
		if len(counts) == 0 {
			fmt.Fprintln(e.stdout, "No replies counted yet.")
			return nil
		}
		fmt.Fprintf(e.stdout, "%-10s  %-9s  %-45s  %s\n", "day", "kind", "entry", "replies")
		for _, c := range counts {
			entry := c.Entry
			if entry == "" {
				entry = "-"
			}
			fmt.Fprintf(e.stdout, "%-10s  %-9s  %-45s  %d\n", c.Day, c.Kind, entry, c.N)
		}
		return nil
	}
	return c
}
