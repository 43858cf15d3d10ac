package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/candorbot/candor/bot/postgres/pgtest"
)

func TestDatabaseURLSetting(t *testing.T) {
	tests := []struct {
		url     string
		wantErr bool
	}{
		{"", false},
		{"postgres://candor:pw@db:5432/candor", false},
		{"postgresql://db/candor?sslmode=require", false},
		{"mysql://candor:hunter2@db/candor", true},
		{"candor.db", true},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			cfg, err := LoadConfig(func(k string) string { return map[string]string{"CANDOR_DATABASE_URL": tc.url}[k] })
			if (err != nil) != tc.wantErr {
				t.Fatalf("error %v, want error %v", err, tc.wantErr)
			}
			if err != nil && strings.Contains(err.Error(), "hunter2") {
				t.Errorf("the error shows the password: %v", err)
			}
			if err == nil && cfg.DatabaseURL != tc.url {
				t.Errorf("DatabaseURL %q", cfg.DatabaseURL)
			}
		})
	}
	if got := redactURL("postgres://candor:hunter2@db:5432/candor?password=x"); strings.Contains(got, "hunter2") || strings.Contains(got, "password") {
		t.Errorf("redactURL kept a secret: %s", got)
	}
}

// With CANDOR_DATABASE_URL every command that keeps something uses
// PostgreSQL, no SQLite file is created, an explicit --db still means
// SQLite, and what people ask is not stored.
func TestCommandsOnPostgres(t *testing.T) {
	dbURL := pgtest.NewDatabase(t)
	dir := t.TempDir()
	sqlitePath := filepath.Join(dir, "candor.db")
	env := map[string]string{"CANDOR_DATABASE_URL": dbURL, "CANDOR_DB": sqlitePath}

	const question = "my husband Anselm says it's not normal to want sex less than him"
	if out, errOut, code := cli(t, env, "", "ask", question); code != 0 || strings.Contains(errOut, "can't be used") {
		t.Fatalf("ask: code %d\n%s\n%s", code, out, errOut)
	}
	csv := filepath.Join(dir, "listings.csv")
	if err := os.WriteFile(csv, []byte("name,url,phone,region,services,telehealth,cost,languages\nLakeside Clinic,https://example.org,,US-IL,,true,,\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := cli(t, env, "", "referral", "import", "--guild", "77", csv); code != 0 {
		t.Fatalf("import: code %d\n%s\n%s", code, out, errOut)
	}
	if out, errOut, code := cli(t, env, "", "referral", "export", "--guild", "77"); code != 0 || !strings.Contains(out, "Lakeside Clinic") {
		t.Errorf("export: code %d\n%s\n%s", code, out, errOut)
	}
	out, errOut, code := cli(t, env, "", "stats", "--json")
	var counts []struct{ N int }
	if code != 0 || json.Unmarshal([]byte(out), &counts) != nil || len(counts) == 0 {
		t.Errorf("stats: code %d\n%s\n%s", code, out, errOut)
	}
	if _, err := os.Stat(sqlitePath); !os.IsNotExist(err) {
		t.Errorf("a SQLite file was created although CANDOR_DATABASE_URL is set: %v", err)
	}
	if _, errOut, code := cli(t, env, "", "stats", "--db", filepath.Join(dir, "typo.db")); code != 1 || !strings.Contains(errOut, "there is no database at") {
		t.Errorf("an explicit --db should mean SQLite: code %d\n%s", code, errOut)
	}

	dump := dumpDatabase(t, dbURL)
	if !strings.Contains(dump, "lakeside clinic") {
		t.Fatal("the dump misses the imported listing, so it shows nothing")
	}
	for _, w := range []string{"husband", "anselm", "less than him"} {
		if strings.Contains(dump, w) {
			t.Errorf("PostgreSQL holds %q from what was asked", w)
		}
	}
}

// ask and chat answer without their database: an unreachable PostgreSQL
// is a note on stderr (without the password), not a failure.
func TestAskRunsWithoutItsPostgres(t *testing.T) {
	env := map[string]string{"CANDOR_DATABASE_URL": "postgres://candor:hunter2@127.0.0.1:1/candor?sslmode=disable"}
	out, errOut, code := cli(t, env, "", "ask", "what is consent")
	if code != 0 || !strings.Contains(out, "== Consent") {
		t.Fatalf("code %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "can't be used") || !strings.Contains(errOut, "127.0.0.1:1") {
		t.Errorf("no note naming the database on stderr:\n%s", errOut)
	}
	if strings.Contains(errOut, "hunter2") {
		t.Errorf("stderr shows the password:\n%s", errOut)
	}
	if _, errOut, code := cli(t, env, "", "stats"); code != 1 || strings.Contains(errOut, "hunter2") {
		t.Errorf("stats on an unreachable database: code %d, want 1, without the password:\n%s", code, errOut)
	}
}

// dumpDatabase returns every row of every table of the PostgreSQL
// database at url, as lower-case text, for privacy checks.
func dumpDatabase(t *testing.T, url string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rs, _ := conn.Query(ctx, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)
	tables, err := pgx.CollectRows(rs, pgx.RowTo[string])
	if err != nil || len(tables) < 5 {
		t.Fatalf("tables %v %v", tables, err)
	}
	var all strings.Builder
	for _, tb := range tables {
		rs, _ := conn.Query(ctx, `SELECT t::text FROM `+pgx.Identifier{tb}.Sanitize()+` AS t`)
		vs, err := pgx.CollectRows(rs, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		all.WriteString(strings.Join(vs, "\n"))
	}
	return strings.ToLower(all.String())
}
