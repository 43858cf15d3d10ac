package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"sync"
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
	if err != nil || v != 3 {
		t.Fatalf("schema version %d, %v; want 3", v, err)
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

func TestCountReply(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	day := time.Date(2026, 11, 25, 23, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.CountReply(ctx, day, bot.KindAnswer, "consent"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if err := s.CountReply(ctx, day, bot.KindCrisis, ""); err != nil {
		t.Fatal(err)
	}
	counts, err := s.Counts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(counts) != 2 || counts[0].N != 20 || counts[0].Entry != "consent" || counts[0].Day != "2026-11-25" {
		t.Errorf("counts = %+v", counts)
	}
}

func TestFeedback(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	for _, h := range []bool{true, true, false} {
		if err := s.RecordFeedback(ctx, "consent", h); err != nil {
			t.Fatal(err)
		}
	}
	yes, no, err := s.Feedback(ctx, "consent")
	if err != nil || yes != 2 || no != 1 {
		t.Errorf("feedback %d/%d %v", yes, no, err)
	}
	if yes, no, err := s.Feedback(ctx, "other"); err != nil || yes+no != 0 {
		t.Errorf("unknown entry: %d/%d %v", yes, no, err)
	}
}

func TestGuildSettings(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	g, err := s.GuildSettings(ctx, "42")
	if err != nil || g.Visibility != bot.VisibilityPrivate || g.AlertChannel != "" {
		t.Fatalf("defaults: %+v %v", g, err)
	}
	want := bot.GuildSettings{GuildID: "42", Region: "GB", Visibility: bot.VisibilityPublic, MentionChannels: []string{"1", "2"}, AlertChannel: "9", Rephrase: false}
	if err := s.SaveGuildSettings(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.GuildSettings(ctx, "42")
	if err != nil || got.Region != "GB" || got.Visibility != bot.VisibilityPublic || strings.Join(got.MentionChannels, ",") != "1,2" || got.AlertChannel != "9" || got.Rephrase {
		t.Errorf("got %+v %v", got, err)
	}
}

func TestListings(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	id, err := s.AddListing(ctx, bot.Listing{GuildID: "1", Name: "Clinic", URL: "https://example.org", Region: "US-IL", Telehealth: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddListing(ctx, bot.Listing{GuildID: "1", Name: "", Region: "US"}); err == nil {
		t.Error("invalid listing stored")
	}
	ls, err := s.Listings(ctx, "1")
	if err != nil || len(ls) != 1 || !ls[0].Telehealth || ls[0].ID != id {
		t.Fatalf("listings %+v %v", ls, err)
	}
	// All or nothing: one bad listing keeps the old list.
	err = s.ReplaceListings(ctx, "1", []bot.Listing{{Name: "A", Phone: "555", Region: "US"}, {Name: "B", Region: "nowhere"}})
	if err == nil {
		t.Fatal("replace with a bad listing succeeded")
	}
	if ls, _ := s.Listings(ctx, "1"); len(ls) != 1 || ls[0].Name != "Clinic" {
		t.Errorf("list changed after a failed replace: %+v", ls)
	}
	if err := s.ReplaceListings(ctx, "1", []bot.Listing{{Name: "A", Phone: "555", Region: "US"}}); err != nil {
		t.Fatal(err)
	}
	if ls, _ := s.Listings(ctx, "1"); len(ls) != 1 || ls[0].Name != "A" {
		t.Errorf("after replace: %+v", ls)
	}
	ls, _ = s.Listings(ctx, "1")
	if ok, err := s.RemoveListing(ctx, "2", ls[0].ID); ok || err != nil {
		t.Error("removed another guild's listing")
	}
	if ok, err := s.RemoveListing(ctx, "1", ls[0].ID); !ok || err != nil {
		t.Errorf("remove: %v %v", ok, err)
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
	if v, _ := s.SchemaVersion(context.Background()); v != 3 {
		t.Errorf("schema version %d, want 3", v)
	}
	s.Close()
	for _, p := range []string{path, path + "-wal"} {
		if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("husband")) {
			t.Errorf("%s still holds a stored rephrasing", filepath.Base(p))
		}
	}
}
