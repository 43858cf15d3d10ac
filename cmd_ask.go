package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/candorbot/candor/bot"
)

func askCommand() command {
	c := command{
		name:    "ask",
		usage:   "TEXT",
		summary: "Answer one message and print the reply (as a person reads it, or as JSON).",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c)
		asJSON := fs.Bool("json", false, "print the reply as JSON (with the triage decision)")
		cf := addCoreFlags(fs, e.cfg, true)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		text := strings.Join(fs.Args(), " ")
		if strings.TrimSpace(text) == "" {
			fmt.Fprintln(e.stderr, "candor ask: give the message to answer, for example: candor ask \"what is sex therapy?\"")
			return errUsage
		}
		a, err := buildApp(ctx, e, cf, optionalStore, newLogger(e.cfg, e.stderr))
		if err != nil {
			return err
		}
		defer a.Close()
		rep := a.bot.Handle(ctx, bot.Request{Text: text, Region: cf.region, Channel: bot.ChannelConsole})
		return printReply(e.stdout, a.bot, rep, *asJSON, outputWidth(e))
	}
	return c
}
