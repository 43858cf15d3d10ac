// Package sqlite stores what Candor keeps, in SQLite through
// github.com/mattn/go-sqlite3: reply counters, feedback counts, per-guild
// settings, a server's own referral listings and embeddings of curated
// entries. It never stores message text, user ids or LLM rephrasings.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/internal/tally"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the SQLite implementation of bot.Store. It is safe for
// concurrent use. Reply counters and feedback votes are batched in memory
// and written once a second in one transaction; Close writes what is left.
type Store struct {
	db  *sql.DB
	now func() time.Time

	batch     *tally.Batcher
	closeOnce sync.Once
}

// maxConns is the size of the connection pool: in WAL mode readers do not
// block each other or the writer, so a few connections serve concurrent
// reads; writes (rare: settings, listings, one batch a second) take
// SQLite's write lock in turn, waiting up to the busy timeout. Keeping
// every connection idle in the pool avoids reopening one per query (the
// database/sql default keeps 2).
const maxConns = 8

var (
	_ bot.Store         = (*Store)(nil)
	_ bot.CounterReader = (*Store)(nil)
)

// Options adjust how Open connects.
type Options struct {
	// BusyTimeout is how long a statement waits for another connection's
	// lock before failing with "database is locked"; 0 means 5 s.
	BusyTimeout time.Duration
	// MustExist makes OpenWith fail (with an error wrapping
	// fs.ErrNotExist) instead of creating a missing database.
	MustExist bool
	// Logger hears about counter flushes that failed and will be retried
	// (a locked or full disk); nil logs nothing.
	Logger *slog.Logger
}

// Open opens (creating if needed) the database at path, in WAL mode with a
// busy timeout and secure_delete on (deleted rows are overwritten, not left
// in free pages), and applies pending migrations. ":memory:" gives a private
// in-memory database.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenWith is Open with options. Its errors are wrapped with "open db".
func OpenWith(path string, opt Options) (*Store, error) {
	if path == "" {
		return nil, errors.New("open db: empty path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("open db: path %q must not contain '?' or '#'", path)
	}
	if opt.MustExist && path != ":memory:" {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open db: %w", err)
		}
	}
	busy := opt.BusyTimeout.Milliseconds()
	if busy <= 0 {
		busy = 5000
	}
	dsn := fmt.Sprintf("file:%s?_journal_mode=WAL&_busy_timeout=%d&_foreign_keys=on&_synchronous=NORMAL&_secure_delete=on", path, busy)
	if path == ":memory:" {
		dsn = fmt.Sprintf("file::memory:?_busy_timeout=%d&_secure_delete=on", busy)
	}
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open db: %w", err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
	} else {
		db.SetMaxOpenConns(maxConns)
		db.SetMaxIdleConns(maxConns)
	}
	db.SetConnMaxIdleTime(0)
	db.SetConnMaxLifetime(0)
	s := &Store{db: db, now: time.Now}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	var onFlushError func(error)
	if opt.Logger != nil {
		onFlushError = func(err error) {
			opt.Logger.Warn("counters not written; keeping them for the next flush", "err", err)
		}
	}
	s.batch = tally.New(s.write, tally.Interval, onFlushError)
	return s, nil
}

// Close writes the counters still in memory and closes the database. It
// returns the first error of the two; calling it again does nothing.
func (s *Store) Close() error {
	var err error
	s.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		ferr := s.batch.Close(ctx)
		cerr := s.db.Close()
		err = errors.Join(ferr, cerr)
	})
	return err
}

// SchemaVersion returns the number of the newest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}

// migrate applies the embedded migrations not yet applied, each in its own
// transaction. A migration file is named NNNN_name.sql.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	current, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
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
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
			v, base, s.now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
	}
	return nil
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, `SELECT 1`).Scan(&one); err != nil {
		return fmt.Errorf("ping db: %w", err)
	}
	return nil
}

// CheckWritable reports whether the database can be written now: it takes
// and releases the write lock, so a read-only file or another process
// holding the lock (beyond the busy timeout) gives an error.
func (s *Store) CheckWritable(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("check writable: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return fmt.Errorf("check writable: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `ROLLBACK`); err != nil {
		return fmt.Errorf("check writable: %w", err)
	}
	return nil
}
