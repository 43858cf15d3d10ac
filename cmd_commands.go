package main

import (
	"context"
	"fmt"
)

func commandsCommand() command {
	c := command{
		name:    "commands",
		usage:   "sync|clear",
		summary: "Register Candor's slash commands with Discord (sync), or remove them (clear). Uses DISCORD_TOKEN and DISCORD_GUILD_ID.",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c)
		cf := addCoreFlags(fs, e.cfg, false)
		// The verb may come first ("commands sync --help") or last.
		var verb string
		if len(args) > 0 && (args[0] == "sync" || args[0] == "clear") {
			verb, args = args[0], args[1:]
		}
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if verb == "" && fs.NArg() == 1 {
			verb = fs.Arg(0)
		} else if fs.NArg() > 0 {
			verb = ""
		}
		if verb != "sync" && verb != "clear" {
			fs.Usage()
			return errUsage
		}
		if e.cfg.DiscordToken == "" {
			fmt.Fprintln(e.stderr, "candor commands: DISCORD_TOKEN is not set (see .env.example)")
			return exitError{code: 2}
		}
		a, err := buildApp(ctx, e, cf, noStore, newLogger(e.cfg, e.stderr))
		if err != nil {
			return err
		}
		defer a.Close()
		ad, err := newAdapter(e.cfg, a, true)
		if err != nil {
			return err
		}
		scope := "globally (may take up to an hour to appear)"
		if e.cfg.DiscordGuildID != "" {
			scope = "to server " + e.cfg.DiscordGuildID
		}
		if verb == "sync" {
			if err := ad.SyncCommands(ctx); err != nil {
				return fmt.Errorf("commands sync: %w", err)
			}
			fmt.Fprintf(e.stdout, "Registered %d commands %s.\n", len(ad.Registry().Definitions()), scope)
			return nil
		}
		if err := ad.ClearCommands(ctx); err != nil {
			return fmt.Errorf("commands clear: %w", err)
		}
		fmt.Fprintf(e.stdout, "Removed Candor's commands %s.\n", scope)
		return nil
	}
	return c
}
