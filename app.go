package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

// coreFlags are the flags every command that answers messages shares.
type coreFlags struct {
	kb      string
	kbMerge bool
	db      *dbFlag // nil for commands that keep nothing
	region  string
}

func addCoreFlags(fs *flag.FlagSet, cfg Config, withDB bool) *coreFlags {
	f := &coreFlags{}
	fs.StringVar(&f.kb, "kb", cfg.KBDir, "load the knowledge base from `DIR` instead of the embedded one (CANDOR_KB_DIR)")
	fs.BoolVar(&f.kbMerge, "kb-merge", cfg.KBMerge, "add the entries of --kb to the embedded ones instead of replacing them (CANDOR_KB_MERGE)")
	if withDB {
		f.db = addDBFlag(fs, cfg)
	}
	fs.StringVar(&f.region, "region", cfg.Region, "default region `CODE`, ISO 3166 such as US, GB, CA-ON (CANDOR_REGION)")
	return f
}

// loadKB loads the knowledge base the flags ask for.
func loadKB(f *coreFlags) (*knowledge.Base, error) {
	if f.kb == "" {
		return knowledge.LoadEmbedded()
	}
	if st, err := os.Stat(f.kb); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("knowledge base %s: not a directory", f.kb)
	}
	if f.kbMerge {
		return knowledge.LoadMerged(knowledge.Embedded(), os.DirFS(f.kb))
	}
	return knowledge.Load(os.DirFS(f.kb))
}

// app is the wired core: knowledge base, referral data, store, bot.
type app struct {
	bot   *bot.Bot
	store appStore // nil when the command keeps nothing
	log   *slog.Logger
}

// Close waits for pending writes and closes the store.
func (a *app) Close() error {
	a.bot.Close()
	if a.store != nil {
		return a.store.Close()
	}
	return nil
}

// newLogger builds the structured logger from the configuration.
func newLogger(cfg Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// storeUse says what a command needs of the database.
type storeUse int

const (
	noStore       storeUse = iota // keeps nothing
	needStore                     // fails without a usable database
	optionalStore                 // counts replies when it can; runs without
)

// optionalStoreWait bounds how long a command that needs no storage waits
// for a database another process holds locked.
const optionalStoreWait = time.Second

// buildApp wires the core. A malformed knowledge base stops it here, with
// the file, line and problem. With optionalStore, a database that cannot be
// opened or written (read-only, locked by another process) is left out
// with a note on stderr.
func buildApp(ctx context.Context, e *env, f *coreFlags, use storeUse, log *slog.Logger) (*app, error) {
	kb, err := loadKB(f)
	if err != nil {
		return nil, fmt.Errorf("load knowledge base:\n%w", err)
	}
	kb, emb, err := addSemantic(e.cfg, f, kb, log)
	if err != nil {
		return nil, err
	}
	var model, multi *safety.Model
	if e.cfg.SafetyModel {
		if model, err = loadSafetyModel(); err != nil {
			return nil, fmt.Errorf("load safety model: %w", err)
		}
		if multi, err = loadMultiModel(); err != nil {
			return nil, fmt.Errorf("load multilingual safety model: %w", err)
		}
	}
	ref, err := referral.Load()
	if err != nil {
		return nil, fmt.Errorf("load referral data: %w", err)
	}
	a := &app{log: log}
	cfg := bot.Config{KB: kb, Referral: ref, DefaultRegion: f.region, Logger: log, RephraseTimeout: e.cfg.LLMTimeout, Safety: model, MultiSafety: multi}
	if emb != nil {
		cfg.Embedder = emb
	}
	switch use {
	case needStore:
		st, err := openStore(ctx, pickStore(e.cfg, f.db), openOptions{log: log})
		if err != nil {
			return nil, err
		}
		a.store = st
	case optionalStore:
		a.store = openOptionalStore(ctx, e, pickStore(e.cfg, f.db))
	}
	if a.store != nil {
		cfg.Store = a.store
	}
	if err := addLLM(ctx, e.cfg, kb, a.store, log, &cfg); err != nil {
		if a.store != nil {
			a.store.Close()
		}
		return nil, err
	}
	b, err := bot.New(cfg)
	if err != nil {
		if a.store != nil {
			a.store.Close()
		}
		return nil, err
	}
	a.bot = b
	return a, nil
}
