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
	var gateway bool
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c)
		cf := addCoreFlags(fs, e.cfg, true)
		fs.BoolVar(&gateway, "gateway", true, "connect to Discord's gateway (mentions, DMs and, without an interactions endpoint URL, "+
			"slash commands); false serves only the HTTP interactions endpoint (CANDOR_INTERACTIONS_ADDR)")
		interactions := fs.String("interactions-addr", e.cfg.InteractionsAddr,
			"serve Discord's HTTP interactions endpoint, POST /interactions, on `ADDR` such as :8080 (CANDOR_INTERACTIONS_ADDR; needs DISCORD_PUBLIC_KEY)")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if *interactions != "" && e.cfg.PublicKey == "" {
			fmt.Fprintln(e.stderr, "candor run: the interactions endpoint needs DISCORD_PUBLIC_KEY (the application's \"Public Key\" in the developer portal).")
			return exitError{code: 2}
		}
		if !gateway && *interactions == "" {
			fmt.Fprintln(e.stderr, "candor run: --gateway=false serves only the HTTP interactions endpoint; set CANDOR_INTERACTIONS_ADDR (or --interactions-addr) and DISCORD_PUBLIC_KEY.")
			return exitError{code: 2}
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
		cfg := e.cfg
		cfg.InteractionsAddr = *interactions
		ad, err := newAdapter(cfg, a, !gateway)
		if err != nil {
			return err
		}
		srvs, err := serveHTTP(cfg, ad)
		if err != nil {
			return err
		}
		defer func() {
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			for _, srv := range srvs {
				srv.Shutdown(sctx)
			}
		}()
		if cfg.HTTPAddr != "" {
			log.Info("serving health and metrics", "addr", cfg.HTTPAddr)
		}
		if cfg.InteractionsAddr != "" {
			log.Info("serving the interactions endpoint", "addr", cfg.InteractionsAddr, "path", "/interactions")
		}
		log.Info("starting Discord bot", "entries", a.bot.Knowledge().Len(), "region", cf.region, "guild", e.cfg.DiscordGuildID,
			"database", pickStore(e.cfg, cf.db).String(), "gateway", gateway)
		if err := ad.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			return fmt.Errorf("discord: %w", err)
		}
		log.Info("stopped")
		return nil
	}
	return c
}

// newAdapter builds the Discord adapter from the configuration.
func newAdapter(cfg Config, a *app, noGateway bool) (*discord.Adapter, error) {
	return discord.New(discord.Config{
		Token:           cfg.DiscordToken,
		GuildID:         cfg.DiscordGuildID,
		APIURL:          cfg.DiscordAPIURL,
		ShardID:         cfg.ShardID,
		ShardCount:      cfg.ShardCount,
		ShardIDs:        cfg.ShardIDs,
		SyncCommands:    cfg.SyncCommands,
		NoGateway:       noGateway,
		PublicKey:       cfg.PublicKey,
		Bot:             a.bot,
		Store:           a.store,
		RateLimit:       discord.RateLimit{UserPerMinute: cfg.RateUser, GuildPerMinute: cfg.RateGuild},
		RephraseEnabled: cfg.LLMModel != "",
		ShutdownTimeout: cfg.ShutdownGrace,
		Logger:          a.log,
	})
}

// serveHTTP starts, in the background, the servers the configuration
// asks for: /healthz and /metrics on CANDOR_HTTP_ADDR, POST /interactions
// (and /healthz, for a load balancer) on CANDOR_INTERACTIONS_ADDR; one
// server when both addresses are the same.
func serveHTTP(cfg Config, ad *discord.Adapter) ([]*http.Server, error) {
	muxes := map[string]*http.ServeMux{}
	var order []string
	mux := func(addr string) *http.ServeMux {
		if m, ok := muxes[addr]; ok {
			return m
		}
		m := http.NewServeMux()
		m.Handle("/healthz", ad.HealthHandler())
		muxes[addr] = m
		order = append(order, addr)
		return m
	}
	if cfg.HTTPAddr != "" {
		mux(cfg.HTTPAddr).Handle("/metrics", ad.MetricsHandler())
	}
	if cfg.InteractionsAddr != "" {
		mux(cfg.InteractionsAddr).Handle("/interactions", ad.InteractionsHandler())
	}
	var srvs []*http.Server
	for _, addr := range order {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			for _, s := range srvs {
				s.Close()
			}
			return nil, fmt.Errorf("listen on %s: %w", addr, err)
		}
		srv := &http.Server{Handler: muxes[addr], ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second}
		go srv.Serve(ln)
		srvs = append(srvs, srv)
	}
	return srvs, nil
}
