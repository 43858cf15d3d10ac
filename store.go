package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/llm"
	"github.com/candorbot/candor/bot/postgres"
	"github.com/candorbot/candor/bot/sqlite"
)

// appStore is what the commands need of a store: the bot.Store, its
// counters (candor stats) and Close. *sqlite.Store and *postgres.Store
// are both.
type appStore interface {
	bot.Store
	bot.CounterReader
	Close() error
}

// dbFlag is the --db flag: a SQLite path that also records whether it was
// given, since an explicit --db wins over CANDOR_DATABASE_URL.
type dbFlag struct {
	path string
	set  bool
}

func (f *dbFlag) String() string     { return f.path }
func (f *dbFlag) Set(v string) error { f.path, f.set = v, true; return nil }

// addDBFlag defines --db on fs, defaulting to CANDOR_DB.
func addDBFlag(fs *flag.FlagSet, cfg Config) *dbFlag {
	f := &dbFlag{path: cfg.DB}
	fs.Var(f, "db", "SQLite database `PATH` (CANDOR_DB); given explicitly, it is used even when CANDOR_DATABASE_URL is set")
	return f
}

// storeSpec says which database a command uses: PostgreSQL at url, or
// SQLite at path.
type storeSpec struct {
	url  string
	path string
}

// pickStore chooses PostgreSQL when CANDOR_DATABASE_URL is set and --db
// was not given, else SQLite at --db (or CANDOR_DB).
func pickStore(cfg Config, db *dbFlag) storeSpec {
	if cfg.DatabaseURL != "" && (db == nil || !db.set) {
		return storeSpec{url: cfg.DatabaseURL}
	}
	if db == nil {
		return storeSpec{path: cfg.DB}
	}
	return storeSpec{path: db.path}
}

// String names the database for messages, without a password.
func (s storeSpec) String() string {
	if s.url == "" {
		return s.path
	}
	return redactURL(s.url)
}

// redactURL drops the password and query of a database URL.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "the PostgreSQL database of CANDOR_DATABASE_URL"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	u.RawQuery = ""
	return u.String()
}

// openOptions adjust openStore.
type openOptions struct {
	// mustExist refuses to create a missing SQLite file (an error wrapping
	// os.ErrNotExist).
	mustExist bool
	// wait bounds connecting to PostgreSQL and SQLite's busy timeout; 0
	// means the stores' defaults.
	wait time.Duration
	// log hears about failures the store retries in the background.
	log *slog.Logger
}

// openStore opens the store spec names.
func openStore(ctx context.Context, spec storeSpec, opt openOptions) (appStore, error) {
	if spec.url != "" {
		st, err := postgres.OpenWith(ctx, spec.url, postgres.Options{ConnectTimeout: opt.wait, Logger: opt.log})
		if err != nil {
			return nil, err
		}
		return st, nil
	}
	st, err := sqlite.OpenWith(spec.path, sqlite.Options{MustExist: opt.mustExist, BusyTimeout: opt.wait, Logger: opt.log})
	if err != nil {
		return nil, err
	}
	return st, nil
}

// openOptionalStore opens the database for a command that answers without
// it, or returns nil with a note on stderr when it cannot be written now.
func openOptionalStore(ctx context.Context, e *env, spec storeSpec) appStore {
	st, err := openStore(ctx, spec, openOptions{wait: optionalStoreWait * 2})
	if err == nil {
		if w, ok := st.(*sqlite.Store); ok {
			cctx, cancel := context.WithTimeout(ctx, 2*optionalStoreWait)
			err = w.CheckWritable(cctx)
			cancel()
			if err != nil {
				st.Close()
			}
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "candor: note: the database %s can't be used (%v), so this session counts nothing; replies are not affected.\n", spec, err)
		return nil
	}
	return st
}

// llmCache returns the embedding cache kept in st, or one in memory.
func llmCache(st appStore) llm.Cache {
	switch s := st.(type) {
	case *sqlite.Store:
		return s.LLMCache()
	case *postgres.Store:
		return s.LLMCache()
	}
	return llm.NewMemoryCache()
}

// openExisting opens the store for a command that reads what the bot
// stored (stats, export): a missing SQLite file is an error naming it,
// not a new empty database.
func openExisting(ctx context.Context, spec storeSpec, what string) (appStore, error) {
	st, err := openStore(ctx, spec, openOptions{mustExist: true})
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: there is no database at %s (set --db or CANDOR_DB to the bot's database, or CANDOR_DATABASE_URL)", what, spec)
	}
	return st, err
}

// validDatabaseURL reports whether v is a postgres:// or postgresql:// URL.
func validDatabaseURL(v string) bool {
	return strings.HasPrefix(v, "postgres://") || strings.HasPrefix(v, "postgresql://")
}
