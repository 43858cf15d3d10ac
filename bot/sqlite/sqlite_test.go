package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/sqlite"
)

func open(t *testing.T) (*sqlite.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "candor.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestMigrationsAreVersionedAndIdempotent(t *testing.T) {
	s, path := open(t)
	ctx := context.Background()
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != 4 {
		t.Fatalf("schema version %d, %v; want 4", v, err)
	}
	s.Close()
	s2, err := sqlite.Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if v2, _ := s2.SchemaVersion(ctx); v2 != v {
		t.Errorf("version changed on reopen: %d", v2)
	}
}

func TestOpenErrors(t *testing.T) {
	for _, p := range []string{"", "bad?name.db", filepath.Join(t.TempDir(), "missing-dir", "x.db")} {
		if s, err := sqlite.Open(p); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", p)
		}
	}
}

func TestLLMCache(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	c := s.LLMCache()
	if _, ok, err := c.GetVector(ctx, "e"); ok || err != nil {
		t.Fatal("hit on empty cache")
	}
	vec := []float32{1, -2.5, 0, 3.25}
	if err := c.PutVector(ctx, "e", vec); err != nil {
		t.Fatal(err)
	}
	got, ok, err := c.GetVector(ctx, "e")
	if !ok || err != nil || len(got) != 4 || got[1] != -2.5 || got[3] != 3.25 {
		t.Errorf("vector %v %v %v", got, ok, err)
	}
}

func TestPing(t *testing.T) {
	s, _ := open(t)
	if err := s.Ping(context.Background()); err != nil {
		t.Error(err)
	}
	s.Close()
	if err := s.Ping(context.Background()); err == nil {
		t.Error("ping on a closed store succeeded")
	}
}

func BenchmarkCountReply(b *testing.B) {
	s, err := sqlite.Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	day := time.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.CountReply(ctx, day, bot.KindAnswer, "consent")
	}
}

// An older database kept LLM rephrasings, which can restate what a person
// wrote; opening it with this version must leave no trace of them in the
// file.
func TestOpenErasesStoredRephrasings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	const secret = "You mentioned that your husband cheated on you."
	for _, stmt := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`,
		`CREATE TABLE llm_cache (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL, created TEXT NOT NULL) WITHOUT ROWID`,
		`CREATE TABLE llm_vectors (key TEXT NOT NULL PRIMARY KEY, vec BLOB NOT NULL, created TEXT NOT NULL) WITHOUT ROWID`,
		`INSERT INTO schema_migrations VALUES (1, '0001_init.sql', '2026-01-01T00:00:00Z'), (2, '0002_llm_cache.sql', '2026-01-01T00:00:00Z')`,
		`INSERT INTO llm_cache VALUES ('rephrase:abc', '` + secret + `', '2026-01-01T00:00:00Z')`,
	} {
		if _, err := old.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	// The 0001 tables, so that migration counts as applied.
	body, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(string(body)); err != nil {
		t.Fatal(err)
	}
	old.Close()
	if b, _ := os.ReadFile(path); !bytes.Contains(b, []byte("husband")) {
		t.Fatal("the old database does not hold the rephrasing, so this test shows nothing")
	}

	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := s.SchemaVersion(context.Background()); v < 3 {
		t.Errorf("schema version %d, want 3 or more", v)
	}
	s.Close()
	for _, p := range []string{path, path + "-wal"} {
		if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("husband")) {
			t.Errorf("%s still holds a stored rephrasing", filepath.Base(p))
		}
	}
}

func BenchmarkFindListings(b *testing.B) {
	s, err := sqlite.Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	ls := make([]bot.Listing, bot.MaxGuildListings)
	for i := range ls {
		ls[i] = bot.Listing{Name: fmt.Sprint("Clinic ", i), Phone: "555", Region: []string{"US-IL", "US-NY", "GB", "AU-NSW"}[i%4]}
	}
	if err := s.ReplaceListings(ctx, "g", ls); err != nil {
		b.Fatal(err)
	}
	q := bot.ListingQuery{GuildID: "g", Regions: []string{"US", "US-IL"}, Within: "US-IL"}
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.FindListings(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}

// Listings stored before per-guild numbers get them, in the order added.
func TestMigrationNumbersExistingListings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`,
		`INSERT INTO schema_migrations VALUES (1, 'a', ''), (2, 'b', ''), (3, 'c', '')`,
		string(body),
		`INSERT INTO listings (guild_id, name, phone, region) VALUES ('a', 'A1', '555', 'US'), ('b', 'B1', '555', 'US'),
			('a', 'A2', '555', 'US'), ('b', 'B2', '555', 'US'), ('a', 'A3', '555', 'US')`,
	} {
		if _, err := old.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for guild, want := range map[string]string{"a": "A1#1 A2#2 A3#3", "b": "B1#1 B2#2"} {
		ls, err := s.Listings(context.Background(), guild)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range ls {
			got = append(got, fmt.Sprintf("%s#%d", l.Name, l.ID))
		}
		if strings.Join(got, " ") != want {
			t.Errorf("guild %s: %q, want %q", guild, strings.Join(got, " "), want)
		}
	}
}

func TestOpenWith(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	if _, err := sqlite.OpenWith(missing, sqlite.Options{MustExist: true}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("MustExist on a missing file: %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("MustExist created the file")
	}
	s, path := open(t)
	if err := s.CheckWritable(context.Background()); err != nil {
		t.Errorf("CheckWritable on a fresh database: %v", err)
	}
	// Another connection holds the write lock: CheckWritable gives up
	// after the busy timeout.
	other, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO feedback (entry) VALUES ('x')`); err != nil {
		t.Fatal(err)
	}
	quick, err := sqlite.OpenWith(path, sqlite.Options{BusyTimeout: 100 * time.Millisecond, MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer quick.Close()
	start := time.Now()
	if err := quick.CheckWritable(context.Background()); err == nil {
		t.Error("CheckWritable succeeded while another connection held the write lock")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("CheckWritable waited %v with a 100ms busy timeout", d)
	}
}
