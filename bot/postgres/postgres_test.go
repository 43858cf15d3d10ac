package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/postgres"
	"github.com/candorbot/candor/bot/storetest"
)

// testServerURL returns CANDOR_TEST_DATABASE_URL, the PostgreSQL server the
// tests create their databases on. Without it the test is skipped, except
// in CI (CI set), where it fails: CI must not pass by skipping.
func testServerURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("CANDOR_TEST_DATABASE_URL")
	if u == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but CANDOR_TEST_DATABASE_URL is not: the PostgreSQL tests must run in CI (.ci/run starts a server and sets it)")
		}
		t.Skip("PostgreSQL tests skipped: set CANDOR_TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable) to run them")
	}
	return u
}

// newDatabase creates an empty database with a random name on the test
// server and returns its URL; the database is dropped when the test ends.
func newDatabase(t testing.TB) string {
	t.Helper()
	tt, ok := t.(*testing.T)
	var server string
	if ok {
		server = testServerURL(tt)
	} else if server = os.Getenv("CANDOR_TEST_DATABASE_URL"); server == "" {
		t.Skip("set CANDOR_TEST_DATABASE_URL to run PostgreSQL benchmarks")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, server)
	if err != nil {
		t.Fatalf("connect to CANDOR_TEST_DATABASE_URL: %v", err)
	}
	defer admin.Close(context.Background())
	b := make([]byte, 8)
	rand.Read(b)
	name := "candor_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		admin, err := pgx.Connect(ctx, server)
		if err != nil {
			t.Errorf("drop test database %s: %v", name, err)
			return
		}
		defer admin.Close(context.Background())
		if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("CANDOR_TEST_DATABASE_URL: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

func open(t testing.TB, dbURL string) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// urls remembers the database of each store the contract opens, for dumpText.
var urls sync.Map // *postgres.Store -> string

func openStore(t *testing.T) bot.Store {
	t.Helper()
	u := newDatabase(t)
	s := open(t, u)
	urls.Store(s, u)
	return s
}

func TestStoreContract(t *testing.T) {
	testServerURL(t)
	storetest.Run(t, openStore)
}

func TestNoMessageTextInAnyTable(t *testing.T) {
	testServerURL(t)
	storetest.Privacy(t, openStore, dumpText)
}

// dumpText reads every column of every table in the public schema, as
// text, through its own connection.
func dumpText(t *testing.T, s bot.Store) []string {
	t.Helper()
	u, ok := urls.Load(s)
	if !ok {
		t.Fatalf("store %p was not opened by openStore", s)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u.(string))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, _ := conn.Query(ctx, `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`)
	type col struct{ table, name string }
	cols, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (col, error) {
		var c col
		return c, r.Scan(&c.table, &c.name)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) < 20 {
		t.Fatalf("only columns %v", cols)
	}
	var out []string
	for _, c := range cols {
		q := fmt.Sprintf(`SELECT %s::text FROM %s WHERE %s IS NOT NULL`,
			pgx.Identifier{c.name}.Sanitize(), pgx.Identifier{c.table}.Sanitize(), pgx.Identifier{c.name}.Sanitize())
		rows, _ := conn.Query(ctx, q)
		vs, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatalf("%s.%s: %v", c.table, c.name, err)
		}
		out = append(out, vs...)
	}
	return out
}
