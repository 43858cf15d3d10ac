package sqlite_test

import (
	"database/sql"
	"fmt"
	"sync"
	"testing"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/storetest"
)

// paths remembers the file of each store the contract opens, for dumpText.
var paths sync.Map // *sqlite.Store -> string

func openStore(t *testing.T) bot.Store {
	t.Helper()
	s, path := open(t)
	paths.Store(s, path)
	return s
}

func TestStoreContract(t *testing.T) { storetest.Run(t, openStore) }

func TestNoMessageTextInAnyTable(t *testing.T) { storetest.Privacy(t, openStore, dumpText) }

// dumpText reads every column of every table, as text, through a second
// connection to the store's file.
func dumpText(t *testing.T, s bot.Store) []string {
	t.Helper()
	path, ok := paths.Load(s)
	if !ok {
		t.Fatalf("store %p was not opened by openStore", s)
	}
	db, err := sql.Open("sqlite3", "file:"+path.(string)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tables, err := column(db, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) < 5 {
		t.Fatalf("only tables %v", tables)
	}
	var out []string
	for _, table := range tables {
		cols, err := column(db, fmt.Sprintf(`SELECT name FROM pragma_table_info('%s')`, table))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cols {
			vs, err := column(db, fmt.Sprintf(`SELECT CAST(%q AS TEXT) FROM %q WHERE %q IS NOT NULL`, c, table, c))
			if err != nil {
				t.Fatalf("%s.%s: %v", table, c, err)
			}
			out = append(out, vs...)
		}
	}
	return out
}

func column(db *sql.DB, query string) ([]string, error) {
	rows, err := db.Query(query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
