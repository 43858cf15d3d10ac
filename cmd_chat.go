package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/candorbot/candor/bot"
)

func chatCommand() command {
	c := command{
		name:    "chat",
		usage:   "",
		summary: "Chat with Candor in the terminal (no Discord needed). Type a question; 'quit' or Ctrl-D ends.",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c)
		cf := addCoreFlags(fs, e.cfg, true)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		a, err := buildApp(ctx, e, cf, optionalStore, newLogger(e.cfg, e.stderr))
		if err != nil {
			return err
		}
		defer a.Close()
		width := outputWidth(e)
		fmt.Fprintln(e.stdout, wrapText(fmt.Sprintf("Candor: sexual-health education, not medical advice. %d topics loaded.\n"+
			"Ask a question in your own words. Commands: /topics, /crisis, /find-therapist PLACE, /about, /quit.\n"+
			"Nothing you type is stored.", a.bot.Knowledge().Len()), width))
		var conv bot.Conversation
		sc := bufio.NewScanner(e.stdin)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for {
			fmt.Fprint(e.stdout, "\nyou> ")
			if !sc.Scan() {
				fmt.Fprintln(e.stdout)
				return sc.Err()
			}
			if ctx.Err() != nil {
				return nil
			}
			line := strings.TrimSpace(sc.Text())
			req := bot.Request{Text: line, Region: cf.region, Channel: bot.ChannelConsole}
			fmt.Fprintln(e.stdout)
			switch cmd, rest, _ := strings.Cut(line, " "); strings.ToLower(cmd) {
			case "":
				continue
			case "/quit", "/exit", "quit", "exit", "bye":
				fmt.Fprintln(e.stdout, "Take care. Bye!")
				return nil
			case "/topics":
				for _, en := range a.bot.Knowledge().Entries() {
					fmt.Fprintln(e.stdout, wrapText(fmt.Sprintf("  %-45s %s", en.ID, en.Title), width))
				}
			case "/crisis":
				renderReply(e.stdout, a.bot, a.bot.Crisis(req), width)
			case "/about":
				renderReply(e.stdout, a.bot, a.bot.About(), width)
			case "/find-therapist":
				rep := a.bot.FindTherapist(ctx, req, rest, referralFilter(rest))
				conv.Saw(rep)
				renderReply(e.stdout, a.bot, rep, width)
			default:
				renderReply(e.stdout, a.bot, a.bot.Converse(ctx, &conv, req), width)
			}
		}
	}
	return c
}
