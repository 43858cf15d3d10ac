package postgres_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/postgres"
	"github.com/candorbot/candor/bot/postgres/pgtest"
	"github.com/candorbot/candor/bot/storetest"
)

var (
	testServerURL = pgtest.ServerURL
	newDatabase   = pgtest.NewDatabase
)

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
