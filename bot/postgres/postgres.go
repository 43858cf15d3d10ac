// Package postgres stores what Candor keeps in PostgreSQL, through
// github.com/jackc/pgx/v5, so that several Candor processes can share one
// database: reply counters, feedback counts, per-guild settings, a
// server's own referral listings and embeddings of curated entries. Like
// bot/sqlite, it never stores message text, user ids or LLM rephrasings.
// A settings save is announced with NOTIFY so other processes can drop
// their cached copy (see WatchSettings).
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/internal/tally"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the PostgreSQL implementation of bot.Store. It is safe for
// concurrent use, and several processes may share its database. Reply
// counters and feedback votes are batched in memory and written once a
// second in one transaction; Close writes what is left.
type Store struct {
	pool *pgxpool.Pool
	// connConfig opens the dedicated LISTEN connection of WatchSettings.
	connConfig *pgx.ConnConfig

	batch     *tally.Batcher
	log       *slog.Logger
	closeOnce sync.Once
}

var (
	_ bot.Store           = (*Store)(nil)
	_ bot.CounterReader   = (*Store)(nil)
	_ bot.SettingsWatcher = (*Store)(nil)
)

// settingsChannel is the NOTIFY channel of settings saves; the payload is
// the guild id.
const settingsChannel = "candor_settings"

// migrationLock is the key of the session advisory lock held while
// migrating, so that processes starting together migrate one at a time.
const migrationLock int64 = 0x63616e646f72 // "candor"

// Options adjust how Open connects.
type Options struct {
	// ConnectTimeout bounds connecting and migrating; 0 means 30 s.
	ConnectTimeout time.Duration
	// MaxConns is the size of the connection pool; 0 means pgxpool's
	// default (4, or the number of CPUs when more).
	MaxConns int32
	// Logger hears about failures that are retried in the background (a
	// counter flush, the settings watch's connection); nil logs nothing.
	Logger *slog.Logger
}

// Open connects to the database at url (postgres://...), applies pending
// migrations and starts the counter batching. Its errors are wrapped with
// "open postgres" and never contain the password of url.
func Open(ctx context.Context, url string) (*Store, error) { return OpenWith(ctx, url, Options{}) }

// OpenWith is Open with options.
func OpenWith(ctx context.Context, url string, opt Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's parse errors redact the password.
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if opt.MaxConns > 0 {
		cfg.MaxConns = opt.MaxConns
	}
	timeout := opt.ConnectTimeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Store{pool: pool, connConfig: cfg.ConnConfig.Copy(), log: log}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s:%d/%s: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database, err)
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	s.batch = tally.New(s.write, tally.Interval, func(err error) {
		s.log.Warn("counters not written; keeping them for the next flush", "err", err)
	})
	return s, nil
}

// Close writes the counters still in memory and closes the pool. It
// returns the flush error, if any; calling it again does nothing.
func (s *Store) Close() error {
	var err error
	s.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err = s.batch.Close(ctx)
		s.pool.Close()
	})
	return err
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.pool.QueryRow(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("ping db: %w", err)
	}
	return nil
}

// SchemaVersion returns the number of the newest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.pool.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}

// migrate applies the embedded migrations not yet applied, each in its
// own transaction, holding a session advisory lock throughout: a second
// process starting at the same time waits, then finds nothing to do. A
// migration file is named NNNN_name.sql.
func (s *Store) migrate(ctx context.Context) (err error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	defer func() {
		// A failed unlock (say, the context ended) leaves the lock on the
		// session: close the connection rather than pool it holding the lock.
		uctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, uerr := conn.Exec(uctx, `SELECT pg_advisory_unlock($1)`, migrationLock); uerr != nil {
			conn.Conn().Close(uctx)
			err = errors.Join(err, fmt.Errorf("migrate: unlock: %w", uerr))
		}
	}()
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var current int
	if err := conn.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return fmt.Errorf("migrate: bad migration name %s", base)
		}
		if v <= current {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			// Simple protocol: a migration may hold several statements.
			if _, err := tx.Exec(ctx, string(body), pgx.QueryExecModeSimpleProtocol); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, v, base)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
	}
	return nil
}
