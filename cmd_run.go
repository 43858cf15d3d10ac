package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/candorbot/candor/bot/discord"
)

func runCommand() command {
	c := command{
		name:    "run",
		usage:   "",
		summary: "Run the Discord bot (the default command; needs DISCORD_TOKEN). Stops cleanly on Ctrl-C or SIGTERM.",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c)
		cf := addCoreFlags(fs, e.cfg, true)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if e.cfg.DiscordToken == "" {
			fmt.Fprintln(e.stderr, "candor: DISCORD_TOKEN is not set, so the Discord bot cannot start.")
			fmt.Fprintln(e.stderr, "  To run the bot: create an application at https://discord.com/developers/applications,")
			fmt.Fprintln(e.stderr, "  copy its bot token into DISCORD_TOKEN (see .env.example and the README).")
			fmt.Fprintln(e.stderr, "  To try Candor without Discord: candor chat   (or: go run . chat)")
			return exitError{code: 2}
		}
		log := newLogger(e.cfg, e.stderr)
		a, err := buildApp(ctx, e, cf, needStore, log)
		if err != nil {
			return err
		}
		defer a.Close()
		ad, err := newAdapter(e.cfg, a)
		if err != nil {
			return err
		}
		if e.cfg.HTTPAddr != "" {
			srv, err := serveOps(e.cfg.HTTPAddr, ad)
			if err != nil {
				return err
			}
			defer func() {
				sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				srv.Shutdown(sctx)
			}()
			log.Info("serving health and metrics", "addr", e.cfg.HTTPAddr)
		}
		log.Info("starting Discord bot", "entries", a.bot.Knowledge().Len(), "region", cf.region, "guild", e.cfg.DiscordGuildID,
			"database", pickStore(e.cfg, cf.db).String())
		if err := ad.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			return fmt.Errorf("discord: %w", err)
		}
		log.Info("stopped")
		return nil
	}
	return c
}

// newAdapter builds the Discord adapter from the configuration.
func newAdapter(cfg Config, a *app) (*discord.Adapter, error) {
	return discord.New(discord.Config{
		Token:           cfg.DiscordToken,
		GuildID:         cfg.DiscordGuildID,
		APIURL:          cfg.DiscordAPIURL,
		ShardID:         cfg.ShardID,
		ShardCount:      cfg.ShardCount,
		Bot:             a.bot,
		Store:           a.store,
		RateLimit:       discord.RateLimit{UserPerMinute: cfg.RateUser, GuildPerMinute: cfg.RateGuild},
		RephraseEnabled: cfg.LLMModel != "",
		ShutdownTimeout: cfg.ShutdownGrace,
		Logger:          a.log,
	})
}

// serveOps serves /healthz and /metrics on addr in the background.
func serveOps(addr string, ad *discord.Adapter) (*http.Server, error) {
	mux := http.NewServeMux()
	mux.Handle("/healthz", ad.HealthHandler())
	mux.Handle("/metrics", ad.MetricsHandler())
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on CANDOR_HTTP_ADDR %s: %w", addr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	return srv, nil
}
