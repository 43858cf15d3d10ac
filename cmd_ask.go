package main

import (
	"context"
	"flag"
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
		locale := fs.String("locale", "", "Discord locale `TAG` sent with the message, such as pt-BR or de: a hint for its language")
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
		// The region goes with the request only when given on the command
		// line, as a server's setting would: otherwise it stays the bot's
		// default, and a crisis in another language takes the locale's
		// country as it does on Discord.
		region := ""
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "region" {
				region = cf.region
			}
		})
		rep := a.bot.Handle(ctx, bot.Request{Text: text, Region: region, Locale: *locale, Channel: bot.ChannelConsole})
		return printReply(e.stdout, a.bot, rep, *asJSON, outputWidth(e))
	}
	return c
}
